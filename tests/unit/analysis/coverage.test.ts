import * as turf from '@turf/turf';
import type { Feature, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { naiveShares } from '../../../bench/naive-coverage';
import { type CoverageArea, coverage, uncoveredShape } from '../../../src/analysis/coverage';
import { areasFor, facilitiesFor } from '../../../src/analysis/inputs';
import { formatArea, formatLength, lineLengthM, ringAreaM2 } from '../../../src/analysis/measure';
import { nearest } from '../../../src/analysis/nearest';
import { loadRepository } from '../../../src/cli/load';

const square = (w: number, s: number, e: number, n: number): Polygon => turf.bboxPolygon([w, s, e, n]).geometry;
const area = (shape: Polygon, population: number | null = 1000): CoverageArea => ({
  id: 'a',
  name_zh: '甲',
  name_en: 'A',
  shape,
  population,
});

describe('coverage (hand-known answers)', () => {
  it('a square half inside a facility area is 50 % covered, and so is its population', () => {
    const district = square(121.0, 31.0, 121.02, 31.02);
    const westHalf = turf.feature(square(120.9, 30.9, 121.01, 31.1));
    const result = coverage([area(district)], [westHalf], { radiusM: 0, targetCells: 40_000 });
    expect(result.rows[0]?.share).toBeCloseTo(0.5, 2);
    expect(result.rows[0]?.covered_population).toBeCloseTo(500, -1);
    expect(result.rows[0]?.area_km2).toBeCloseTo(turf.area(district) / 1e6, 2);
  });

  it('one station in a large square covers π r²', () => {
    const district = square(121.0, 31.0, 121.1, 31.1);
    const station = turf.point([121.05, 31.05]);
    const result = coverage([area(district)], [station], { radiusM: 800, targetCells: 200_000 });
    const expectedKm2 = Math.PI * 0.8 ** 2;
    expect(Math.abs((result.rows[0]?.covered_km2 ?? 0) - expectedKm2) / expectedKm2).toBeLessThan(0.02);
  });

  it('leaves holes out and reports unknown population as unknown', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [
        square(121.0, 31.0, 121.04, 31.04).coordinates[0] ?? [],
        square(121.0, 31.0, 121.02, 31.04).coordinates[0] ?? [],
      ],
    };
    const everywhere = turf.feature(square(120, 30, 122, 32));
    const result = coverage([area(withHole, null)], [everywhere], { radiusM: 0 });
    expect(result.rows[0]?.share).toBeCloseTo(1, 3);
    expect(result.rows[0]?.covered_population).toBeNull();
  });

  it('draws the uncovered part', () => {
    const district = square(121.0, 31.0, 121.02, 31.02);
    const result = coverage([area(district)], [turf.feature(square(120.9, 30.9, 121.01, 31.1))], {
      radiusM: 0,
      targetCells: 10_000,
    });
    const uncoveredKm2 = turf.area(uncoveredShape(result)) / 1e6;
    expect(uncoveredKm2).toBeCloseTo((result.rows[0]?.area_km2 ?? 0) / 2, 1);
  });
});

describe('coverage on the real layers', () => {
  const { layers } = loadRepository();

  it('agrees with the plain turf way within 0.5 percentage points (central districts, 800 m)', () => {
    const areas = areasFor('districts', layers).filter((a) => ['huangpu', 'jingan', 'xuhui'].includes(a.id));
    const stations = facilitiesFor('rail-stations', layers) as Feature<Point>[];
    const nearby = stations.filter((s) => {
      const [x = 0, y = 0] = s.geometry.coordinates;
      return x > 121.38 && x < 121.55 && y > 31.15 && y < 31.3;
    });
    const fast = coverage(areas, nearby, { radiusM: 800, targetCells: 30_000 });
    const naive = naiveShares(areas, nearby, 800, fast.grid);
    for (const [i, row] of fast.rows.entries())
      expect(Math.abs(row.share - (naive[i] ?? 0)), row.id).toBeLessThan(0.005);
  });

  it('gives new towns more station coverage once planned lines open', () => {
    const towns = areasFor('new-towns', layers);
    const today = coverage(towns, facilitiesFor('rail-stations', layers, ['operating']), { radiusM: 800 });
    const later = coverage(
      towns,
      facilitiesFor('rail-stations', layers, ['operating', 'under-construction', 'planned']),
      {
        radiusM: 800,
      },
    );
    const jiading = (r: typeof today) => r.rows.find((row) => row.id === 'new-town-jiading')?.share ?? 0;
    expect(jiading(later)).toBeGreaterThan(jiading(today));
    expect(towns.every((t) => t.population !== null && t.population > 0)).toBe(true);
  });
});

describe('measure', () => {
  it('measures a degree of latitude and a small square geodesically', () => {
    expect(
      lineLengthM([
        [121, 31],
        [121, 32],
      ]),
    ).toBeCloseTo(111_195, -2);
    expect(
      ringAreaM2([
        [0, 0],
        [0.01, 0],
        [0.01, 0.01],
        [0, 0.01],
      ]),
    ).toBeCloseTo(1_236_000, -4);
    expect(lineLengthM([[121, 31]])).toBe(0);
  });

  it('formats m/km and m²/km²/公顷', () => {
    expect(formatLength(850, 'en')).toBe('850 m');
    expect(formatLength(12_345, 'en')).toBe('12.35 km');
    expect(formatArea(2_500_000, 'zh')).toBe('2.5 km² · 250 公顷');
    expect(formatArea(900, 'en')).toBe('900 m²');
  });
});

