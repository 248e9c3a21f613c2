import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { LAYERS } from '../src/registry/layers';
import { launchChromium, serveStatic, waitForMapReady } from '../tests/browser/harness';
import { median } from './stats';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 3;
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
  };
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
 * cut and the page reloaded RUNS times.
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
    for (let run = 0; run < RUNS; run++) {
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

/** Navigation to ready and camera-move frame rates, in Debian's Chromium with software WebGL. */
export async function browserFigures(): Promise<Record<string, number>> {
  const app = await serveStatic(join(ROOT, 'dist'));
  const bare = await serveStatic(join(ROOT, 'dist-bench'));
  const browser = await launchChromium();
  const readyMs = async (url: string) => {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const started = Date.now();
      await page.goto(url);
      await waitForMapReady(page, 120_000);
      times.push(Date.now() - started);
      await page.close();
    }
    return median(times);
  };
  const fps = async (url: string) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await waitForMapReady(page, 120_000);
    const frames = await page.evaluate(() =>
      (
        window as unknown as { planViewer: { framesWhilePanning(ms: number): Promise<number> } }
      ).planViewer.framesWhilePanning(4000),
    );
    await page.close();
    return frames / 4;
  };
  try {
    const appReady = await readyMs(app.url);
    const bareReady = await readyMs(bare.url);
    const offlineReady = await offlineReadyMs(browser, app.url);
    const allFps = await fps(app.url);
    const baseFps = await fps(`${app.url}#layers=${BASE_ONLY}`);
    return {
      ready_app_ms: appReady,
      ready_bare_maplibre_ms: bareReady,
      ready_ratio: Math.round((appReady / bareReady) * 100) / 100,
      ready_offline_from_sw_ms: offlineReady,
      ready_offline_ratio: Math.round((offlineReady / bareReady) * 100) / 100,
      fps_all_layers: Math.round(allFps * 10) / 10,
      fps_basemap_only: Math.round(baseFps * 10) / 10,
      fps_ratio: Math.round((allFps / baseFps) * 100) / 100,
    };
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
}
