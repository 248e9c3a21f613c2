import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import gcoord from 'gcoord';
import type { FeatureCollection, LineString, MultiLineString, Point, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { lineLengthM } from '../../src/analysis/measure';
import { run } from '../../src/cli/index';
import { LAYERS } from '../../src/registry/layers';
import { THEME } from '../../src/registry/theme';
import {
  blend,
  colorDistance,
  hexToRgb,
  mapPixels,
  mapPoint,
  pagePoint,
  type Rgb,
  recordOffsiteRequests,
  viewAt,
  waitForMapReady,
} from './harness';

export interface CaseContext {
  page: Page;
  url: string;
  screenshot(name: string): Promise<void>;
}

export interface BrowserCase {
  name: string;
  viewport?: { width: number; height: number };
  run(context: CaseContext): Promise<void>;
}

const GEO = join(import.meta.dirname, '..', '..', 'geo');
const SHOTS_DIR = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');
function layer(file: string): FeatureCollection {
  return JSON.parse(readFileSync(join(GEO, file), 'utf8')) as FeatureCollection;
}
function featureById(file: string, id: string) {
  const feature = layer(file).features.find((f) => f.properties?.id === id);
  if (!feature) throw new Error(`${file}: no ${id}`);
  return feature;
}
/** A point surely inside a polygon feature (not just its centroid). */
function inside(file: string, id: string): Position {
  return turf.pointOnFeature(featureById(file, id)).geometry.coordinates;
}
function vertexOf(file: string, id: string, index: number): Position {
  const geometry = featureById(file, id).geometry as LineString | MultiLineString;
  const coords = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
  return coords[Math.floor(index * coords.length)] as Position;
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function open(page: Page, url: string): Promise<string[]> {
  const offsite = recordOffsiteRequests(page);
  await page.goto(url);
  await waitForMapReady(page);
  return offsite;
}

/** The centre pixel of the map after moving to a point, compared with an expected colour. */
async function expectColorAt(page: Page, at: Position, zoom: number, expected: Rgb, label: string): Promise<void> {
  const [lon = 0, lat = 0] = at;
  await viewAt(page, lon, lat, zoom);
  const { x, y } = await mapPoint(page, lon, lat);
  const pixels = await mapPixels(page, x, y, 1);
  const best = Math.min(...pixels.map((p) => colorDistance(p, expected)));
  assert(
    best <= 24,
    `${label}: expected about rgb(${expected}) at ${lon},${lat}, saw rgb(${pixels[4]}) (off by ${best})`,
  );
}

/** Some pixel in a box has the colour: for thin lines drawn with antialiasing. */
async function expectColorNear(page: Page, at: Position, zoom: number, color: string, label: string): Promise<void> {
  const [lon = 0, lat = 0] = at;
  await viewAt(page, lon, lat, zoom);
  const { x, y } = await mapPoint(page, lon, lat);
  const pixels = await mapPixels(page, x, y, 4);
  const best = Math.min(...pixels.map((p) => colorDistance(p, hexToRgb(color))));
  assert(best <= 30, `${label}: no pixel near ${color} around ${lon},${lat} (closest off by ${best})`);
}

/** Pixels of the central map area, to compare two renderings of the same view. */
async function centralPixels(page: Page): Promise<Rgb[]> {
  const box = await page.locator('#map').boundingBox();
  assert(box, 'map has no box');
  const cx = Math.floor(box.width / 2);
  const cy = Math.floor(box.height / 2);
  return mapPixels(page, cx, cy, Math.floor(Math.min(cx, cy) * 0.9));
}

const isDark = ([r, g, b]: Rgb) => 0.3 * r + 0.59 * g + 0.11 * b < 80;

/** Dark pixels in `a` that are not dark in `b`: label text (#2b2b2b), not the grey district borders. */
function newDarkPixels(a: Rgb[], b: Rgb[]): number {
  return a.filter((pixel, i) => isDark(pixel) && !isDark(b[i] ?? [255, 255, 255])).length;
}

async function idle(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { planViewer: { idle(): Promise<void> } }).planViewer.idle());
}

/** Pixels of district label text, found by drawing the same view without the district layer. */
async function labelPixels(page: Page): Promise<number> {
  await viewAt(page, 121.45, 31.2, 10);
  // Fonts arrive asynchronously: a second idle after the first lets late glyphs draw.
  await page.waitForTimeout(500);
  await idle(page);
  const withLabels = await centralPixels(page);
  await page.click('[data-testid="toggle-base-districts"]');
  await idle(page);
  const withoutLabels = await centralPixels(page);
  await page.click('[data-testid="toggle-base-districts"]');
  await idle(page);
  return newDarkPixels(withLabels, withoutLabels);
}

async function panelText(page: Page): Promise<string> {
  return ((await page.locator('[data-testid="feature-panel"]').textContent()) ?? '').replace(/\s+/g, ' ');
}

