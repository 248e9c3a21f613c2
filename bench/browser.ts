import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { viewStyle } from '../src/map/view-description';
import { LAYERS } from '../src/registry/layers';
import { defaultState } from '../src/state/initial';
import { mainFilters } from '../src/state/time';
import { launchChromium, serveStatic, waitForMapReady } from '../tests/browser/harness';
import { type Breakdown, medianBreakdown, readBreakdown, watchLongTasks } from './load-breakdown';
import { median, round } from './stats';

const ROOT = join(import.meta.dirname, '..');
/** Loads of each page; the machine is shared, so more runs than a quiet one would need. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FPS_RUNS = 2;
const OFFLINE_RUNS = 3;
const BASE_ONLY = LAYERS.filter((l) => l.group === 'base' && l.defaultVisible)
  .map((l) => l.id)
  .join(',');

/** Raw and gzip bytes of the JavaScript the page loads before anything else, and of the default data. */
export function sizes(): Record<string, number> {
  const dist = join(ROOT, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  const preloads = [...html.matchAll(/href="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const js = [entry ?? '', ...preloads].filter(Boolean).map((file) => readFileSync(join(dist, file)));
  const firstPaintData = LAYERS.filter((l) => l.defaultVisible).map((l) => readFileSync(join(ROOT, 'geo', l.file)));
  const data = [...firstPaintData, readFileSync(join(ROOT, 'text', 'plans.json'))];
  const total = (files: Buffer[]) => files.reduce((n, f) => n + f.length, 0);
  const gzip = (files: Buffer[]) => files.reduce((n, f) => n + gzipSync(f).length, 0);
  const distBytes = readdirSync(join(dist, 'assets')).reduce((n, f) => n + statSync(join(dist, 'assets', f)).size, 0);
  return {
    initial_js_kb: Math.round(total(js) / 1024),
    initial_js_gzip_kb: Math.round(gzip(js) / 1024),
    default_data_kb: Math.round(total(data) / 1024),
    default_data_gzip_kb: Math.round(gzip(data) / 1024),
    first_paint_data_gzip_kb: Math.round(gzip(firstPaintData) / 1024),
    built_site_mb: Math.round(distBytes / 1024 / 102.4) / 10,
    ...precacheSizes(dist),
    ...defaultStyleSize(),
  };
}

/** What MapLibre sets up for a fresh visit: the style layers it draws and the sources it tiles. */
function defaultStyleSize(): Record<string, number> {
  const state = defaultState({ lang: 'en' });
  const style = viewStyle({ ...state, filters: mainFilters(state) }, 'tiles/{z}/{x}/{y}.pbf');
  const shown = style.layers.filter((layer) => layer.layout?.visibility !== 'none');
  return { default_style_layers_shown: shown.length, default_style_sources: Object.keys(style.sources).length };
}

/** What the service worker saves on the first visit: entries, bytes on disk and bytes over a gzip link. */
function precacheSizes(dist: string): Record<string, number> {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const files = [...sw.matchAll(/\{url:"([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1] ?? '')));
  const fonts = [...sw.matchAll(/\{url:"([^"]+\.woff2)"/g)].length;
  return {
    precache_entries: files.length,
    precache_fonts: fonts,
    precache_kb: Math.round(files.reduce((n, f) => n + f.length, 0) / 1024),
    precache_gzip_kb: Math.round(files.reduce((n, f) => n + gzipSync(f).length, 0) / 1024),
  };
}

/**
 * Time to ready from the service worker's copy: one online visit installs it, then the network is
 * cut and the page reloaded OFFLINE_RUNS times.
 */
async function offlineReadyMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForMapReady(page, 120_000);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
      }
    });
    await context.setOffline(true);
    const times: number[] = [];
    for (let run = 0; run < OFFLINE_RUNS; run++) {
      const started = Date.now();
      await page.reload();
      await waitForMapReady(page, 120_000);
      times.push(Date.now() - started);
    }
    return median(times);
  } finally {
    await context.close();
  }
}

type Hook = { planViewer: { framesWhilePanning(ms: number): Promise<number> } };

/**
 * Navigation to ready of the app and of its two references, and camera-move frame rates, in
 * Debian's Chromium with software WebGL. The machine may be busy: pages load interleaved (app,
 * bare, same-style, app, …) and each ratio is the median of the runs' own ratios, printed with
 * the load average. The same-style page gets the map box the app's layout gives its map.
 */
export async function browserFigures(): Promise<Record<string, number>> {
  const app = await serveStatic(join(ROOT, 'dist'));
  const references = await serveStatic(join(ROOT, 'dist-bench'), [join(ROOT, 'dist')]);
  const browser = await launchChromium();
  const open = async (url: string, watch = false) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (watch) await watchLongTasks(page);
    const started = Date.now();
    await page.goto(url);
    await waitForMapReady(page, 120_000);
    return { page, ms: Date.now() - started };
  };
  const fps = async (url: string) => {
    const { page } = await open(url);
    const frames = await page.evaluate(() => (window as unknown as Hook).planViewer.framesWhilePanning(4000));
    await page.close();
    return frames / 4;
  };
  const loadBefore = loadavg()[0] ?? 0;
  try {
    const ready = { app: [] as number[], bare: [] as number[], same: [] as number[] };
    const breakdowns: Breakdown[] = [];
    for (let run = 0; run < RUNS; run++) {
      const visit = await open(app.url, true);
      breakdowns.push(await readBreakdown(visit.page));
      const box = await visit.page.locator('#map').boundingBox();
      await visit.page.close();
      ready.app.push(visit.ms);
      const bare = await open(`${references.url}bench/bare/`);
      await bare.page.close();
      ready.bare.push(bare.ms);
      const { x, y, width, height } = box ?? { x: 0, y: 0, width: 1280, height: 800 };
      const same = await open(`${references.url}bench/same-style/#box=${x},${y},${width},${height}`);
      await same.page.close();
      ready.same.push(same.ms);
    }
    const fpsAll: number[] = [];
    const fpsBase: number[] = [];
    for (let run = 0; run < FPS_RUNS; run++) {
      fpsAll.push(await fps(app.url));
      fpsBase.push(await fps(`${app.url}#layers=${BASE_ONLY}`));
    }
    const offlineReady = await offlineReadyMs(browser, app.url);
    const ratio = (a: number[], b: number[]) => round(median(a.map((value, i) => value / (b[i] ?? Number.NaN))), 2);
    const breakdown = medianBreakdown(breakdowns);
    return {
      load_average_1min_before: round(loadBefore, 1),
      load_average_1min_after: round(loadavg()[0] ?? 0, 1),
      ready_app_ms: median(ready.app),
      ready_bare_maplibre_ms: median(ready.bare),
      ready_same_style_maplibre_ms: median(ready.same),
      ready_ratio: ratio(ready.app, ready.bare),
      ready_ratio_same_style: ratio(ready.app, ready.same),
      ready_offline_from_sw_ms: offlineReady,
      ready_offline_ratio: round(offlineReady / median(ready.bare), 2),
      fps_all_layers: round(median(fpsAll)),
      fps_basemap_only: round(median(fpsBase)),
      fps_ratio: ratio(fpsAll, fpsBase),
      ...Object.fromEntries(Object.entries(breakdown).map(([key, value]) => [`load_${key}`, value])),
    };
  } finally {
    await browser.close();
    await app.close();
    await references.close();
  }
}
