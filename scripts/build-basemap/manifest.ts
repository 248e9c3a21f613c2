import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, sourcesDir } from '../build-geo/io';
import { BASEMAP_SOURCES } from './sources';

export const TILE_DIR = join(REPO_ROOT, 'public', 'tiles', 'basemap');
export const MANIFEST_FILE = join(TILE_DIR, 'manifest.json');

/** What the build records beside the tiles; the unit tests compare it with the inputs. */
/** The manifest's `source` when the tiles come from the extract in shared/geo-sources/osm-2025. */
export const SHARED_SOURCE = 'shared/geo-sources/osm-2025';

export interface BasemapManifest {
  /** SHARED_SOURCE, or the OSM extract file a refresh was built from. */
  source: string;
  /** sha256 of the source files, the build's code and the tiler versions. */
  inputsHash: string;
  extractDate: string;
  zooms: { min: number; max: number };
  bounds: [number, number, number, number];
  tiles: number;
  emptyTiles: number;
  bytes: number;
  bytesByZoom: Record<string, number>;
  features: Record<string, number>;
}

/** Files whose change means the tiles must be rebuilt: the sources (the shared ones by default) and the code. */
function buildInputs(sources: string[]): string[] {
  const code = readdirSync(join(REPO_ROOT, 'scripts', 'build-basemap'))
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(REPO_ROOT, 'scripts', 'build-basemap', name));
  return [
    ...sources,
    ...code,
    join(REPO_ROOT, 'src', 'style', 'basemap-schema.ts'),
    join(REPO_ROOT, 'node_modules', '@maplibre', 'geojson-vt', 'package.json'),
    join(REPO_ROOT, 'node_modules', '@maplibre', 'vt-pbf', 'package.json'),
  ];
}

export function inputsHash(
  sources: string[] = BASEMAP_SOURCES.map((source) => join(sourcesDir(), source.file)),
): string {
  const hash = createHash('sha256');
  for (const file of buildInputs(sources)) {
    // Package files count by version only: their other fields change with the installing npm.
    const text = readFileSync(file);
    hash.update(file.endsWith('package.json') ? String(JSON.parse(text.toString('utf8')).version) : text);
  }
  return hash.digest('hex');
}

export function readManifest(): BasemapManifest {
  return JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as BasemapManifest;
}