export const CASES: BrowserCase[] = [
  {
    name: 'loads offline: every layer ready, no request leaves localhost, no page error',
    async run({ page, url, screenshot }) {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const offsite = await open(page, url);
      await screenshot('home-en');
      assert(offsite.length === 0, `requests left localhost: ${offsite.join(', ')}`);
      assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
      const failed = await page.locator('.layer-status.failed').count();
      assert(failed === 0, `${failed} layers show a failure`);
      const counts = await page.locator('.layer-status').allTextContents();
      assert(
        counts.length === LAYERS.length && counts.every((text) => /^\d+ features/.test(text)),
        `layer states: ${counts}`,
      );
    },
  },
  {
    name: 'draws the base and each plan layer where a known feature lies',
    async run({ page, url, screenshot }) {
      await open(page, url);
      const land = THEME.land;
      await expectColorAt(page, [122.2, 30.9], 9, hexToRgb(THEME.sea), 'sea');
      await expectColorAt(page, [121.58, 31.63], 11, hexToRgb(land), 'land (Chongming)');
      await expectColorAt(
        page,
        inside('new-towns.geojson', 'new-town-qingpu'),
        13,
        blend(THEME.newTown, 0.3, land),
        'new town',
      );
      // Off the centre, where the park's label sits.
      await expectColorAt(page, [121.555, 31.214], 15, blend(THEME.park, 0.65, land), 'Century Park');
      await expectColorAt(page, [121.536, 31.068], 14, blend(THEME.industrial, 0.55, land), 'industrial park');
      await expectColorNear(page, vertexOf('rail-lines.geojson', 'metro-1', 0.3), 15, '#E3002A', 'Line 1 (deck.gl)');
      await expectColorNear(page, vertexOf('river-lines.geojson', 'huangpu-central', 0.5), 13, THEME.river, 'Huangpu');
      await expectColorNear(
        page,
        inside('waterfront-segments.geojson', 'xuhui-riverside'),
        15,
        THEME.waterfront,
        'West Bund',
      );
      await screenshot('west-bund-z15');
    },
  },
  {
    name: 'renders district labels in English and Chinese from offline fonts',
    async run({ page, url, screenshot }) {
      const fonts: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.woff2')) fonts.push(request.url());
      });
      await open(page, url);
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
    },
  },
  {
    name: 'clicking a new town opens its attributes, marked approximate',
    async run({ page, url, screenshot }) {
      await open(page, url);
      const [lon = 0, lat = 0] = inside('new-towns.geojson', 'new-town-qingpu');
      await viewAt(page, lon, lat, 12);
      const point = await pagePoint(page, lon, lat);
      await page.mouse.click(point.x, point.y);
      await page.waitForSelector('[data-testid="feature-name"]');
      const text = await panelText(page);
      assert(text.includes('Qingpu New Town'), `panel: ${text}`);
      assert(text.includes('Approximate'), `panel says approximate: ${text}`);
      assert(text.includes('91.1'), `panel shows the planned area: ${text}`);
      await screenshot('new-town-panel');
    },
  },
  {
    name: 'clicking a rail line drawn by deck.gl opens it',
    async run({ page, url }) {
      await open(page, url);
      const [lon = 0, lat = 0] = vertexOf('rail-lines.geojson', 'metro-1', 0.3);
      await viewAt(page, lon, lat, 15);
      const point = await pagePoint(page, lon, lat);
      await page.mouse.click(point.x, point.y);
      await page.waitForSelector('[data-testid="feature-name"]');
      const text = await panelText(page);
      assert(text.includes('Line 1') && text.includes('Operating'), `panel: ${text}`);
    },
  },
  {
    name: 'hovering a feature highlights its outline',
    async run({ page, url }) {
      await open(page, url);
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
    },
  },
  {
    name: 'turning a layer off removes it from the map',
    async run({ page, url }) {
      await open(page, url);
      const at = inside('new-towns.geojson', 'new-town-qingpu');
      await expectColorAt(page, at, 13, blend(THEME.newTown, 0.3, THEME.land), 'new town on');
      await page.click('[data-testid="toggle-new-towns"]');
      await expectColorAt(page, at, 13, hexToRgb(THEME.land), 'new town off');
    },
  },
  {
    name: 'a broken layer file shows a message and everything else still loads',
    async run({ page, url, screenshot }) {
      await page.route(/\/new-towns-(?!12th)[\w-]+\.geojson$/, (route) =>
        route.fulfill({ status: 200, body: '{"type": "Feat' }),
      );
      await open(page, url);
      const status = (await page.locator('[data-layer="new-towns"] .layer-status').textContent()) ?? '';
      assert(status.includes('not valid JSON'), `new-towns status: ${status}`);
      const ok = await page.locator('.layer-status:not(.failed)').count();
      assert(ok === LAYERS.length - 1, `${ok} other layers loaded`);
      await screenshot('broken-layer');
    },
  },
  {
    name: 'markup in feature data is shown as text and never runs',
    async run({ page, url }) {
      const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
      await page.route('**/industrial-parks-*.geojson', async (route) => {
        const response = await route.fetch();
        const data = (await response.json()) as FeatureCollection;
        for (const feature of data.features) {
          Object.assign(feature.properties ?? {}, { name_en: payload, theme_industry: payload });
        }
        await route.fulfill({ response, body: JSON.stringify(data) });
      });
      await open(page, url);
      await viewAt(page, 121.53, 31.07, 14);
      const point = await pagePoint(page, 121.53, 31.07);
      await page.mouse.click(point.x, point.y);
      await page.waitForSelector('[data-testid="feature-name"]');
      const name = (await page.locator('[data-testid="feature-name"]').textContent()) ?? '';
      assert(name === payload, `name shown as text: ${name}`);
      assert((await page.locator('#side-panel img, #side-panel script').count()) === 0, 'no element was made');
      assert((await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)) === undefined, 'script ran');
    },
  },
  {
    name: 'works on a phone-sized screen',
    viewport: { width: 390, height: 844 },
    async run({ page, url, screenshot }) {
      await open(page, url);
      const box = await page.locator('#map').boundingBox();
      assert(box && box.width >= 380 && box.height > 300, `map box on a phone: ${JSON.stringify(box)}`);
      assert(await page.locator('[data-testid="toggle-rail-lines"]').isVisible(), 'layer toggles reachable');
      await screenshot('phone');
    },
  },
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
    name: 'search finds places by English and Chinese names, by keyboard',
    async run({ page, url }) {
      await open(page, url);
      await page.waitForSelector('body[data-content-ready="true"]');
      await page.fill('[data-testid="search"]', '吴淞江');
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
  {
    name: 'analysis: a drawn measure and a coverage run give the same numbers as node and the CLI',
    async run({ page, url, screenshot }) {
      await open(page, url);
      await page.waitForSelector('body[data-content-ready="true"]');
      await page.click('[data-testid="tab-analysis"]');
      await viewAt(page, 121.28, 31.22, 10);
      await page.click('[data-testid="measure-line"]');
      const points: [number, number][] = [
        [121.2, 31.2],
        [121.3, 31.25],
        [121.35, 31.2],
      ];
      for (const [lon, lat] of points) {
        const p = await pagePoint(page, lon, lat);
        await page.mouse.click(p.x, p.y);
      }
      await page.click('[data-testid="measure-finish"]');
      const shown = (await page.locator('[data-testid="measures"] li span').first().textContent()) ?? '';
      const km = Number(/([\d.]+) km/.exec(shown)?.[1]);
      const expected = lineLengthM(points) / 1000;
      // Clicks land on whole pixels: at zoom 10 a pixel is ~130 m, so allow 1 %.
      assert(Math.abs(km - expected) / expected < 0.01, `measure shows ${shown}, node says ${expected.toFixed(2)} km`);
      await page.click('[data-testid="measure-line"]');
      await page.click('[data-testid="coverage-run"]');
      await page.waitForSelector('[data-testid="coverage-table"]', { timeout: 60_000 });
      const cli = JSON.parse(
        run(['coverage', '--facilities', 'rail-stations', '--radius', '800', '--by', 'new-towns', '--json']).out,
      ) as { areas: { id: string; share: number }[] };
      for (const area of cli.areas) {
        const cell = page.locator(`[data-testid="coverage-table"] tr[data-area="${area.id}"] td[data-share]`);
        const share = Number(await cell.getAttribute('data-share'));
        assert(Math.abs(share - area.share) < 1e-9, `${area.id}: browser ${share}, CLI ${area.share}`);
      }
      await page.reload();
      await waitForMapReady(page);
      await page.click('[data-testid="tab-analysis"]');
      const kept = await page.locator('[data-testid="measures"] li').count();
      assert(kept === 1, `measures kept across reload: ${kept}`);
      await screenshot('analysis');
    },
  },
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
      await page.waitForSelector('body[data-content-ready="true"]');
      await page.waitForTimeout(500);
      const first = page.url();
      await page.reload();
      await waitForMapReady(page);
      await page.waitForTimeout(500);
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
  {
    name: 'time: moving the timeline changes the rail layer; split view and change list compare plans',
    async run({ page, url, screenshot }) {
      const at = vertexOf('rail-lines.geojson', 'metro-18', 0.5);
      const [lon = 0, lat = 0] = at;
      await page.goto(`${url}#tab=time&lang=en&view=${lon.toFixed(5)},${lat.toFixed(5)},14.00`);
      await waitForMapReady(page);
      await page.waitForSelector('body[data-content-ready="true"]');
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
      await page.focus('[data-testid="timeline-year"]');
      await page.keyboard.press('End');
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
      await viewAt(page, 121.35, 31.1, 8.6);
      await page.waitForTimeout(1000);
      await screenshot('time-compare');
    },
  },
  {
    name: 'import: hostile files are shown as text or refused with a message, GCJ-02 is spotted, layers persist',
    async run({ page, url, screenshot }) {
      const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
      await open(page, url);
      await page.click('[data-testid="tab-analysis"]');
      const hostile = {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: payload, note: payload },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [121.3, 31.3],
                  [121.32, 31.3],
                  [121.32, 31.32],
                  [121.3, 31.32],
                  [121.3, 31.3],
                ],
              ],
            },
          },
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1e12, 5] } },
        ],
      };
      await page.setInputFiles('[data-testid="import-file"]', {
        name: `${payload}.geojson`,
        mimeType: 'application/geo+json',
        buffer: Buffer.from(JSON.stringify(hostile)),
      });
      await page.waitForSelector('[data-testid="datum-form"]');
      const legend = (await page.locator('[data-testid="datum-form"] legend').textContent()) ?? '';
      assert(legend.includes('1 features') && legend.includes('invalid features skipped'), `form: ${legend}`);
      await page.click('[data-testid="import-confirm"]');
      await page.waitForSelector('[data-testid="imports"] li');
      await viewAt(page, 121.31, 31.31, 13);
      const point = await pagePoint(page, 121.31, 31.31);
      await page.mouse.click(point.x, point.y);
      await page.waitForSelector('[data-testid="feature-name"]');
      const name = (await page.locator('[data-testid="feature-name"]').textContent()) ?? '';
      assert(name === payload, `imported name shown as text: ${name}`);
      await page.click('[data-testid="tab-analysis"]');
      await page.setInputFiles('[data-testid="import-file"]', {
        name: 'broken.geojson',
        mimeType: 'application/json',
        buffer: Buffer.from('{"type": "FeatureColl'),
      });
      await page.waitForSelector('[data-testid="import-message"][role="alert"]');
      const refusal = (await page.locator('[data-testid="import-message"]').textContent()) ?? '';
      assert(refusal.includes('broken.geojson') && refusal.includes('not valid JSON'), `refusal: ${refusal}`);
      assert((await page.locator('[data-testid="imports"] li').count()) === 1, 'the earlier layer is intact');
      // Real stations of the map, shifted into GCJ-02 as AMap would give them.
      const shifted = layer('rail-stations.geojson')
        .features.slice(0, 8)
        .map((f) => gcoord.transform((f.geometry as Point).coordinates as [number, number], gcoord.WGS84, gcoord.GCJ02))
        .map(([x, y]) => `${x},${y}`)
        .join('\n');
      await page.setInputFiles('[data-testid="import-file"]', {
        name: 'amap.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`lon,lat\n${shifted}\n`),
      });
      await page.waitForSelector('[data-testid="datum-form"]');
      assert(
        await page.locator('[data-testid="datum-GCJ02"]').isChecked(),
        'GCJ-02 is suggested for shifted station points',
      );
      await page.fill('[data-testid="search"]', payload);
      await page.waitForTimeout(300);
      await page.reload();
      await waitForMapReady(page);
      await page.click('[data-testid="tab-analysis"]');
      await page.waitForSelector('[data-testid="imports"] li');
      assert(
        (await page.locator('img[src="x"], #side-panel script').count()) === 0,
        'no element was made from the payloads',
      );
      assert(
        (await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)) === undefined,
        'no payload ran',
      );
      await screenshot('import');
    },
  },
];

async function citizenJourney({ page, url, screenshot }: CaseContext, suffix = 'desktop'): Promise<void> {
  await page.goto(`${url}#district=songjiang&lang=en`);
  await waitForMapReady(page);
  await page.waitForSelector('[data-testid="district-summary"]');
  const summary = (await page.locator('[data-testid="district-summary"]').textContent()) ?? '';
  assert(summary.includes('Songjiang New Town') && summary.includes('residents'), `summary: ${summary}`);
  const items = await page.locator('.district-item').allTextContents();
  assert(items.includes('Line 9') && items.includes('Chenshan Botanical Garden'), `items: ${items.join(', ')}`);
  await screenshot(`citizen-en-${suffix}`);
  await page.click('[data-testid="lang-switch"]');
  await page.waitForTimeout(300);
  const name = (await page.locator('[data-testid="district-name"]').textContent()) ?? '';
  assert(name === '松江区', `district name in Chinese: ${name}`);
  assert(page.url().includes('lang=zh') && page.url().includes('district=songjiang'), `URL: ${page.url()}`);
  await screenshot(`citizen-zh-${suffix}`);
}
