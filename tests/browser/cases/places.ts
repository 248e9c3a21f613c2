/** The plans' places: key areas, gateways and intercity rail from search; district views; accuracy circles. */
import type { Point } from 'geojson';
import type { Page } from 'playwright-core';
import { colorDistance, mapPixels, mapPoint, pagePoint, viewAt, waitForMapReady } from '../harness';
import { assert, type BrowserCase, featureById, idle, open } from '../helpers';

async function openFromSearch(page: Page, query: string, expectedName: string): Promise<string> {
  await page.fill('[data-testid="search"]', query);
  await page.waitForSelector('#search-result-0');
  await page.click('#search-result-0');
  await page.waitForSelector('[data-testid="feature-name"]');
  const name = (await page.locator('[data-testid="feature-name"]').textContent()) ?? '';
  assert(name === expectedName, `search “${query}” opened “${name}”, expected “${expectedName}”`);
  await page.waitForSelector('[data-testid="feature-passages"] mark');
  return ((await page.locator('[data-testid="feature-passages"]').textContent()) ?? '').replace(/\s+/g, ' ');
}

async function districtItemNames(page: Page, hash: string): Promise<string[]> {
  await page.goto(hash);
  await waitForMapReady(page);
  await page.waitForSelector('[data-testid="district-summary"]');
  return page.locator('.district-item').allTextContents();
}

export const PLACES_CASES: BrowserCase[] = [
  {
    name: 'search opens a key area, a gateway and an intercity line, each with the plan passages naming it',
    async run({ page, url, screenshot }) {
      await open(page, `${url}#lang=zh`);
      await page.waitForSelector('body[data-content-ready="true"]');
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
  },
  {
    name: 'Pudong and Hongkou district views list their own places and quote the plans, not their neighbours’',
    async run({ page, url, screenshot }) {
      const pudong = await districtItemNames(page, `${url}#district=pudong&lang=zh`);
      for (const own of ['张江科学城', '浦东国际机场', '张江人工智能岛'])
        assert(pudong.includes(own), `Pudong lacks ${own}`);
      for (const other of ['西岸智慧谷', '浦江郊野公园']) assert(!pudong.includes(other), `Pudong lists ${other}`);
      await page.waitForSelector('[data-testid="district-quotes"] mark');
      const quote = (await page.locator('[data-testid="district-quotes"] blockquote').first().textContent()) ?? '';
      assert(quote.includes('浦东'), `first Pudong quote: ${quote}`);
      await screenshot('district-pudong-zh');
      const hongkou = await districtItemNames(page, `${url}#district=hongkou&lang=en`);
      assert(hongkou.includes('North Bund'), `Hongkou items: ${hongkou.join(', ')}`);
      assert(!hongkou.includes('Daning Park'), 'Hongkou lists Daning Park (in Jing’an)');
      await screenshot('district-hongkou-en');
    },
  },
  {
    name: 'an unknown district pasted into an open tab gets a notice naming it',
    async run({ page, url }) {
      // A fresh load drops the unknown value at start-up (the links case checks that); a link
      // followed inside the open app reaches the district view, which must say so too.
      await page.goto(`${url}#lang=en`);
      await waitForMapReady(page);
      await page.evaluate(() => {
        location.hash = '#district=atlantis&lang=en';
      });
      await page.waitForSelector('[data-testid="district-unknown"]');
      const notice = (await page.locator('[data-testid="district-unknown"]').textContent()) ?? '';
      assert(notice.includes('atlantis'), `notice: ${notice}`);
    },
  },
  {
    name: 'a hand-placed key area is drawn with a faint circle of its accuracy radius, in metres',
    async run({ page, url, screenshot }) {
      await open(page, `${url}#lang=en`);
      const taopu = featureById('key-areas.geojson', 'taopu-smart-city');
      const [lon = 0, lat = 0] = (taopu.geometry as Point).coordinates;
      const radiusM = Number(taopu.properties?.accuracy_m);
      // Points due south at 0.7 and 1.4 times the radius (1° of latitude is about 111 km).
      const south = (factor: number) => lat - (radiusM * factor) / 111_320;
      await viewAt(page, lon, lat, 13);
      const sample = async (factor: number) => {
        const { x, y } = await mapPoint(page, lon, south(factor));
        return (await mapPixels(page, x, y, 0))[0] ?? [0, 0, 0];
      };
      const onInside = await sample(0.7);
      const onOutside = await sample(1.4);
      await screenshot('places-accuracy-circle');
      await page.click('[data-testid="toggle-key-areas"]');
      await idle(page);
      const offInside = await sample(0.7);
      const offOutside = await sample(1.4);
      assert(colorDistance(onInside, offInside) >= 6, `inside the circle is tinted: ${onInside} vs ${offInside}`);
      assert(colorDistance(onOutside, offOutside) <= 3, `outside is not: ${onOutside} vs ${offOutside}`);
    },
  },
  {
    name: 'a wide error circle is not painted at city scale, and shows once its feature is selected',
    async run({ page, url, screenshot }) {
      await open(page, `${url}#lang=en`);
      // The Hengsha shoal lies at sea, ±8 km: nothing else is drawn around it.
      const shoal = featureById('water-bodies.geojson', 'hengsha-shoal');
      const [lon = 0, lat = 0] = (shoal.geometry as Point).coordinates;
      const radiusM = Number(shoal.properties?.accuracy_m);
      assert(radiusM > 3000, `the shoal's radius ${radiusM} m is wider than the disc limit`);
      await viewAt(page, lon, lat, 10);
      const east = lon + (radiusM * 0.5) / (111_320 * Math.cos((lat * Math.PI) / 180));
      const sample = async () => {
        const { x, y } = await mapPoint(page, east, lat);
        return (await mapPixels(page, x, y, 0))[0] ?? [0, 0, 0];
      };
      const off = await sample();
      await page.click('[data-testid="toggle-water-bodies"]');
      await idle(page);
      const shown = await sample();
      assert(colorDistance(shown, off) <= 3, `no disc at rest: ${shown} vs ${off}`);
      const point = await pagePoint(page, lon, lat);
      await page.mouse.click(point.x, point.y);
      await page.waitForSelector('[data-testid="feature-name"]');
      await idle(page);
      const selected = await sample();
      await screenshot('places-wide-circle-selected');
      assert(colorDistance(selected, off) >= 6, `the selected feature's disc is drawn: ${selected} vs ${off}`);
    },
  },
];
