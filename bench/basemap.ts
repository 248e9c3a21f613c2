import { join } from 'node:path';
import { readManifest } from '../scripts/build-basemap/manifest';
import { BASEMAP_TILE_DIR } from '../src/style/basemap-schema';
import { launchChromium, serveStatic, waitForMapReady } from '../tests/browser/harness';
import { median } from './stats';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 3;

/** Size of the committed tile set (public/tiles/basemap), from its manifest. */
export function basemapSizes(): Record<string, number> {
  const manifest = readManifest();
  return {
    basemap_tiles: manifest.tiles,
    basemap_tiles_empty: manifest.emptyTiles,
    basemap_archive_mb: Math.round(manifest.bytes / 1e5) / 10,
  };
}

type Hook = { planViewer: { idle(): Promise<void>; framesWhilePanning(ms: number): Promise<number> } };

/**
 * With the detailed base (default) and the plain one: time to ready, tile bytes read until the
 * default view has settled (budget 300 KB), frames per second while panning.
 */
export async function basemapFigures(): Promise<Record<string, number>> {
  const app = await serveStatic(join(ROOT, 'dist'));
  const browser = await launchChromium();
  const visit = async (hash: string) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let tileBytes = 0;
    let tiles = 0;
    page.on('response', async (response) => {
      if (!response.url().includes(`/${BASEMAP_TILE_DIR}`)) return;
      tiles++;
      tileBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    const started = Date.now();
    await page.goto(`${app.url}${hash}`);
    await waitForMapReady(page, 120_000);
    const ready = Date.now() - started;
    await page.evaluate(() => (window as unknown as Hook).planViewer.idle());
    return { page, ready, tileBytes: () => tileBytes, tiles: () => tiles };
  };
  try {
    const detailed: number[] = [];
    const plain: number[] = [];
    const firstPaint: number[] = [];
    let firstPaintTiles = 0;
    for (let run = 0; run < RUNS; run++) {
      const withBase = await visit('');
      detailed.push(withBase.ready);
      firstPaint.push(withBase.tileBytes());
      firstPaintTiles = withBase.tiles();
      await withBase.page.close();
      const withoutBase = await visit('#base=plain');
      plain.push(withoutBase.ready);
      await withoutBase.page.close();
    }
    const fps = async (hash: string) => {
      const { page } = await visit(hash);
      const frames = await page.evaluate(() => (window as unknown as Hook).planViewer.framesWhilePanning(4000));
      await page.close();
      return Math.round((frames / 4) * 10) / 10;
    };
    return {
      basemap_first_paint_tile_kb: Math.round(median(firstPaint) / 1024),
      basemap_first_paint_tiles: firstPaintTiles,
      ready_detailed_base_ms: median(detailed),
      ready_plain_base_ms: median(plain),
      fps_detailed_base: await fps(''),
      fps_plain_base: await fps('#base=plain'),
    };
  } finally {
    await browser.close();
    await app.close();
  }
}