describe('nearest', () => {
  it('finds the nearest point and the edge of the nearest area', () => {
    const candidates = [
      turf.point([121.0, 31.0], { id: 'a', name_zh: '甲', name_en: 'A' }),
      turf.point([121.01, 31.0], { id: 'b', name_zh: '乙', name_en: 'B' }),
    ];
    expect(nearest([121.009, 31.0], candidates)?.featureId).toBe('b');
    const park = turf.feature(square(121.0, 31.0, 121.01, 31.01), { id: 'p', name_zh: '园', name_en: 'P' });
    const hit = nearest([121.02, 31.005], [park]);
    expect(hit?.to[0]).toBeCloseTo(121.01, 5);
    expect(hit?.distanceM).toBeCloseTo(954, -1);
    expect(nearest([121.005, 31.005], [park])?.distanceM).toBe(0);
  });
});

describe('analysis CLI', () => {
  it('coverage prints one row per area with the documented fields', async () => {
    const { run } = await import('../../../src/cli/index');
    const out = JSON.parse(
      run(['coverage', '--facilities', 'rail-stations', '--radius', '800', '--by', 'districts', '--json']).out,
    ) as {
      areas: Record<string, unknown>[];
    };
    expect(out.areas).toHaveLength(16);
    expect(Object.keys(out.areas[0] ?? {}).sort()).toEqual(
      ['area_km2', 'covered_km2', 'covered_population', 'id', 'name_en', 'name_zh', 'population', 'share'].sort(),
    );
    const huangpu = out.areas.find((a) => a.id === 'huangpu');
    expect(Number(huangpu?.share)).toBeGreaterThan(0.9);
  });

  it('nearest names a station, a park and an industrial park with distances', async () => {
    const { run } = await import('../../../src/cli/index');
    const out = JSON.parse(
      run(['nearest', '--lon', '121.4733', '--lat', '31.233', '--with', 'plans', '--json']).out,
    ) as Record<string, { name_zh: string; distanceM: number }>;
    expect(out.station?.distanceM).toBeLessThan(600);
    expect(out.park?.name_zh).toBe('人民公园');
    expect(out.industrial_park?.distanceM).toBeGreaterThan(0);
  });

  it('nearest of every mapped park: from Xujiahui a park within 1 km, where the plans’ nearest is 3.4 km', async () => {
    const { run } = await import('../../../src/cli/index');
    const nearestPark = (using: string) =>
      (
        JSON.parse(run(['nearest', '--lon', '121.4365', '--lat', '31.1955', '--with', using, '--json']).out) as {
          park: { name_zh: string; distanceM: number };
        }
      ).park;
    expect(nearestPark('osm').distanceM).toBeLessThan(1000);
    expect(nearestPark('plans').distanceM).toBeGreaterThan(3000);
  });

  it('coverage with an OSM class and with files of one’s own', async () => {
    const { run } = await import('../../../src/cli/index');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const parks = JSON.parse(
      run(['coverage', '--facilities', 'osm-parks-1ha', '--radius', '500', '--by', 'districts', '--json']).out,
    ) as { areas: { id: string; share: number }[]; assumptions: string[] };
    expect(parks.areas.find((a) => a.id === 'huangpu')?.share).toBeGreaterThan(0.5);
    expect(parks.assumptions.join(' ')).toContain('OpenStreetMap');
    const dir = mkdtempSync(join(tmpdir(), 'cov-'));
    const school = join(dir, 'schools.geojson');
    const study = join(dir, 'study.geojson');
    writeFileSync(
      school,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [121.45, 31.2] } }],
      }),
    );
    // A square of about 1.9 × 2.2 km around the school: 500 m reaches π·0.25 of its ~4.2 km².
    writeFileSync(
      study,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'study' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [121.44, 31.19],
                  [121.46, 31.19],
                  [121.46, 31.21],
                  [121.44, 31.21],
                  [121.44, 31.19],
                ],
              ],
            },
          },
        ],
      }),
    );
    const mine = JSON.parse(
      run(['coverage', '--facilities-file', school, '--radius', '500', '--areas-file', study, '--json']).out,
    ) as { areas: { share: number; area_km2: number }[] };
    const share = mine.areas[0]?.share ?? 0;
    const expected = (Math.PI * 0.25) / (mine.areas[0]?.area_km2 ?? 1);
    expect(Math.abs(share - expected)).toBeLessThan(0.01);
  });

  it('targets lists every target with its passage, measured or with the reason it cannot be', async () => {
    const { run } = await import('../../../src/cli/index');
    const rows = JSON.parse(run(['targets', '--json']).out) as {
      id: string;
      paragraph_id: string | null;
      testable: boolean;
      measured: { en: string } | null;
      reason: { en: string } | null;
    }[];
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      expect(row.paragraph_id, row.id).toBeTruthy();
      expect(row.testable ? row.measured?.en : row.reason?.en, row.id).toBeTruthy();
    }
  });

  it('rejects bad input with usage and exit code 2', async () => {
    const { run } = await import('../../../src/cli/index');
    expect(run(['coverage', '--facilities', 'x', '--radius', '800', '--by', 'districts']).code).toBe(2);
    expect(run(['coverage', '--facilities', 'parks', '--radius', '-5', '--by', 'districts']).err).toContain('--radius');
    expect(run(['coverage', '--facilities', 'parks', '--radius', '800', '--by', 'towns']).code).toBe(2);
    expect(
      run(['coverage', '--facilities', 'rail-stations', '--radius', '800', '--by', 'districts', '--status', 'dreamt'])
        .code,
    ).toBe(2);
    expect(run(['nearest', '--lon', '121.4']).err).toContain('--lat');
  });
});

describe('export', () => {
  it('quotes CSV fields that need it', async () => {
    const { toCsv } = await import('../../../src/data/csv');
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          [null, 3],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n,3\r\n');
  });
});
