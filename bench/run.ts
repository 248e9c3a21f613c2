/**
 * Figures, never assertions: npm run bench [-- --json] [-- --node-only | --browser-only]. Node:
 * coverage fast path vs plain turf, search, a 50 MB import. Chromium (built site): time to ready vs
 * a bare MapLibre page and vs MapLibre alone drawing the app's own style and data (bench/same-style),
 * where the app's load time goes (load_*), frame rates with all layers vs the base only, JavaScript
 * and data sizes; the OSM basemap's tile set,
 * tile bytes at first paint and ready/fps with the detailed base vs the plain one.
 */
import { basemapFigures, basemapSizes } from './basemap';
import { browserFigures, sizes } from './browser';
import { coverageFigures, importFigures, searchFigures } from './node';

const json = process.argv.includes('--json');
const nodeOnly = process.argv.includes('--node-only');
const browserOnly = process.argv.includes('--browser-only');
const figures: Record<string, number> = {};
const report = (group: Record<string, number>) => {
  Object.assign(figures, group);
  if (!json) for (const [name, value] of Object.entries(group)) console.log(`${name.padEnd(36)} ${value}`);
};

if (!browserOnly) {
  report(coverageFigures());
  report(searchFigures());
  report(importFigures());
}
if (!nodeOnly) {
  report(sizes());
  report(await browserFigures());
  report(basemapSizes());
  report(await basemapFigures());
}
if (json) console.log(JSON.stringify(figures, null, 2));
