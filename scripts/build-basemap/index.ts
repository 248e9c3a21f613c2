/**
 * npm run build:basemap — the OpenStreetMap extract in shared/geo-sources/osm-2025 as vector tiles
 * in public/tiles/basemap/{z}/{x}/{y}.pbf, with manifest.json (inputs hash, sizes) beside them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BASEMAP_BOUNDS, BASEMAP_EXTRACT, BASEMAP_ZOOMS } from '../../src/style/basemap-schema';
import { type BasemapManifest, inputsHash, MANIFEST_FILE, TILE_DIR } from './manifest';
import { readBasemapSources } from './sources';
import { buildTiles } from './tiles';

const started = Date.now();
const features = readBasemapSources();
const tiles = buildTiles(features, { minZoom: BASEMAP_ZOOMS.min, maxZoom: BASEMAP_ZOOMS.max, bounds: BASEMAP_BOUNDS });

rmSync(TILE_DIR, { recursive: true, force: true });
const bytesByZoom: Record<string, number> = {};
let bytes = 0;
let emptyTiles = 0;
for (const [key, data] of tiles) {
  const file = join(TILE_DIR, `${key}.pbf`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
  const zoom = key.split('/')[0] ?? '';
  bytesByZoom[zoom] = (bytesByZoom[zoom] ?? 0) + data.length;
  bytes += data.length;
  if (data.length === 0) emptyTiles++;
}
const featureCounts: Record<string, number> = {};
for (const feature of features) featureCounts[feature.layer] = (featureCounts[feature.layer] ?? 0) + 1;
const manifest: BasemapManifest = {
  inputsHash: inputsHash(),
  extractDate: BASEMAP_EXTRACT.date,
  zooms: { min: BASEMAP_ZOOMS.min, max: BASEMAP_ZOOMS.max },
  bounds: BASEMAP_BOUNDS,
  tiles: tiles.size,
  emptyTiles,
  bytes,
  bytesByZoom,
  features: featureCounts,
};
writeFileSync(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `basemap: ${features.length} features -> ${tiles.size} tiles (${emptyTiles} empty), ` +
    `${(bytes / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`bytes by zoom: ${JSON.stringify(bytesByZoom)}`);
