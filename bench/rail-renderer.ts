/**
 * Which renderer draws the rail lines faster: camera-move frame rates of the built app (deck.gl
 * PathLayer, dist/) and of the experiment build (MapLibre line layers, dist-native-rail/), with all
 * default layers, without the rail layers and with the base only. Figures, never assertions:
 * npm run bench:rail.
 */
import { join } from 'node:path';
import { LAYERS } from '../src/registry/layers';
import { launchChromium, serveStatic, waitForMapReady } from '../tests/browser/harness';
import { round } from './stats';

const ROOT = join(import.meta.dirname, '..');
const PAN_MS = 4000;
const defaults = (keep: (id: string) => boolean) =>
  LAYERS.filter((l) => l.defaultVisible && keep(l.id))
    .map((l) => l.id)
    .join(',');
const BASE_ONLY = LAYERS.filter((l) => l.group === 'base' && l.defaultVisible)
  .map((l) => l.id)
  .join(',');

const deck = await serveStatic(join(ROOT, 'dist'));
const native = await serveStatic(join(ROOT, 'dist-native-rail'));
const browser = await launchChromium();
const fps = async (url: string) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await waitForMapReady(page, 120_000);
  const frames = await page.evaluate(
    (ms) =>
      (
        window as unknown as { planViewer: { framesWhilePanning(ms: number): Promise<number> } }
      ).planViewer.framesWhilePanning(ms),
    PAN_MS,
  );
  await page.close();
  return round(frames / (PAN_MS / 1000));
};
try {
  const figures = {
    fps_base_only: await fps(`${deck.url}#layers=${BASE_ONLY}`),
    fps_all_rail_deck: await fps(deck.url),
    fps_all_rail_native: await fps(native.url),
    fps_all_but_rail_lines: await fps(`${deck.url}#layers=${defaults((id) => id !== 'rail-lines')}`),
    fps_all_but_rail: await fps(`${deck.url}#layers=${defaults((id) => !id.startsWith('rail-'))}`),
  };
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(36)} ${value}`);
  console.log(`${'ratio_rail_deck'.padEnd(36)} ${round(figures.fps_all_rail_deck / figures.fps_base_only, 2)}`);
  console.log(`${'ratio_rail_native'.padEnd(36)} ${round(figures.fps_all_rail_native / figures.fps_base_only, 2)}`);
} finally {
  await browser.close();
  await deck.close();
  await native.close();
}
