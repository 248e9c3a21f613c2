/** Map and data: offline, pixels, labels, clicks, hover, toggles, broken and hostile data, phone. */
import type { FeatureCollection, Point, Position } from 'geojson';
import { LAYERS } from '../../../src/registry/layers';
import { THEME } from '../../../src/registry/theme';
import { blend, colorDistance, hexToRgb, mapPixels, mapPoint, pagePoint, viewAt } from '../harness';
import {
  assert,
  type BrowserCase,
  expectColorAt,
  expectColorNear,
  featureById,
  idle,
  inside,
  labelPixels,
  open,
  panelText,
  step,
  vertexOf,
} from '../helpers';

export const MAP_CASES: BrowserCase[] = [
  {
    name: 'default view: loads offline with every layer ready and no page error; hover highlights an outline; a click opens a rail line (credits, no internals) and a new town (approximate, its passages marked, its note in Chinese)',
    // Several checks share one page load: more than one case's time.
    timeoutMs: 240_000,
    async run({ page, url, screenshot }) {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const offsite = await open(page, url);
      await step('loads offline, every layer ready', async () => {
        await screenshot('home-en');
        const failed = await page.locator('.layer-status.failed').count();
        assert(failed === 0, `${failed} layers show a failure`);
        const counts = await page.locator('.layer-status').allTextContents();
        assert(
          counts.length === LAYERS.length && counts.every((text) => /^\d+ features?\b/.test(text)),
          `layer states: ${counts}`,
        );
      });
      await step('hovering a feature highlights its outline', async () => {
        const [lon = 0, lat = 0] = inside('new-towns.geojson', 'new-town-fengxian');
        await viewAt(page, lon, lat, 11);
        const ring = (featureById('new-towns.geojson', 'new-town-fengxian').geometry as { coordinates: Position[][] })
          .coordinates[0] as Position[];
        const [ex = 0, ey = 0] = ring[1] as Position;
        const edge = await mapPoint(page, ex, ey);
        const yellow = hexToRgb(THEME.highlight);
        const count = async () =>
          (await mapPixels(page, edge.x, edge.y, 4)).filter((p) => colorDistance(p, yellow) < 40).length;
        const before = await count();
        const point = await pagePoint(page, lon, lat);
        await page.mouse.move(point.x, point.y);
        await idle(page);
        const after = await count();
        assert(after > before + 3, `highlight pixels at the edge: ${before} before hover, ${after} after`);
      });
      await step('clicking a rail line opens it', async () => {
        const [lon = 0, lat = 0] = vertexOf('rail-lines.geojson', 'metro-1', 0.3);
        await viewAt(page, lon, lat, 15);
        const point = await pagePoint(page, lon, lat);
        await page.mouse.click(point.x, point.y);
        await page.waitForSelector('[data-testid="feature-name"]');
        const text = await panelText(page);
        assert(text.includes('Line 1') && text.includes('Operating'), `panel: ${text}`);
        // Credits, not the build's paths and keys; the full provenance stays folded away.
        const shown = await page.locator('#side-panel .provenance').innerText();
        assert(shown.includes('OpenStreetMap contributors'), `credit: ${shown}`);
        const visible = await page.evaluate(() => (document.querySelector('#side-panel') as HTMLElement).innerText);
        assert(!/geo-sources|opened_source|\.geojson/.test(visible), `internals on screen: ${visible}`);
        const zoomIn = await page.getAttribute('.maplibregl-ctrl-zoom-in', 'aria-label');
        assert(zoomIn === 'Zoom in', `zoom button: ${zoomIn}`);
      });
      await step(
        'clicking a new town opens its attributes, marked approximate, and every passage about it',
        async () => {
          await page.waitForSelector('body[data-content-ready="true"]');
          const [lon = 0, lat = 0] = inside('new-towns.geojson', 'new-town-qingpu');
          await viewAt(page, lon, lat, 12);
          const point = await pagePoint(page, lon, lat);
          await page.mouse.click(point.x, point.y);
          // The rail line's panel is open: wait until the panel names another feature.
          await page.waitForFunction(
            () => !document.querySelector('[data-testid="feature-name"]')?.textContent?.includes('Line 1'),
          );
          const text = await panelText(page);
          assert(text.includes('Qingpu New Town'), `panel: ${text}`);
          assert(text.includes('Approximate'), `panel says approximate: ${text}`);
          assert(text.includes('91.1'), `panel shows the planned area: ${text}`);
          assert(text.includes('Edges: '), `panel shows the English note: ${text}`);
          await screenshot('new-town-panel');
          await page.waitForSelector('[data-testid="feature-passages"]');
          const refs = await page.locator('[data-testid="feature-passages"] .passage-ref').allTextContents();
          assert(
            refs.some((r) => r.includes('14th plan §10.2.1')),
            `passages: ${refs.join(' | ')}`,
          );
          const marks = await page.locator('[data-testid="feature-passages"] mark').allTextContents();
          assert(marks.includes('青浦新城'), `marked: ${marks.join(', ')}`);
          await screenshot('feature-passages');
          // In Chinese the note is the Chinese one the build wrote (note_zh), not the English.
          await page.click('[data-testid="lang-switch"]');
          await page.waitForFunction(() => document.querySelector('.provenance')?.textContent?.includes('逐边绘制'));
          const zh = await panelText(page);
          assert(!zh.includes('Edges: '), `Chinese panel shows no English note: ${zh}`);
          await screenshot('new-town-panel-zh');
        },
      );
      await step('no request left localhost, no page error', async () => {
        assert(offsite.length === 0, `requests left localhost: ${offsite.join(', ')}`);
        assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
      });
    },
  },
  {
    name: 'plain base: draws the base and each plan layer where a known feature lies; turning a layer off removes it; district labels in English and Chinese from offline fonts',
    // Several checks share one page load: more than one case's time.
    timeoutMs: 240_000,
    async run({ page, url, screenshot }) {
      const fonts: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.woff2')) fonts.push(request.url());
      });
      // Plan colours over the plain ground; the OSM basemap's own colours are checked in basemap.ts.
      // Plain base: basemap place names would take the freed places when districts are toggled off.
      await open(page, `${url}#base=plain`);
      const land = THEME.land;
      const qingpu = inside('new-towns.geojson', 'new-town-qingpu');
      await step('draws the base and each plan layer where a known feature lies', async () => {
        await expectColorAt(page, [122.2, 30.9], 9, hexToRgb(THEME.sea), 'sea');
        await expectColorAt(page, [121.58, 31.63], 11, hexToRgb(land), 'land (Chongming)');
        await expectColorAt(page, qingpu, 13, blend(THEME.newTown, 0.3, land), 'new town');
        // Inside the OSM outline, 250 m from its edge and off the centre where the park's label sits.
        await expectColorAt(page, [121.543, 31.2155], 15, blend(THEME.park, 0.65, land), 'Century Park');
        // Industrial parks are hand-placed points: the dot itself carries the layer colour.
        await expectColorNear(page, [121.535, 31.075], 14, THEME.industrial, 'industrial park dot');
        await expectColorNear(page, vertexOf('rail-lines.geojson', 'metro-1', 0.3), 15, '#E3002A', 'Line 1');
        await expectColorNear(
          page,
          vertexOf('river-lines.geojson', 'huangpu-central', 0.5),
          13,
          THEME.river,
          'Huangpu',
        );
        await expectColorNear(
          page,
          inside('waterfront-segments.geojson', 'xuhui-riverside'),
          15,
          THEME.waterfront,
          'West Bund',
          // Full colour is only on the dashed outline (the fill is faint), and where a dash or a gap falls
          // moves with the map's size: look within 40 px, past the label placed at this point.
          40,
        );
        await screenshot('west-bund-z15');
      });
      await step('turning a layer off removes it from the map', async () => {
        await page.click('[data-testid="toggle-new-towns"]');
        await expectColorAt(page, qingpu, 13, hexToRgb(land), 'new town off');
        await page.click('[data-testid="toggle-new-towns"]');
      });
      await step('renders district labels in English and Chinese from offline fonts', async () => {
        const english = await labelPixels(page);
        assert(english > 60, `English label text covers ${english} pixels`);
        await page.click('[data-testid="lang-switch"]');
        const chinese = await labelPixels(page);
        assert(chinese > 40, `Chinese label text covers ${chinese} pixels`);
        console.log(`      label text pixels: English ${english}, Chinese ${chinese}`);
        await screenshot('labels-zh-z10');
        const title = (await page.locator('h1').textContent()) ?? '';
        assert(title.includes('上海'), 'the title switched to Chinese');
        assert(
          fonts.some((f) => /noto-sans-sc-\d+-400-normal/.test(f)),
          `no Chinese font subset was fetched: ${fonts.join(', ')}`,
        );
        assert(
          fonts.every((f) => f.startsWith(url)),
          'fonts come from this site',
        );
      });
    },
  },
  {
    name: 'hostile data: a broken layer file shows a message and everything else still loads; markup in feature data is shown as text and never runs',
    async run({ page, url, screenshot }) {
      const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
      await page.route(/\/new-towns-(?!12th)[\w-]+\.geojson$/, (route) =>
        route.fulfill({ status: 200, body: '{"type": "Feat' }),
      );
      await page.route('**/industrial-parks-*.geojson', async (route) => {
        const response = await route.fetch();
        const data = (await response.json()) as FeatureCollection;
        for (const feature of data.features) {
          Object.assign(feature.properties ?? {}, { name_en: payload, theme_industry: payload });
        }
        await route.fulfill({ response, body: JSON.stringify(data) });
      });
      await open(page, url);
      await step('a broken layer file shows a message and everything else still loads', async () => {
        const status = (await page.locator('[data-layer="new-towns"] .layer-status').textContent()) ?? '';
        assert(status.includes('not valid JSON'), `new-towns status: ${status}`);
        const ok = await page.locator('.layer-status:not(.failed)').count();
        assert(ok === LAYERS.length - 1, `${ok} other layers loaded`);
        await screenshot('broken-layer');
      });
      await step('markup in feature data is shown as text and never runs', async () => {
        // The Pujiang chip city's dot (industrial parks are points with an accuracy circle).
        const [lon = 0, lat = 0] = (featureById('industrial-parks.geojson', 'pujiang-chip-city').geometry as Point)
          .coordinates;
        await viewAt(page, lon, lat, 14);
        const point = await pagePoint(page, lon, lat);
        await page.mouse.click(point.x, point.y);
        await page.waitForSelector('[data-testid="feature-name"]');
        const name = (await page.locator('[data-testid="feature-name"]').textContent()) ?? '';
        assert(name === payload, `name shown as text: ${name}`);
        assert((await page.locator('#side-panel img, #side-panel script').count()) === 0, 'no element was made');
        assert(
          (await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)) === undefined,
          'script ran',
        );
      });
    },
  },
];
