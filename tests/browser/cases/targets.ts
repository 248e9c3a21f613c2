/** The plans' targets checked against the map; every mapped park for nearest and coverage. */
import type { Page } from 'playwright-core';
import { assert, type BrowserCase, open, step } from '../helpers';

/** Opens the targets list (a fold of the analysis tab) unless it is open. */
async function openTargets(page: Page): Promise<void> {
  const fold = page.locator('[data-testid="targets"]');
  if (!(await fold.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await fold.locator('> summary').click();
  }
}

export const TARGETS_CASES: BrowserCase[] = [
  {
    name: 'analysis tab: the plan targets view lists rows with their passages, in both languages, and opens the reader; osm classes: nearest park from Xujiahui is a mapped park within 1 km, the coverage table fits its panel',
    // Several checks share one page load: more than one case's time.
    timeoutMs: 240_000,
    async run({ page, url, screenshot }) {
      await open(page, `${url}#tab=analysis&lang=zh`);
      await page.waitForSelector('body[data-content-ready="true"]');
      await step('targets: rows in Chinese, untestable ones with a reason', async () => {
        await openTargets(page);
        const rows = page.locator('[data-testid="target-rows"] > li');
        await rows.first().waitFor({ timeout: 30_000 });
        const count = await rows.count();
        assert(count >= 10, `at least ten targets listed: ${count}`);
        const green = (await page.locator('li[data-target="green-walk"]').textContent()) ?? '';
        assert(
          green.includes('步行 5-10 分钟有绿') && /500 米内：[\d.]+ %/.test(green),
          `green row in Chinese: ${green.slice(0, 200)}`,
        );
        const untestable = await page.locator('li[data-testable="false"]').count();
        assert(untestable >= 5, `targets open data cannot test are listed with a reason: ${untestable}`);
        await page.locator('li[data-target="green-walk"]').scrollIntoViewIfNeeded();
        await screenshot('targets-zh');
      });
      await step('targets: rows in English, a row’s passage opens in the reader', async () => {
        await page.click('[data-testid="lang-switch"]');
        await page.waitForSelector('html[lang="en"]');
        await openTargets(page);
        const forest = page.locator('li[data-target="forest-cover"]');
        await forest.waitFor({ timeout: 30_000 });
        await page.waitForFunction(
          () => document.querySelector('li[data-target="forest-cover"]')?.textContent?.includes('Measured'),
          null,
          { timeout: 10_000 },
        );
        const text = (await forest.textContent()) ?? '';
        assert(
          /Measured\s+[\d.]+ %/.test(text) && text.includes('Uncertainty'),
          `forest row in English: ${text.slice(0, 200)}`,
        );
        await forest.locator('[data-testid="target-passage"]').click();
        await page.waitForSelector('[data-paragraph="p14/2.3.4/2"]', { state: 'visible', timeout: 15_000 });
        const selected = await page.locator('.para-selected').getAttribute('data-paragraph');
        assert(selected === 'p14/2.3.4/2', `the passage opens in the reader: ${selected}`);
        await screenshot('targets-passage');
      });
      await step('osm classes: nearest park from Xujiahui is a mapped park within 1 km', async () => {
        await page.click('[data-testid="tab-analysis"]');
        await page.fill('[data-testid="nearest-typed"]', '121.4365, 31.1955');
        await page.click('[data-testid="nearest-typed-find"]');
        const results = page.locator('[data-testid="nearest-results"]');
        await results.locator('li', { hasText: /^Park:/ }).waitFor({ timeout: 30_000 });
        const park = (await results.locator('li', { hasText: /^Park:/ }).textContent()) ?? '';
        const metres = Number(/— ([\d,]+) m$/.exec(park.trim())?.[1]?.replace(',', '') ?? Number.NaN);
        assert(metres < 1000, `the nearest park is within 1 km: ${park}`);
        await page.selectOption('[data-testid="nearest-with"]', 'plans');
        const planPark = (await results.locator('li', { hasText: /^Park:/ }).textContent()) ?? '';
        assert(/Zhongshan/.test(planPark), `the plans' own nearest park is still offered: ${planPark}`);
      });
      await step('osm classes: the coverage table of mapped parks fits its panel', async () => {
        await page.selectOption('[data-testid="coverage-facilities"]', 'osm-parks-1ha');
        await page.selectOption('[data-testid="coverage-by"]', 'districts');
        await page.fill('[data-testid="coverage-radius"]', '500');
        await page.locator('[data-testid="coverage-radius"]').dispatchEvent('change');
        await page.click('[data-testid="coverage-run"]');
        await page.waitForSelector('[data-testid="coverage-table"]', { timeout: 60_000 });
        await page.locator('[data-column="area_km2"]').check();
        await page.locator('[data-column="covered_km2"]').check();
        const fit = await page.evaluate(() => {
          const table = document.querySelector<HTMLElement>('[data-testid="coverage-table"]');
          const body = document.querySelector<HTMLElement>('[data-tab="analysis"]');
          return {
            table: table?.getBoundingClientRect().right ?? 0,
            panel: body?.getBoundingClientRect().right ?? 0,
          };
        });
        assert(
          fit.table <= fit.panel + 1,
          `with every column the table stays inside the panel: ${JSON.stringify(fit)}`,
        );
        const huangpu = Number(
          await page
            .locator('[data-testid="coverage-table"] tr[data-area="huangpu"] td[data-share]')
            .getAttribute('data-share'),
        );
        assert(huangpu > 0.5, `most of Huangpu is within 500 m of a mapped park ≥ 1 ha: ${huangpu}`);
        await page.locator('[data-testid="coverage-table"]').scrollIntoViewIfNeeded();
        await screenshot('osm-classes-coverage');
      });
    },
  },
];
