/** Finding one's place: the city gazetteer in search (towns, stations, streets), on desktop and phone. */
import type { Page } from 'playwright-core';
import { waitForMapReady } from '../harness';
import { assert, type BrowserCase } from '../helpers';

const PHONE = { width: 390, height: 844 };

async function openIn(page: Page, url: string, lang: 'zh' | 'en'): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}#lang=${lang}`);
  await waitForMapReady(page);
  await page.waitForSelector('body[data-content-ready="true"]');
  return errors;
}

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

export const GAZETTEER_CASES: BrowserCase[] = [
  {
    name: 'gazetteer search: 五角场 and 七宝 find the station and town first; a pick moves the URL view there',
    async run({ page, url, screenshot }) {
      const errors = await openIn(page, url, 'zh');
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
      assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
    },
  },
  {
    name: "gazetteer search on a phone in English: Qibao and People's Square; Enter on a station selects it",
    viewport: PHONE,
    async run({ page, url, screenshot }) {
      const errors = await openIn(page, url, 'en');
      const qibao = await optionsFor(page, 'Qibao');
      assert(qibao[0] === 'Qibao' && qibao.includes('Qibao Town'), `Qibao: ${qibao.join(' | ')}`);
      const square = await optionsFor(page, "People's Square");
      const kind = await page.locator('#search-result-0').getAttribute('data-kind');
      assert(square[0] === "People's Square" && kind === 'station', `People's Square: ${square.join(' | ')} (${kind})`);
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
      assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
    },
  },
];
