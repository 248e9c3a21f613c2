/**
 * Search: Chinese and English queries, grouped results with marked words, plan filter, opening a
 * passage or a place; the city gazetteer (towns, stations, streets); desktop and phone.
 */
import type { Page } from 'playwright-core';
import { waitForMapReady } from '../harness';
import { assert, type BrowserCase, idle, step } from '../helpers';

const PHONE = { width: 390, height: 844 };

/** Opens the app in a language once the texts are ready; returns the page errors seen from then on. */
async function openIn(page: Page, url: string, lang: 'zh' | 'en'): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}#lang=${lang}`);
  await waitForMapReady(page);
  await page.waitForSelector('body[data-content-ready="true"]');
  return errors;
}

async function searchFor(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid="search"]', text);
  await page.waitForSelector('#search-results .result-passage, #search-results .search-suggestion');
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

/** The options' titles, once the gazetteer has answered (a station or place option is shown). */
async function optionsFor(page: Page, text: string): Promise<string[]> {
  await page.fill('[data-testid="search"]', text);
  await page.waitForSelector('#search-results .result-city');
  return page.locator('#search-results [role="option"] .result-title').allTextContents();
}

const viewOf = (page: Page) => {
  const view = /[#&]view=([\d.-]+),([\d.-]+),([\d.]+)/.exec(page.url());
  return view ? view.slice(1).map(Number) : null;
};

/** Picks an option and waits until the URL's view is near the point. */
async function pickAndExpectView(page: Page, option: number, [lon, lat]: [number, number], within = 0.01) {
  await page.locator(`#search-result-${option}`).dispatchEvent('mousedown');
  await page.waitForFunction(
    ([x, y, d]) => {
      const m = /[#&]view=([\d.-]+),([\d.-]+)/.exec(location.hash);
      return m !== null && Math.abs(Number(m[1]) - x) < d && Math.abs(Number(m[2]) - y) < d;
    },
    [lon, lat, within] as const,
    { timeout: 20_000 },
  );
}

/** Opens the first result of a search for a plan place; returns the text of its plan passages. */
async function openFromSearch(page: Page, query: string, expectedName: string): Promise<string> {
  await page.fill('[data-testid="search"]', query);
  await page.waitForSelector('#search-result-0');
  await page.click('#search-result-0');
  await page
    .waitForFunction(
      (name) => document.querySelector('[data-testid="feature-name"]')?.textContent === name,
      expectedName,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  const name = (await page.locator('[data-testid="feature-name"]').textContent()) ?? '';
  assert(name === expectedName, `search “${query}” opened “${name}”, expected “${expectedName}”`);
  await page.waitForSelector('[data-testid="feature-passages"] mark');
  return ((await page.locator('[data-testid="feature-passages"]').textContent()) ?? '').replace(/\s+/g, ' ');
}

export const SEARCH_CASES: BrowserCase[] = [
  {
    name: 'search in Chinese: a question finds its passage, marked, and opens it in the reader; a key area, a gateway and an intercity line open with the passages naming them; gazetteer: 五角场 and 七宝 find the station and town first, a pick moves the URL view there',
    // Several checks share one page load: more than one case's time.
    timeoutMs: 240_000,
    async run({ page, url, screenshot }) {
      const errors = await openIn(page, url, 'zh');
      await step('a question finds its passage, marked, and opens it in the reader', async () => {
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
      });
      await step(
        'search opens a key area, a gateway and an intercity line, each with the plan passages naming it',
        async () => {
          const zhangjiang = await openFromSearch(page, '张江科学城', '张江科学城');
          assert(zhangjiang.includes('科学城北区'), `Zhangjiang passages: ${zhangjiang.slice(0, 200)}`);
          const airport = await openFromSearch(page, '浦东国际机场', '浦东国际机场');
          assert(airport.includes('四期扩建'), `airport passages: ${airport.slice(0, 200)}`);
          const rail = await openFromSearch(page, '沪乍杭', '沪乍杭铁路');
          assert(rail.includes('沪乍杭'), `rail passages: ${rail.slice(0, 200)}`);
          assert(
            await page.locator('[data-testid="toggle-intercity-rail"]').isChecked(),
            'intercity rail shown once opened',
          );
          await idle(page);
          await screenshot('places-search-rail');
        },
      );
      await step(
        'gazetteer search: 五角场 and 七宝 find the station and town first; a pick moves the URL view there',
        async () => {
          const wujiaochang = await optionsFor(page, '五角场');
          assert(wujiaochang[0] === '五角场', `五角场: ${wujiaochang.join(' | ')}`);
          const qibao = await optionsFor(page, '七宝');
          assert(qibao[0] === '七宝' && qibao.includes('七宝镇'), `七宝: ${qibao.join(' | ')}`);
          const groups = await page.locator('#search-results .search-group').allTextContents();
          assert(groups[0] === '车站' && groups.includes('地点'), `groups: ${groups.join(' | ')}`);
          await screenshot('gazetteer-zh-desktop');
          // 七宝镇 is a town without a plan feature: the map goes there and says what is planned around it.
          const town = qibao.indexOf('七宝镇');
          const before = viewOf(page);
          await pickAndExpectView(page, town, [121.3463, 31.1603]);
          assert(JSON.stringify(before) !== JSON.stringify(viewOf(page)), `view moved: ${page.url()}`);
          await page.waitForSelector('[data-testid="point-report"]');
          assert(page.url().includes('at=121.34'), `the report is in the link: ${page.url()}`);
          // A street: the map frames it.
          const street = await optionsFor(page, '淮海中路');
          const index = (await page
            .locator('#search-results [role="option"]')
            .evaluateAll((els) => els.findIndex((el) => el.getAttribute('data-kind') === 'street'))) as number;
          assert(index >= 0, `淮海中路: ${street.join(' | ')}`);
          await pickAndExpectView(page, index, [121.4533, 31.2158], 0.02);
        },
      );
      await step('no page error', async () => {
        assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
      });
    },
  },
  {
    name: 'search in English: place and glossary words reach Chinese text; plan filter; Enter opens a passage; no hit suggests terms; places by English and Chinese names, by keyboard',
    // Several checks share one page load: more than one case's time.
    timeoutMs: 240_000,
    async run({ page, url, screenshot }) {
      await openIn(page, url, 'en');
      await step('place and glossary words reach Chinese text; plan filter; Enter opens a passage', async () => {
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
      });
      await step('search with no hit suggests terms instead of a bare "No results"', async () => {
        await searchFor(page, 'xqzv');
        const hint = (await page.locator('#search-results .hint').textContent()) ?? '';
        assert(hint.includes('Try:'), `hint: ${hint}`);
        const suggestion = page.locator('#search-results .search-suggestion').first();
        const word = (await suggestion.textContent()) ?? '';
        await suggestion.dispatchEvent('mousedown');
        await page.waitForSelector('#search-results .result-passage');
        const value = await page.inputValue('[data-testid="search"]');
        assert(value === word.trim(), `query now ${value}`);
      });
      await step('search finds places by English and Chinese names, by keyboard', async () => {
        await page.fill('[data-testid="search"]', '苏州河');
        await page.waitForSelector('#search-result-0');
        const first = (await page.locator('#search-result-0').textContent()) ?? '';
        assert(first.includes('Suzhou Creek') || first.includes('苏州河'), `first result: ${first}`);
        await page.fill('[data-testid="search"]', 'Jiading New Town');
        await page.waitForSelector('#search-result-0');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-testid="feature-name"]');
        const name = (await page.locator('[data-testid="feature-name"]').textContent()) ?? '';
        assert(name === 'Jiading New Town', `selected: ${name}`);
      });
    },
  },
  {
    name: "search on a phone, in Chinese and English; gazetteer on a phone in English: Qibao and People's Square; Enter on a station selects it",
    // Several checks share one page load: more than one case's time.
    timeoutMs: 240_000,
    viewport: PHONE,
    async run({ page, url, screenshot }) {
      const errors = await openIn(page, url, 'zh');
      await step('search on a phone in Chinese', async () => {
        await searchFor(page, '十四五 森林覆盖率');
        const first = (await page.locator('#search-results .result-passage').first().textContent()) ?? '';
        assert(first.includes('19.5%') && first.includes('十四五'), `first: ${first}`);
        const box = await page.locator('#search-results').boundingBox();
        assert(
          box && box.x >= 0 && box.x + box.width <= PHONE.width + 1,
          `results fit the screen: ${JSON.stringify(box)}`,
        );
        await screenshot('search-zh-phone');
      });
      await step('search on a phone in English', async () => {
        await page.goto(`${url}#lang=en`);
        await page.waitForSelector('html[lang="en"]');
        await searchFor(page, 'Dishui Lake');
        const marks = await texts(page, '#search-results mark');
        assert(
          marks.some((m) => m.includes('滴水湖')),
          `marked: ${marks.join(', ')}`,
        );
        await screenshot('search-en-phone');
      });
      await step(
        "gazetteer search on a phone in English: Qibao and People's Square; Enter on a station selects it",
        async () => {
          const qibao = await optionsFor(page, 'Qibao');
          assert(qibao[0] === 'Qibao' && qibao.includes('Qibao Town'), `Qibao: ${qibao.join(' | ')}`);
          const square = await optionsFor(page, "People's Square");
          const kind = await page.locator('#search-result-0').getAttribute('data-kind');
          assert(
            square[0] === "People's Square" && kind === 'station',
            `People's Square: ${square.join(' | ')} (${kind})`,
          );
          const box = await page.locator('#search-results').boundingBox();
          assert(box && box.x >= 0 && box.x + box.width <= PHONE.width + 1, `results fit: ${JSON.stringify(box)}`);
          await screenshot('gazetteer-en-phone');
          // The keyboard path of the combobox: the first option is active, Enter picks it.
          const active = await page.locator('[data-testid="search"]').getAttribute('aria-activedescendant');
          assert(active === 'search-result-0', `active: ${active}`);
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => /[#&]sel=rail-stations\//.test(location.hash), null, { timeout: 20_000 });
          await page.waitForFunction(
            () => {
              const m = /[#&]view=([\d.-]+),([\d.-]+)/.exec(location.hash);
              return m !== null && Math.abs(Number(m[1]) - 121.4706) < 0.01 && Math.abs(Number(m[2]) - 31.2346) < 0.01;
            },
            null,
            { timeout: 20_000 },
          );
          await screenshot('gazetteer-en-phone-station');
        },
      );
      await step('no page error', async () => {
        assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
      });
    },
  },
];
