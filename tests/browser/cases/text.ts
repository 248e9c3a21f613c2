/** Plan text: clause links, place links, figures, English section titles, search in the reader. */
import { waitForMapReady } from '../harness';
import { assert, type BrowserCase, idle, inside, step } from '../helpers';

type Hook = { planViewer: { project(lon: number, lat: number): { x: number; y: number } } };

export const TEXT_CASES: BrowserCase[] = [
  {
    name: 'reader: a clause URL opens the passage; a place link flies the map to it; back undoes a paragraph; a figure is measured on the map; English section titles and search in people’s own words',
    // Several checks share one page load: more than one case's time.
    timeoutMs: 240_000,
    async run({ page, url, screenshot }) {
      await page.goto(`${url}#clause=p14/10.2.1&lang=zh`);
      await waitForMapReady(page);
      await step('a clause URL opens the passage', async () => {
        await page.waitForSelector('[data-clause="p14/10.2.1"]');
        const heading = (await page.locator('#clause-p14\\/10\\.2\\.1').textContent()) ?? '';
        assert(heading.includes('分类指导推进新城建设'), `heading: ${heading}`);
      });
      await step('a place link flies the map to it', async () => {
        await page.locator('.place-link', { hasText: '松江新城' }).first().click();
        const [lon = 0, lat = 0] = inside('new-towns.geojson', 'new-town-songjiang');
        const near = ([x, y]: readonly [number, number]) => {
          const at = (window as unknown as Hook).planViewer.project(x, y);
          const box = (document.querySelector('#map') as HTMLElement).getBoundingClientRect();
          return Math.abs(at.x - box.width / 2) < 150 && Math.abs(at.y - box.height / 2) < 150;
        };
        // The flight ends near Songjiang: wait for that (the assertion below says where it ended).
        await page.waitForFunction(near, [lon, lat] as const, { timeout: 10_000 }).catch(() => undefined);
        await idle(page);
        const box = await page.locator('#map').boundingBox();
        const at = await page.evaluate(([x, y]) => (window as unknown as Hook).planViewer.project(x, y), [
          lon,
          lat,
        ] as const);
        assert(
          box && Math.abs(at.x - box.width / 2) < 150 && Math.abs(at.y - box.height / 2) < 150,
          `Songjiang at ${at.x},${at.y}`,
        );
        const name = (await page.locator('[data-testid="tab-feature"]').textContent()) ?? '';
        assert(name === '要素', `interface in Chinese: ${name}`);
        await screenshot('reader-zh');
      });
      await step('a paragraph goes into the URL and back undoes it', async () => {
        await page.locator('[data-paragraph="p14/10.2.1/3"]').click();
        assert(page.url().includes('para=p14/10.2.1/3'), `paragraph in the URL: ${page.url()}`);
        // Let the map finish flying to the paragraph's places, as a reader would, then go back.
        await idle(page);
        await page.goBack();
        await page.waitForFunction(() => !location.hash.includes('para='), null, { timeout: 5000 }).catch(() => {});
        assert(!page.url().includes('para='), `back undoes the paragraph: ${page.url()}`);
      });
      await step(
        'a figure of the plan is measured on the map; an English place link is named in English too',
        async () => {
          await page.goto(`${url}#clause=p14/12.1.1&lang=en`);
          await page.waitForSelector('[data-figure="rail-2025"]');
          const figure = (await page.locator('[data-figure="rail-2025"]').textContent()) ?? '';
          assert(figure.includes('960') && figure.includes('Measured on the map'), `figure: ${figure}`);
          // A place link is named by its Chinese words, then the place in English; a copied passage
          // is the plan's text alone.
          const link = page.locator('.place-link').first();
          const words = (await link.locator('[lang="zh"]').textContent()) ?? '';
          const named = page.getByRole('button', { name: new RegExp(`^${words} \\(.+: show on map\\)$`) });
          assert((await named.count()) > 0, `no English name for the place link ${words}`);
          const copied = await link.evaluate((button) => {
            const paragraph = button.closest('.passage-text') as Element;
            getSelection()?.selectAllChildren(paragraph);
            return getSelection()?.toString() ?? '';
          });
          assert(copied.includes(words) && !copied.includes('show on map'), `copied passage: ${copied}`);
        },
      );
      await step('English reader: section titles in English, search in people’s own words', async () => {
        await page.goto(`${url}#clause=p14/14.6.1&lang=en`);
        await page.waitForSelector('body[data-content-ready="true"]');
        const heading = page.locator('#clause-p14\\/14\\.6\\.1');
        await heading.waitFor();
        const text = (await heading.textContent()) ?? '';
        assert(text.includes('Renewal of old districts and renovation of old housing'), `heading: ${text}`);
        const chinese = (await heading.locator('.clause-heading-zh').textContent()) ?? '';
        assert(chinese === '全力推进旧区改造和旧住房更新改造', `plan's own title: ${chinese}`);
        const toc = (await page.locator('.toc-link').allTextContents()).join(' | ');
        assert(
          toc.includes('2. Guiding') && !/[一二三四五六七八九十]、/.test(toc),
          `chapter numbers in English: ${toc}`,
        );
        await screenshot('reader-en');
        await page.fill('[data-testid="search"]', 'when will the old lane houses be renovated');
        await page.waitForSelector('.result-passage');
        const refs = await page.locator('.result-passage .result-ref').allTextContents();
        assert(
          refs.slice(0, 3).some((r) => r.includes('§14.6.1 Renewal of old districts')),
          `first results: ${refs.slice(0, 3).join(' | ')}`,
        );
        await screenshot('reader-en-search');
      });
    },
  },
];
