/** The plans' places: district views; accuracy circles; key zones beyond the district outlines (小洋山, the Hangzhou Bay shore). */
import type { LineString, Point } from 'geojson';
import type { Page } from 'playwright-core';
import { colorDistance, mapPixels, mapPoint, pagePoint, type Rgb, viewAt, waitForMapReady } from '../harness';
import { assert, type BrowserCase, featureById, idle, open, step } from '../helpers';

async function districtItemNames(page: Page, hash: string): Promise<string[]> {
  await page.goto(hash);
  await waitForMapReady(page);
  await page.waitForSelector('[data-testid="district-summary"]');
  return page.locator('.district-item').allTextContents();
}

async function pixelsAt(page: Page, lon: number, lat: number, r: number): Promise<Rgb[]> {
  const { x, y } = await mapPoint(page, lon, lat);
  return mapPixels(page, x, y, r);
}

/** How many pixels of the square changed by more than a just-visible step between two readings. */
const changed = (a: Rgb[], b: Rgb[]) => a.filter((p, i) => colorDistance(p, b[i] ?? p) >= 6).length;

export const PLACES_CASES: BrowserCase[] = [
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
    name: 'accuracy and zones: a hand-placed key area has a faint circle of its accuracy radius; the Lingang special area is painted on 小洋山; the Hangzhou Bay shore is drawn along the coast; a wide error circle shows only once its feature is selected; an unknown district pasted into the open tab gets a notice',
    // Several checks share one page load: more than one case's time.
    timeoutMs: 240_000,
    async run({ page, url, screenshot }) {
      await open(page, `${url}#lang=en`);
      await step('a hand-placed key area is drawn with a faint circle of its accuracy radius, in metres', async () => {
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
        await page.click('[data-testid="toggle-key-areas"]');
      });
      await step('the Lingang special area is painted on 小洋山', async () => {
        // On the island, away from its generalised shore: the key-areas fill comes and goes with its toggle.
        await viewAt(page, 122.07, 30.625, 11);
        const islandOn = await pixelsAt(page, 122.07, 30.625, 2);
        await screenshot('zones-xiaoyangshan');
        await page.click('[data-testid="toggle-key-areas"]');
        await idle(page);
        const islandOff = await pixelsAt(page, 122.07, 30.625, 2);
        assert(changed(islandOn, islandOff) >= 20, 'the Lingang fill is painted on 小洋山');
      });
      await step('the Hangzhou Bay shore is drawn along the coast', async () => {
        // A vertex in the middle of the drawn shore, in Fengxian.
        const shore = featureById('water-bodies.geojson', 'hangzhou-bay-north-shore').geometry as LineString;
        const [lon = 0, lat = 0] = shore.coordinates[Math.floor(shore.coordinates.length / 2)] ?? [];
        await viewAt(page, lon, lat, 12);
        const shoreOff = await pixelsAt(page, lon, lat, 4);
        await page.click('[data-testid="toggle-water-bodies"]');
        await idle(page);
        const shoreOn = await pixelsAt(page, lon, lat, 4);
        await screenshot('zones-hangzhou-bay-shore');
        assert(changed(shoreOff, shoreOn) >= 5, 'the shore line is drawn where the outline meets the sea');
        await page.click('[data-testid="toggle-water-bodies"]');
      });
      await step(
        'a wide error circle is not painted at city scale, and shows once its feature is selected',
        async () => {
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
      );
      await step('an unknown district pasted into an open tab gets a notice naming it', async () => {
        // A fresh load drops the unknown value at start-up (the links case checks that); a link
        // followed inside the open app reaches the district view, which must say so too.
        await page.evaluate(() => {
          location.hash = '#district=atlantis&lang=en';
        });
        await page.waitForSelector('[data-testid="district-unknown"]');
        const notice = (await page.locator('[data-testid="district-unknown"]').textContent()) ?? '';
        assert(notice.includes('atlantis'), `notice: ${notice}`);
      });
    },
  },
];
