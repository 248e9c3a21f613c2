import { readFileSync } from 'node:fs';
import gcoord from 'gcoord';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { chooseDatum, type DatumChoice, type ReferenceSet } from '../../../src/data/datum-hint';
import { decodeStreetSamples, referenceFrom } from '../../../src/data/datum-reference';
import type { Datum } from '../../../src/data/import-file';
import { datumSentence } from '../../../src/ui/import-messages';

const layer = (file: string) => JSON.parse(readFileSync(`geo/${file}`, 'utf8')) as FeatureCollection<Geometry>;
const streetsFile = readFileSync('public/reference/streets-central.bin');

/** What the browser measures against: the committed street samples and the map's own layers. */
const REFERENCES: ReferenceSet[] = [
  decodeStreetSamples(
    streetsFile.buffer.slice(streetsFile.byteOffset, streetsFile.byteOffset + streetsFile.byteLength),
  ),
  referenceFrom('stations', layer('rail-stations.geojson').features),
  referenceFrom('water', [...layer('base-water.geojson').features, ...layer('river-lines.geojson').features]),
  referenceFrom('borders', layer('base-districts.geojson').features),
];

const STATIONS = layer('rail-stations.geojson').features.map(
  (f) => (f.geometry as { coordinates: Position }).coordinates,
);
/** Street vertices from another survey (OSMnx, 2026) than the samples (Overpass, 2025): real WGS84 points. */
const STREET_POINTS = (
  JSON.parse(
    readFileSync('../shared/geo-sources/osm-2025/roads-peoples-square.osm-osmnx-20260721.wgs84.geojson', 'utf8'),
  ) as FeatureCollection<Geometry>
).features.flatMap((f) => (f.geometry.type === 'LineString' ? f.geometry.coordinates : []));

const as = (datum: Datum, points: readonly Position[]): Position[] =>
  datum === 'WGS84'
    ? [...points]
    : points.map(
        (p) =>
          gcoord.transform(
            p as [number, number],
            gcoord.WGS84,
            datum === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09,
          ) as Position,
      );

/** Every k-th point from an offset: a fixed, spread-out sample. */
const every = (points: readonly Position[], k: number, from = 0, n = 20) =>
  Array.from({ length: n }, (_, i) => points[(from + i * k) % points.length] as Position);

const decision = (choice: DatumChoice) => (choice.strength === 'none' ? 'none' : `${choice.strength} ${choice.datum}`);

describe('chooseDatum', () => {
  it('finds WGS84, GCJ-02 and BD-09 in station points made from the map’s own stations', () => {
    for (const datum of ['WGS84', 'GCJ02', 'BD09'] as const) {
      for (const from of [0, 7, 13]) {
        const choice = chooseDatum(as(datum, every(STATIONS, 17, from)), REFERENCES);
        expect(decision(choice), `${datum} from ${from}`).toBe(`clear ${datum}`);
      }
    }
  });

  it('finds the datum of points on streets (another survey than its street samples)', () => {
    for (const datum of ['WGS84', 'GCJ02', 'BD09'] as const) {
      const choice = chooseDatum(as(datum, every(STREET_POINTS, 31, 5, 40)), REFERENCES);
      expect(decision(choice), datum).toBe(`clear ${datum}`);
      expect(choice.strength === 'clear' && choice.evidence.kind).toBe('streets');
    }
  });

  it('says the evidence is weak for a mixed set (half WGS84, half GCJ-02), keeping WGS84', () => {
    const mixed = [...every(STATIONS, 17, 0, 10), ...as('GCJ02', every(STATIONS, 17, 3, 10))];
    const choice = chooseDatum(mixed, REFERENCES);
    expect(decision(choice)).toBe('weak WGS84');
    expect(choice.strength === 'weak' && choice.evidence.agreement).toBeLessThan(0.65);
  });

  it('never proposes a conversion for points that sit on nothing (a grid over the centre)', () => {
    const grid: Position[] = [];
    for (let lon = 121.3; lon <= 121.6; lon += 0.0137)
      for (let lat = 31.1; lat <= 31.35; lat += 0.0113) grid.push([lon, lat]);
    for (let from = 0; from < 30; from++) {
      const choice = chooseDatum(every(grid, 7, from, 12), REFERENCES);
      expect(choice.strength === 'clear' && choice.datum !== 'WGS84', `group ${from}`).toBe(false);
    }
  });

  it('says there is no evidence far from every reference (Beijing), or for no points', () => {
    const beijing: Position[] = [
      [116.397, 39.908],
      [116.31, 39.99],
      [116.45, 39.92],
      [116.36, 39.87],
      [116.42, 39.95],
    ];
    expect(chooseDatum(beijing, REFERENCES)).toEqual({ strength: 'none', datum: 'WGS84' });
    expect(chooseDatum([], REFERENCES)).toEqual({ strength: 'none', datum: 'WGS84' });
  });

  it('on a hand-made reference: points on it, and the same points shifted into GCJ-02', () => {
    // A 100 m grid of reference points around People's Square; points exactly on it.
    const grid: Position[] = [];
    for (let i = 0; i < 40; i++) for (let j = 0; j < 40; j++) grid.push([121.45 + i * 0.00105, 31.21 + j * 0.0009]);
    const reference: ReferenceSet[] = [{ kind: 'stations', points: grid }];
    const points = every(grid, 37, 0, 12);
    expect(decision(chooseDatum(points, reference))).toBe('clear WGS84');
    expect(decision(chooseDatum(as('GCJ02', points), reference))).toBe('clear GCJ02');
  });
});

describe('datumSentence', () => {
  it('gives the evidence in one sentence, in both languages', () => {
    const choice = chooseDatum(as('GCJ02', every(STATIONS, 17)), REFERENCES);
    expect(datumSentence(choice, 'en')).toMatch(
      /^Points sit \d+× closer to stations read as GCJ-02 \(median (<10|\d+) m, against \d+ m as (WGS84|BD-09); 100% of points agree\): GCJ-02 proposed/,
    );
    expect(datumSentence(choice, 'zh')).toMatch(/^按 GCJ-02 读取时，这些点距车站近 \d+ 倍/);
    const mixed = chooseDatum([...every(STATIONS, 17, 0, 10), ...as('GCJ02', every(STATIONS, 17, 3, 10))], REFERENCES);
    expect(datumSentence(mixed, 'en')).toMatch(/^Weak evidence: .*% of them agree\); WGS84 kept/);
    expect(datumSentence({ strength: 'none', datum: 'WGS84' }, 'zh')).toContain('暂按 WGS84');
  });
});

describe('a file as an analyst has it', () => {
  it('a GB18030 CSV of AMap (GCJ-02) station points gets GCJ-02 proposed', async () => {
    const { readUserFile } = await import('../../../src/data/read-file');
    const { samplePoints } = await import('../../../src/data/import-file');
    const bytes = readFileSync('tests/fixtures/import/gcj02-stations-gb18030.csv');
    const read = await readUserFile('高德站点.csv', bytes, {}, { parseXml: () => ({}) as Document });
    expect(read.ok && read.collection.features[0]?.properties).toEqual({ 名称: '锦江乐园', 线路: '1号线' });
    const choice = read.ok ? chooseDatum(samplePoints(read.collection), REFERENCES) : null;
    expect(choice && decision(choice)).toBe('clear GCJ02');
  });
});
