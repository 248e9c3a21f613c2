/** Search: Chinese and English queries, grouped results with marked words, plan filter, opening a passage. */
import type { Page } from 'playwright-core';
import { waitForMapReady } from '../harness';
import { assert, type BrowserCase } from '../helpers';

const PHONE = { width: 390, height: 844 };

async function openIn(page: Page, url: string, lang: 'zh' | 'en'): Promise<void> {
  await page.goto(`${url}#lang=${lang}`);
  await waitForMapReady(page);
  await page.waitForSelector('body[data-content-ready="true"]');
}

async function searchFor(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid="search"]', text);
  await page.waitForSelector('#search-results .result-passage, #search-results .search-suggestion');
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

export const SEARCH_CASES: BrowserCase[] = [
  {
    name: 'search in Chinese: a question finds its passage, marked, and opens it in the reader',
    async run({ page, url, screenshot }) {
      await openIn(page, url, 'zh');
      await searchFor(page, '苏州河中心城区岸线贯通了多少公里');
      const groups = await texts(page, '#search-results .search-group');
      assert(
        groups.some((g) => g.startsWith('规划原文')),
        `groups: ${groups.join(' | ')}`,
      );
      const first = page.locator('#search-results .result-passage').first();
      const snippet = (await first.locator('.result-snippet').textContent()) ?? '';
      assert(snippet.includes('42 公里'), `first passage: ${snippet}`);
      const marks = await first.locator('mark').allTextContents();
      assert(
        marks.some((m) => m.includes('苏州河')),
        `marked: ${marks.join(', ')}`,
      );
      await screenshot('search-zh-desktop');
      await first.click();
      await page.waitForSelector('.para-selected[data-paragraph="p14/1.1.4/3"]');
      assert(page.url().includes('para=p14/1.1.4/3'), `paragraph in the URL: ${page.url()}`);
      const open = await page.locator('#search-results').isHidden();
      assert(open, 'results close once a passage is opened');
    },
  },
  {
    name: 'search in English: place and glossary words reach Chinese text; plan filter; Enter opens a passage',
    async run({ page, url, screenshot }) {
      await openIn(page, url, 'en');
      await searchFor(page, 'Nanhui New City');
      const place = (await page.locator('#search-results .result-place').first().textContent()) ?? '';
      assert(place.includes('Nanhui New Town'), `first place: ${place}`);
      await searchFor(page, 'greenway 1000 km');
      const marks = await texts(page, '#search-results .result-passage mark');
      assert(marks.includes('绿道'), `marked: ${marks.join(', ')}`);
      await page.selectOption('[data-testid="search-plan"]', 'p12-outline');
      await page.fill('[data-testid="search"]', 'new towns');
      await page.waitForSelector('#search-results .result-passage');
      const plans = await texts(page, '#search-results .result-plan');
      assert(plans.length > 0 && plans.every((p) => p === '12th-plan outline'), `plans: ${plans.join(', ')}`);
      await page.selectOption('[data-testid="search-plan"]', '');
      await searchFor(page, 'sponge city');
      await screenshot('search-en-desktop');
      const options = await page.locator('#search-results [role="option"]').count();
      const places = await page.locator('#search-results .result-place').count();
      for (let i = 0; i < places; i++) await page.keyboard.press('ArrowDown');
      const active = (await page.locator('[data-testid="search"]').getAttribute('aria-activedescendant')) ?? '';
      assert(active === `search-result-${places}` && options > places, `active ${active} of ${options}`);
      const id = await page.locator(`#${active}`).evaluate((el) => el.textContent ?? '');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.para-selected');
      const opened = (await page.locator('.para-selected').textContent()) ?? '';
      assert(opened.includes('海绵城市') && id.includes('海绵城市'), `opened: ${opened.slice(0, 60)}`);
    },
  },
  {
    name: 'search with no hit suggests terms instead of a bare "No results"',
    async run({ page, url }) {
      await openIn(page, url, 'en');
      await searchFor(page, 'xqzv');
      const hint = (await page.locator('#search-results .hint').textContent()) ?? '';
      assert(hint.includes('Try:'), `hint: ${hint}`);
      const suggestion = page.locator('#search-results .search-suggestion').first();
      const word = (await suggestion.textContent()) ?? '';
      await suggestion.dispatchEvent('mousedown');
      await page.waitForSelector('#search-results .result-passage');
      const value = await page.inputValue('[data-testid="search"]');
      assert(value === word.trim(), `query now ${value}`);
    },
  },
  {
    name: 'search on a phone, in Chinese and English',
    viewport: PHONE,
    async run({ page, url, screenshot }) {
      await openIn(page, url, 'zh');
      await searchFor(page, '十四五 森林覆盖率');
      const first = (await page.locator('#search-results .result-passage').first().textContent()) ?? '';
      assert(first.includes('19.5%') && first.includes('十四五'), `first: ${first}`);
      const box = await page.locator('#search-results').boundingBox();
      assert(
        box && box.x >= 0 && box.x + box.width <= PHONE.width + 1,
        `results fit the screen: ${JSON.stringify(box)}`,
      );
      await screenshot('search-zh-phone');
      await page.goto(`${url}#lang=en`);
      await waitForMapReady(page);
      await page.waitForSelector('body[data-content-ready="true"]');
      await searchFor(page, 'Dishui Lake');
      const marks = await texts(page, '#search-results mark');
      assert(
        marks.some((m) => m.includes('滴水湖')),
        `marked: ${marks.join(', ')}`,
      );
      await screenshot('search-en-phone');
    },
  },
];
