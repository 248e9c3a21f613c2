/**
 * npm run build:basemap [-- --osm <extract.osm.pbf>] — the OpenStreetMap extract in
 * shared/geo-sources/osm-2025 (or a full extract) as vector tiles in
 * public/tiles/basemap/{z}/{x}/{y}.pbf, with manifest.json (inputs hash, sizes) beside them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { BASEMAP_BOUNDS, BASEMAP_EXTRACT, BASEMAP_ZOOMS } from '../../src/style/basemap-schema';
import { ExtractError } from '../build-geo/osm/read-extract';
import { type BasemapManifest, inputsHash, MANIFEST_FILE, SHARED_SOURCE, TILE_DIR } from './manifest';
import { readOsmBasemap } from './osm';
import { readBasemapSources } from './sources';
import { buildTiles } from './tiles';

const started = Date.now();
const osmAt = process.argv.indexOf('--osm');
const osmFile = osmAt >= 0 ? process.argv[osmAt + 1] : undefined;
if (osmAt >= 0 && !osmFile) {
  console.error('usage: npm run build:basemap -- --osm <extract.osm.pbf | .osm | .json>');
  process.exit(2);
}
let features = osmFile ? [] : readBasemapSources();
let extractDate: string = BASEMAP_EXTRACT.date;
if (osmFile) {
  try {
    ({ features, date: extractDate } = await readOsmBasemap(resolve(osmFile)));
    if (features.length === 0)
      throw new ExtractError('the extract has no water, green, rail, street or place features');
  } catch (error) {
    // A bad extract leaves the committed tiles as they were.
    console.error(`build:basemap: ${error instanceof ExtractError ? error.message : String(error)}`);
    process.exit(1);
  }
}
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
  source: osmFile ? basename(osmFile) : SHARED_SOURCE,
  inputsHash: osmFile ? inputsHash([resolve(osmFile)]) : inputsHash(),
  extractDate,
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
