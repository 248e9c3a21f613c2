import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildAllLayers } from '../../../scripts/build-geo/build';
import { dateIn, mergeOsm } from '../../../scripts/build-geo/osm/merge-osm';
import { readExtract } from '../../../scripts/build-geo/osm/read-extract';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'osm');
const fixture = (name: string) => join(FIXTURES, name);

/**
 * What the hand-written extract must do, worked out by hand from its comments. The build already
 * draws the rivers, Century Park and the Pujiang line from osm-2025/; the test marks those two
 * approximate again, as a build without that extract would have them, so the merge has work to do.
 */
const EXPECTED = {
  'river-lines': { added: 0, replaced: 0, refreshed: 0, unmatched: 0 },
  'base-water': { added: 1, replaced: 0, refreshed: 0, unmatched: 0 },
  parks: { added: 0, replaced: 1, refreshed: 0, unmatched: 7 },
  'rail-lines': { added: 1, replaced: 1, refreshed: 0, unmatched: 12 },
  'rail-stations': { added: 1, replaced: 0, refreshed: 0, unmatched: 0 },
};

/** Every layer built once for the file (≈ 3 s on a quiet machine); each test merges into its own copy. */
let built: ReturnType<typeof buildAllLayers> | undefined;
function freshLayers(): ReturnType<typeof buildAllLayers> {
  built ??= buildAllLayers();
  return structuredClone(built);
}

function layersWithoutOsm2025() {
  const layers = freshLayers();
  for (const [layerId, id] of [
    ['parks', 'city-park-1'],
    ['rail-lines', 'pujiang-line'],
  ]) {
    const feature = layers.get(layerId ?? '')?.find((f) => f.properties.id === id);
    if (feature) feature.properties.accuracy = 'approximate';
  }
  return layers;
}

// The first case builds every layer (≈ 20 s on a busy 2-core machine) before merging.
describe('OSM extract merge', { timeout: 90_000 }, () => {
  for (const file of ['shanghai-sample.osm', 'shanghai-sample.osm.pbf', 'shanghai-sample.json']) {
    it(`reads ${file} and replaces approximate features, keeping their ids`, async () => {
      const layers = layersWithoutOsm2025();
      const report = mergeOsm(layers, await readExtract(fixture(file)));
      expect(report).toEqual(EXPECTED);
      const park = layers.get('parks')?.find((f) => f.properties.name_zh === '世纪公园');
      expect(park?.properties).toMatchObject({
        id: 'city-park-1',
        accuracy: 'surveyed',
        licence: 'ODbL-1.0',
        park_kind: 'city-park',
      });
      expect(park?.properties.source).toContain('OpenStreetMap extract');
      const pujiang = layers.get('rail-lines')?.find((f) => f.properties.id === 'pujiang-line');
      expect(pujiang?.properties).toMatchObject({ accuracy: 'surveyed', status: 'operating', name_zh: '浦江线' });
      expect(layers.get('rail-stations')?.some((s) => s.properties.name_en === 'Test Station')).toBe(true);
    });
  }
});

describe('a newer extract refreshes what an older one surveyed', { timeout: 90_000 }, () => {
  it('redraws a surveyed park by its OSM id and one by its name, keeps their ids, and says so', async () => {
    const layers = freshLayers();
    const report = mergeOsm(layers, await readExtract(fixture('newer-parks.osm')));
    expect(report.parks).toMatchObject({ added: 1, refreshed: 2 });
    const parks = layers.get('parks') ?? [];
    for (const [id, name] of [
      ['city-park-2', '共青森林公园'],
      ['city-park-1', '世纪公园'],
    ]) {
      const park = parks.find((f) => f.properties.id === id);
      expect(park?.properties).toMatchObject({ name_zh: name, accuracy: 'surveyed' });
      expect(park?.properties.source).toContain('newer-parks.osm (2026-11-01');
      expect(park?.properties.note).toContain('Refreshed from a newer extract (was shared/geo-sources/osm-2025');
    }
    // Rings of the fixture: 4 corners and the closing vertex.
    const refreshedPark = parks.find((f) => f.properties.id === 'city-park-2');
    expect((refreshedPark?.geometry as Polygon | undefined)?.coordinates[0]).toHaveLength(5);
  });
  it('leaves surveyed features alone when the extract is not known to be newer', async () => {
    const layers = freshLayers();
    const report = mergeOsm(layers, await readExtract(fixture('shanghai-sample.json')));
    expect(Object.values(report).every((r) => r.refreshed === 0)).toBe(true);
  });
  it('reads the date of the extract a feature came from, never an OSM id', () => {
    expect(dateIn('metro-stations.osm-geofabrik-260728.wgs84.geojson (OpenStreetMap node 9836022368)')).toBe(
      '2026-07-28',
    );
    expect(dateIn('OpenStreetMap node 9836022368, Geofabrik 2026-07-28')).toBe('2026-07-28');
    expect(dateIn('green-areas.osm-geofabrik-20250318.wgs84.geojson, way/123')).toBe('2025-03-18');
    expect(dateIn('relation 12979871')).toBeNull();
  });
  it('knows the extract date of every surveyed feature a newer extract may refresh', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const layerId of ['river-lines', 'base-water', 'parks', 'rail-lines', 'rail-stations']) {
      const geo = JSON.parse(
        readFileSync(join(import.meta.dirname, '..', '..', '..', 'geo', `${layerId}.geojson`), 'utf8'),
      );
      for (const f of geo.features.filter(
        (g: { properties: { accuracy: string } }) => g.properties.accuracy === 'surveyed',
      )) {
        const date = dateIn(f.properties.source);
        expect(date !== null && date >= '2010-01-01' && date <= today, `${layerId} ${f.properties.id}: ${date}`).toBe(
          true,
        );
      }
    }
  });
});

describe('bad extracts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'osm-bad-'));
  const write = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('names what is wrong', async () => {
    await expect(readExtract(write('not-osm.osm', '<gpx></gpx>'))).rejects.toThrow('not an OSM XML file');
    const pbf = readFileSync(fixture('shanghai-sample.osm.pbf'));
    await expect(readExtract(write('cut.osm.pbf', pbf.subarray(0, 60)))).rejects.toThrow();
    await expect(readExtract(write('beijing.osm', '<osm><node id="1" lat="39.9" lon="116.4"/></osm>'))).rejects.toThrow(
      'no data in the Shanghai area',
    );
    await expect(readExtract(write('bad.json', '{"elements": 3}'))).rejects.toThrow('no "elements" array');
    const empty = await readExtract(write('bare.osm', '<osm><node id="1" lat="31.2" lon="121.4"/></osm>'));
    expect(() => mergeOsm(freshLayers(), empty)).toThrow('no water, park or rail features');
  });

  it('leaves the output folder untouched when the extract is bad', () => {
    const out = mkdtempSync(join(tmpdir(), 'geo-out-'));
    writeFileSync(join(out, 'sentinel.txt'), 'before');
    let code = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/build-geo/index.ts', '--osm', write('x.osm', '<html/>'), '--out', out], {
        stdio: 'pipe',
      });
    } catch (error) {
      code = (error as { status: number }).status;
    }
    expect(code).toBe(1);
    expect(readdirSync(out)).toEqual(['sentinel.txt']);
  }, 90_000);
});
