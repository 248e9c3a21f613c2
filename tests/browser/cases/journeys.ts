/** Planner and citizen journeys and the URL round trip, desktop and phone. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagePoint, viewAt, waitForMapReady } from '../harness';
import { assert, type BrowserCase, citizenJourney, inside, open, SHOTS_DIR } from '../helpers';

export const JOURNEYS_CASES: BrowserCase[] = [
  {
    name: 'planner: toggle and filter layers, open a feature, export an A4 PNG that is not blank',
    async run({ page, url, screenshot }) {
      await open(page, url);
      await page.click('[data-testid="toggle-parks"]');
      const before = (await page.locator('[data-layer="rail-lines"] .layer-status').textContent()) ?? '';
      await page.click('[data-testid="filter-railStatus-operating"]');
      const after = (await page.locator('[data-layer="rail-lines"] .layer-status').textContent()) ?? '';
      assert(before.startsWith('34 ') && /^12 \/ 34 /.test(after), `rail counts: ${before} → ${after}`);
      assert(page.url().includes('status=under-construction,planned'), `filters in the URL: ${page.url()}`);
      const [lon = 0, lat = 0] = inside('new-towns.geojson', 'new-town-fengxian');
      await viewAt(page, lon, lat, 11);
      const point = await pagePoint(page, lon, lat);
      await page.mouse.click(point.x, point.y);
      await page.waitForSelector('[data-testid="feature-name"]');
      const downloadPromise = page.waitForEvent('download');
      await page.click('[data-testid="export-a4"]');
      const download = await downloadPromise;
      const file = await download.path();
      const png = readFileSync(file);
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      assert(width === 1754 && height === 1240, `PNG is ${width}×${height}`);
      const colours = await page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(image, 0, 0);
        const seen = new Set<string>();
        for (let y = 0; y < image.height; y += 37) {
          for (let x = 0; x < image.width; x += 37) seen.add(ctx.getImageData(x, y, 1, 1).data.slice(0, 3).join(','));
        }
        return seen.size;
      }, png.toString('base64'));
      writeFileSync(join(SHOTS_DIR, 'export-a4.png'), png);
      // A blank or all-white sheet has one or two colours; a map, its legend and text have many.
      assert(colours > 12, `exported PNG has only ${colours} colours`);
      await screenshot('planner');
    },
  },
  {
    name: 'citizen: a district link in English lists its plan items, then switches to Chinese (desktop)',
    async run(context) {
      await citizenJourney(context);
    },
  },
  {
    name: 'citizen: the same on a phone',
    viewport: { width: 390, height: 844 },
    async run(context) {
      await citizenJourney(context, 'phone');
    },
  },
  {
    name: 'URL round trip: layers, filters, view, selection and tab survive a reload; bad values give a notice',
    async run({ page, url, screenshot }) {
      await page.goto(
        `${url}#layers=base-sea,base-land,base-districts,new-towns,rail-lines&status=planned&view=121.30000,31.10000,10.00&sel=new-towns/new-town-songjiang&tab=plans&lang=en`,
      );
      await waitForMapReady(page);
      // Every link check is applied (and the URL written back) once the texts are ready.
      await page.waitForSelector('body[data-content-ready="true"]');
      const first = page.url();
      await page.reload();
      await waitForMapReady(page);
      await page.waitForSelector('body[data-content-ready="true"]');
      assert(page.url() === first, `URL changed on reload:\n${first}\n${page.url()}`);
      assert(!(await page.locator('[data-testid="toggle-parks"]').isChecked()), 'parks stay off');
      assert(await page.locator('[data-testid="toggle-new-towns"]').isChecked(), 'new towns stay on');
      const rail = (await page.locator('[data-layer="rail-lines"] .layer-status').textContent()) ?? '';
      assert(rail.startsWith('4 / 34'), `planned filter kept (4 planned lines): ${rail}`);
      assert(
        (await page.locator('[data-testid="tab-plans"]').getAttribute('aria-selected')) === 'true',
        'plans tab kept',
      );
      await page.click('[data-testid="tab-feature"]');
      const name = (await page.locator('[data-testid="feature-name"]').textContent()) ?? '';
      assert(name === 'Songjiang New Town', `selection kept: ${name}`);
      await page.goto(`${url}#view=999,1,1&lang=xx&district=songjiang&<img src=x>=1`);
      await waitForMapReady(page);
      const notice = (await page.locator('.notice').textContent()) ?? '';
      assert(notice.includes('view') && notice.includes('lang'), `notice: ${notice}`);
      assert((await page.locator('img[src="x"]').count()) === 0, 'nothing from the URL became markup');
      await page.waitForSelector('[data-testid="district-summary"]');
      await screenshot('url-notice');
    },
  },
];
