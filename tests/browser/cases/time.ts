/** Time: timeline, split view, change list. */
import { colorDistance, hexToRgb, mapPixels, mapPoint, viewAt, waitForMapReady } from '../harness';
import { assert, type BrowserCase, idle, vertexOf } from '../helpers';

export const TIME_CASES: BrowserCase[] = [
  {
    name: 'time: moving the timeline changes the rail layer; split view and change list compare plans',
    async run({ page, url, screenshot }) {
      const at = vertexOf('rail-lines.geojson', 'metro-18', 0.5);
      const [lon = 0, lat = 0] = at;
      await page.goto(`${url}#tab=time&lang=en&view=${lon.toFixed(5)},${lat.toFixed(5)},14.00`);
      await waitForMapReady(page);
      await page.waitForSelector('body[data-content-ready="true"]');
      // The time tab loads on demand; wait until it has drawn its charts.
      await page.waitForSelector('.target[data-quantity="rail-km"]');
      const line18 = async () => {
        await idle(page);
        const { x, y } = await mapPoint(page, lon, lat);
        const pixels = await mapPixels(page, x, y, 4);
        return Math.min(...pixels.map((p) => colorDistance(p, hexToRgb('#D0970A')))) <= 30;
      };
      assert(await line18(), 'Line 18 is on today’s map');
      await page.click('[data-testid="timeline-on"]');
      assert(!(await line18()), 'Line 18 (opened 2020) is not on the 2015 map');
      const status2015 = (await page.locator('[data-layer="rail-lines"] .layer-status').textContent()) ?? '';
      await page.waitForSelector('[data-testid="timeline-year"]:not([disabled])');
      await page.focus('[data-testid="timeline-year"]');
      await page.keyboard.press('End');
      // The panel redraws asynchronously (it is loaded on demand): give it a moment to show the year.
      await page
        .waitForFunction(() => document.querySelector('[data-testid="timeline-label"]')?.textContent === '2035', null, {
          timeout: 5000,
        })
        .catch(() => undefined);
      const label = (await page.locator('[data-testid="timeline-label"]').textContent()) ?? '';
      assert(label === '2035', `timeline label: ${label}`);
      assert(await line18(), 'Line 18 is back by 2035');
      const status2035 = (await page.locator('[data-layer="rail-lines"] .layer-status').textContent()) ?? '';
      assert(status2015 !== status2035, `rail counts change: ${status2015} → ${status2035}`);
      assert(page.url().includes('year=2035'), `year in the URL: ${page.url()}`);
      await page.selectOption('[data-testid="compare-from"]', '2015');
      await page.click('[data-testid="compare-on"]');
      await page.waitForSelector('[data-testid="compare-frame"] canvas');
      const renamed = (await page.locator('[data-testid="changes-renamed"]').textContent()) ?? '';
      assert(renamed.includes('Nanqiao New Town → Fengxian New Town'), `renamed: ${renamed}`);
      const dropped = (await page.locator('[data-testid="changes-dropped"]').textContent()) ?? '';
      assert(dropped.includes('Jinshan New Town') && dropped.includes('Chengqiao New Town'), `dropped: ${dropped}`);
      assert((await page.locator('.target[data-quantity="rail-km"] circle').count()) >= 4, 'rail targets charted');
      // Line 18 right of the divider: the split view's own map (2025) draws it over its base.
      await viewAt(page, lon - 0.012, lat, 14);
      const { x, y } = await mapPoint(page, lon, lat);
      const half = await page.evaluate(
        () => (document.querySelector('[data-testid="compare-frame"] canvas') as HTMLCanvasElement).clientWidth / 2,
      );
      assert(x > half + 20, `Line 18 at x=${x} is right of the divider at ${half}`);
      // The split view's own map follows the camera and draws in its own time: look until it shows
      // Line 18, for a few seconds at most.
      const nearestOnRight = async () => {
        const right = await mapPixels(page, x, y, 4, '[data-testid="compare-frame"] canvas');
        return Math.min(...right.map((p) => colorDistance(p, hexToRgb('#D0970A'))));
      };
      let nearest = await nearestOnRight();
      for (const deadline = Date.now() + 8000; nearest > 40 && Date.now() < deadline; ) {
        await page.waitForTimeout(100);
        nearest = await nearestOnRight();
      }
      assert(nearest <= 40, `the 2025 side draws Line 18 (closest colour distance ${nearest})`);
      await viewAt(page, 121.35, 31.1, 8.6);
      // For the screenshot only: the split view's map catches up with the camera.
      await page.waitForTimeout(1000);
      await screenshot('time-compare');
    },
  },
];
