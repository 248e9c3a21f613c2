import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { inputsHash, readManifest, SHARED_SOURCE, TILE_DIR } from '../../../scripts/build-basemap/manifest';
import { tileOf } from '../../../scripts/build-basemap/tiles';
import { BASEMAP_LAYERS, BASEMAP_ZOOMS } from '../../../src/style/basemap-schema';

function tileFiles(): string[] {
  return readdirSync(TILE_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.pbf'));
}

describe('public/tiles/basemap is what build:basemap makes from shared/geo-sources/osm-2025', () => {
  const manifest = readManifest();

  it('was built from the current sources and build code (run npm run build:basemap if not)', () => {
    // A refresh from a full extract (--osm) names its file instead; its hash cannot be checked here.
    if (manifest.source !== SHARED_SOURCE) return expect(manifest.source).toMatch(/\.(osm\.pbf|osm|json)$/);
    expect(manifest.inputsHash).toBe(inputsHash());
  });

  it('holds the tiles the manifest lists, byte for byte in total', () => {
    const files = tileFiles();
    expect(files).toHaveLength(manifest.tiles);
    expect(files.reduce((sum, file) => sum + statSync(join(TILE_DIR, file)).size, 0)).toBe(manifest.bytes);
    expect(manifest.zooms).toEqual(BASEMAP_ZOOMS);
  });

  it('draws the Huangpu at the Bund and Century Park at zoom 14, with the schema layers only', () => {
    const { x, y } = tileOf(121.49, 31.235, 14);
    const bund = new VectorTile(new PbfReader(tileBytes(`14/${x}/${y}.pbf`)) as never);
    expect(Object.keys(bund.layers).every((name) => name in BASEMAP_LAYERS)).toBe(true);
    expect(bund.layers.water?.length).toBeGreaterThan(0);
    expect(bund.layers.street?.length).toBeGreaterThan(0);
    const park = tileOf(121.551, 31.217, 14);
    const century = new VectorTile(new PbfReader(tileBytes(`14/${park.x}/${park.y}.pbf`)) as never);
    const green = century.layers.green;
    const names = green ? Array.from({ length: green.length }, (_, i) => green.feature(i).properties.name) : [];
    expect(names).toContain('世纪公园');
  });
});

function tileBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(TILE_DIR, file)));
}
