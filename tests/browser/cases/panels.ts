/** Panels that update in place, and links naming what they do not know. */
import { waitForMapReady } from '../harness';
import { assert, type BrowserCase } from '../helpers';

export const PANEL_CASES: BrowserCase[] = [
  {
    name: 'panels: the timeline slider drags through the years; the rail-line list stays open while ticking',
    async run({ page, url, screenshot }) {
      await page.goto(`${url}#tab=time&lang=en`);
      await waitForMapReady(page);
      await page.click('[data-testid="timeline-on"]');
      const slider = page.locator('[data-testid="timeline-year"]:not([disabled])');
      await slider.waitFor();
      const box = await slider.boundingBox();
      assert(box, 'slider on screen');
      // A real drag: press at the left end, move right in steps, release at the right end.
      await page.mouse.move(box.x + 2, box.y + box.height / 2);
      await page.mouse.down();
      for (let i = 1; i <= 11; i++) await page.mouse.move(box.x + (box.width * i) / 10, box.y + box.height / 2);
      await page.mouse.up();
      const label = (await page.locator('[data-testid="timeline-label"]').textContent()) ?? '';
      assert(label.trim() === '2035', `a drag to the end reaches 2035: ${label}`);

      const lines = page.locator('[data-layer="rail-lines"] details[data-testid="rail-line-filter"]');
      await lines.locator('summary').click();
      const swatches = await lines.locator('.swatch-line').count();
      assert(swatches > 20, `each line has its colour swatch: ${swatches}`);
      await lines.locator('input[type="checkbox"]').nth(0).click();
      await lines.locator('input[type="checkbox"]').nth(1).click();
      assert(await lines.evaluate((d) => (d as HTMLDetailsElement).open), 'the line list stays open after ticking');
      await screenshot('panels-line-filter');

      await page.click('[data-testid="tab-analysis"]');
      await page.fill('[data-testid="measure-typed"]', '121.4737, 31.2304; 121.4995, 31.2397');
      await page.click('[data-testid="measure-typed-line"]');
      const measure = (await page.locator('[data-testid="measures"] li').first().textContent()) ?? '';
      assert(/2[.,]\d+ km/.test(measure), `a typed line is measured (~2.6 km): ${measure}`);
      await page.fill('[data-testid="nearest-typed"]', '31.2304, 121.4737');
      await page.click('[data-testid="nearest-typed-find"]');
      const nearest = (await page.locator('[data-testid="nearest-results"]').textContent()) ?? '';
      assert(nearest.length > 0, `typed lat,lon finds the nearest station: ${nearest}`);
    },
  },
  {
    name: 'links: unknown lines, district, selection and clause are named in a notice; the district view does not hang',
    async run({ page, url, screenshot }) {
      await page.goto(
        `${url}#lang=en&lines=constructor&district=atlantis&sel=rail-lines/nope&opacity=parks:40&clause=p14/99.99`,
      );
      await waitForMapReady(page);
      await page.waitForFunction(() => (document.querySelector('.notices')?.textContent ?? '').includes('atlantis'));
      const notice = (await page.locator('.notices').textContent()) ?? '';
      for (const name of ['lines=constructor', 'district=atlantis', 'sel=rail-lines/nope'])
        assert(notice.includes(name), `notice names ${name}: ${notice}`);
      const panel = (await page.locator('[data-tab="feature"]').textContent()) ?? '';
      assert(!panel.includes('Loading'), `no endless loading for an unknown district: ${panel}`);
      const rail = (await page.locator('[data-layer="rail-lines"] .layer-status').textContent()) ?? '';
      assert(!rail.startsWith('0 /'), `an unknown line does not filter every line away: ${rail}`);
      assert(page.url().includes('opacity=parks:40'), `opacity kept in the URL: ${page.url()}`);
      const opacity = await page.locator('#opacity-parks').inputValue();
      assert(opacity === '40', `parks opacity slider at 40: ${opacity}`);
      // The clause is checked once the plan texts are in.
      await page.waitForSelector('body[data-content-ready="true"]');
      const second = (await page.locator('.notices').textContent()) ?? '';
      assert(second.includes('clause=p14/99.99'), `notice names the clause: ${second}`);
      await screenshot('links-unknown');
    },
  },
];
