/** Plan text: feature to passages, clause links, search. */
import { mapPoint, pagePoint, viewAt, waitForMapReady } from '../harness';
import { assert, type BrowserCase, idle, inside, open } from '../helpers';

export const TEXT_CASES: BrowserCase[] = [
  {
    name: 'a feature leads to every passage about it, mention marked',
    async run({ page, url, screenshot }) {
      await open(page, url);
      await page.waitForSelector('body[data-content-ready="true"]');
      const [lon = 0, lat = 0] = inside('new-towns.geojson', 'new-town-qingpu');
      await viewAt(page, lon, lat, 12);
      const point = await pagePoint(page, lon, lat);
      await page.mouse.click(point.x, point.y);
      await page.waitForSelector('[data-testid="feature-passages"]');
      const refs = await page.locator('[data-testid="feature-passages"] .passage-ref').allTextContents();
      assert(
        refs.some((r) => r.includes('14th plan §10.2.1')),
        `passages: ${refs.join(' | ')}`,
      );
      const marks = await page.locator('[data-testid="feature-passages"] mark').allTextContents();
      assert(marks.includes('青浦新城'), `marked: ${marks.join(', ')}`);
      await screenshot('feature-passages');
    },
  },
  {
    name: 'a clause URL opens the passage; a place link flies the map to it',
    async run({ page, url, screenshot }) {
      await page.goto(`${url}#clause=p14/10.2.1&lang=zh`);
      await waitForMapReady(page);
      await page.waitForSelector('[data-clause="p14/10.2.1"]');
      const heading = (await page.locator('#clause-p14\\/10\\.2\\.1').textContent()) ?? '';
      assert(heading.includes('分类指导推进新城建设'), `heading: ${heading}`);
      await page.locator('.place-link', { hasText: '松江新城' }).first().click();
      await page.waitForTimeout(1200);
      await idle(page);
      const box = await page.locator('#map').boundingBox();
      const [lon = 0, lat = 0] = inside('new-towns.geojson', 'new-town-songjiang');
      const at = await mapPoint(page, lon, lat);
      assert(
        box && Math.abs(at.x - box.width / 2) < 150 && Math.abs(at.y - box.height / 2) < 150,
        `Songjiang at ${at.x},${at.y}`,
      );
      const name = (await page.locator('[data-testid="tab-feature"]').textContent()) ?? '';
      assert(name === '要素', `interface in Chinese: ${name}`);
      await screenshot('reader-zh');
      await page.locator('[data-paragraph="p14/10.2.1/3"]').click();
      assert(page.url().includes('para=p14/10.2.1/3'), `paragraph in the URL: ${page.url()}`);
      // Let the map finish flying to the paragraph's places, as a reader would, then go back.
      await page.waitForTimeout(1000);
      await idle(page);
      await page.goBack();
      await page.waitForTimeout(300);
      assert(!page.url().includes('para='), `back undoes the paragraph: ${page.url()}`);
      await page.goto(`${url}#clause=p14/12.1.1&lang=en`);
      await page.waitForSelector('[data-figure="rail-2025"]');
      const figure = (await page.locator('[data-figure="rail-2025"]').textContent()) ?? '';
      assert(figure.includes('960') && figure.includes('Measured on the map'), `figure: ${figure}`);
    },
  },
  {
    name: 'English reader: section titles in English, search in people’s own words',
    async run({ page, url, screenshot }) {
      await page.goto(`${url}#clause=p14/14.6.1&lang=en`);
      await page.waitForSelector('body[data-content-ready="true"]');
      const heading = page.locator('#clause-p14\\/14\\.6\\.1');
      await heading.waitFor();
      const text = (await heading.textContent()) ?? '';
      assert(text.includes('Renewal of old districts and renovation of old housing'), `heading: ${text}`);
      const chinese = (await heading.locator('.clause-heading-zh').textContent()) ?? '';
      assert(chinese === '全力推进旧区改造和旧住房更新改造', `plan's own title: ${chinese}`);
      const toc = (await page.locator('.toc-link').allTextContents()).join(' | ');
      assert(toc.includes('2. Guiding') && !/[一二三四五六七八九十]、/.test(toc), `chapter numbers in English: ${toc}`);
      await screenshot('reader-en');
      await page.fill('[data-testid="search"]', 'when will the old lane houses be renovated');
      await page.waitForSelector('.result-passage');
      const refs = await page.locator('.result-passage .result-ref').allTextContents();
      assert(
        refs.slice(0, 3).some((r) => r.includes('§14.6.1 Renewal of old districts')),
        `first results: ${refs.slice(0, 3).join(' | ')}`,
      );
      await screenshot('reader-en-search');
    },
  },
  {
    name: 'search finds places by English and Chinese names, by keyboard',
    async run({ page, url }) {
      await open(page, url);
      await page.waitForSelector('body[data-content-ready="true"]');
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
    },
  },
];
