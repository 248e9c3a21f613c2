import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { parseCsv } from '../../src/data/table';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '..', '..');

/** The third-party sources live beside the repo, never inside it. */
export function sourcesDir(): string {
  const dir = process.env.GEO_SOURCES ?? resolve(REPO_ROOT, '..', 'shared', 'geo-sources');
  if (!existsSync(dir)) {
    throw new Error(`geo sources not found at ${dir}; set GEO_SOURCES to the shared/geo-sources folder`);
  }
  return dir;
}

export function readSourceGeoJson(relativePath: string): FeatureCollection {
  const path = join(sourcesDir(), relativePath);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  if (parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) {
    throw new Error(`${relativePath}: not a GeoJSON FeatureCollection`);
  }
  return parsed;
}

export function readSourceCsv(relativePath: string): Record<string, string>[] {
  return parseCsv(readFileSync(join(sourcesDir(), relativePath), 'utf8'));
}

/** Source citations: the shared file plus the upstream origin recorded in SOURCES.md. */
export function cite(relativePath: string, upstream: string): string {
  return `shared/geo-sources/${relativePath} (${upstream})`;
}
