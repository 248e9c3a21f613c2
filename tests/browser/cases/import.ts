/** Import of files as analysts have them: Chinese spreadsheets, web-map datums, links to imported features. */
import { readFileSync } from 'node:fs';
import { pagePoint, viewAt, waitForMapReady } from '../harness';
import { assert, type BrowserCase, layer } from '../helpers';

const FIXTURE = 'tests/fixtures/import/gcj02-stations-gb18030.csv';
const text = async (page: import('playwright-core').Page, selector: string) =>
  (await page.locator(selector).first().textContent()) ?? '';

export const IMPORT_CASES: BrowserCase[] = [
  {
    name: 'import: a GB18030 CSV of AMap points is read as GB18030, gets GCJ-02 proposed, shows its Chinese names, and a selected point survives a reload',
    async run({ page, url, screenshot }) {
      await page.goto(`${url}#lang=zh&tab=analysis`);
      await waitForMapReady(page);
      await page.setInputFiles('[data-testid="import-file"]', {
        name: 'broken.geojson',
        mimeType: 'application/json',
        buffer: Buffer.from('{"type": "Feat'),
      });
      await page.waitForSelector('[data-testid="import-message"][role="alert"]');
      const refusal = await text(page, '[data-testid="import-message"]');
      assert(refusal.includes('不是有效的 JSON'), `a refusal in the interface's language: ${refusal}`);

      await page.setInputFiles('[data-testid="import-file"]', {
        name: '高德站点.csv',
        mimeType: 'text/csv',
        buffer: readFileSync(FIXTURE),
      });
      await page.waitForSelector('[data-testid="datum-form"]');
      assert((await page.inputValue('[data-testid="import-encoding"]')) === 'gb18030', 'read as GB18030');
      const encoding = await text(page, '[data-testid="import-encoding"] option:checked');
      assert(
        encoding.includes('GB18030') && encoding.includes('自动识别'),
        `the detected encoding is named: ${encoding}`,
      );
      // The user takes the latitude column away, and gives it back.
      await page.selectOption('[data-testid="import-lat"]', '');
      await page.waitForSelector('[data-testid="import-message"][role="alert"]');
      assert(
        (await text(page, '[data-testid="import-message"]')).includes('找不到坐标列'),
        'no coordinate columns, in Chinese',
      );
      await page.selectOption('[data-testid="import-lat"]', { label: '纬度' });
      await page.waitForSelector('[data-testid="datum-form"]');
      await page.waitForFunction(
        () => (document.querySelector('[data-testid="datum-evidence"]')?.textContent ?? '').includes('GCJ-02'),
        undefined,
        { timeout: 20_000 },
      );
      const evidence = await text(page, '[data-testid="datum-evidence"]');
      assert(evidence.startsWith('按 GCJ-02 读取时'), `the evidence in one sentence: ${evidence}`);
      assert(await page.locator('[data-testid="datum-GCJ02"]').isChecked(), 'GCJ-02 is proposed');
      await screenshot('import-form');
      await page.click('[data-testid="import-confirm"]');
      await page.waitForSelector('[data-testid="imports"] li');
      assert((await text(page, '[data-testid="import-message"]')).includes('已添加'), 'added, said in Chinese');

      // Converted to WGS84, the first point sits on the map's own station.
      const station = layer('rail-stations.geojson').features.find((f) => f.properties?.name_zh === '锦江乐园');
      assert(station?.geometry.type === 'Point', 'the map has the station 锦江乐园');
      const [lon = 0, lat = 0] = station?.geometry.type === 'Point' ? station.geometry.coordinates : [];
      await viewAt(page, lon, lat, 15);
      const point = await pagePoint(page, lon, lat);
      await page.mouse.click(point.x, point.y);
      await page.waitForSelector('[data-testid="feature-name"]');
      assert((await text(page, '[data-testid="feature-name"]')) === '锦江乐园', 'the Chinese name, read from GB18030');
      assert(
        (await text(page, '.feature-layer')).includes('高德站点.csv'),
        'the imported point, over the plan station',
      );
      await page.waitForFunction(() => location.hash.includes('sel=import-'));
      await screenshot('import-gb18030-gcj02');

      await page.reload();
      await waitForMapReady(page);
      await page.waitForSelector('[data-testid="feature-name"]');
      await page.waitForFunction(
        () => document.querySelector('[data-testid="feature-name"]')?.textContent === '锦江乐园',
        undefined,
        { timeout: 20_000 },
      );
      assert(
        (await text(page, '.feature-layer')).includes('高德站点.csv'),
        'after a reload, the imported point is open',
      );
      const notices = (await page.locator('.notices').textContent()) ?? '';
      assert(!notices.includes('sel='), `the link is valid while the import exists: ${notices}`);
    },
  },
];
