import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { encodeStreetSamples, referenceFrom, STREET_SAMPLES } from '../../src/data/datum-reference';

/** The OSM streets of the central box, the one street source the project has (see README, basemap). */
export const STREETS_SOURCE =
  '../shared/geo-sources/osm-2025/roads-central-13x11km.osm-overpass-20250809.wgs84.geojson';
export const STREETS_OUT = 'public/reference/streets-central.bin';

/**
 * Samples of the central streets every 40 m, one per 20 m cell (dual carriageways and crossings
 * would sample the same spot twice), for telling WGS84 from GCJ-02/BD-09 in imported points.
 */
export function buildStreetSamples(root: string): Uint8Array {
  const roads = JSON.parse(readFileSync(join(root, STREETS_SOURCE), 'utf8')) as FeatureCollection<Geometry>;
  const seen = new Set<string>();
  const cell = 0.0002; // ≈ 22 m north–south, 19 m east–west at this latitude
  const kept: Position[] = [];
  for (const point of referenceFrom('streets', roads.features, STREET_SAMPLES.stepM).points) {
    const key = `${Math.round((point[0] ?? 0) / cell)},${Math.round((point[1] ?? 0) / cell)}`;
    if (!seen.has(key)) {
      seen.add(key);
      kept.push(point);
    }
  }
  return encodeStreetSamples(kept);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.cwd();
  const bytes = buildStreetSamples(root);
  mkdirSync(dirname(join(root, STREETS_OUT)), { recursive: true });
  writeFileSync(join(root, STREETS_OUT), bytes);
  console.log(`${STREETS_OUT}: ${bytes.length / 4} samples, ${(bytes.length / 1024).toFixed(0)} KB`);
}
