import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CoverageArea } from '../../../src/analysis/coverage';
import { countParks, coveredArea, reach } from '../../../src/analysis/targets';
import { loadRepository } from '../../../src/cli/load';
import { PLAN_TARGETS, targetRows, targetSentence } from '../../../src/content/plan-targets';

const square = (w: number, s: number, e: number, n: number): Polygon => turf.bboxPolygon([w, s, e, n]).geometry;
const district = (id: string, shape: Polygon, population: number | null): CoverageArea => ({
  id,
  name_zh: id,
  name_en: id,
  shape,
  population,
});

describe('target measures on fixtures with known answers', () => {
  // Two districts of equal size side by side; the west one has a park over its west half.
  const west = district('west', square(121.0, 31.0, 121.02, 31.02), 3000);
  const east = district('east', square(121.02, 31.0, 121.04, 31.02), 1000);
  const park = turf.feature(square(121.0, 31.0, 121.01, 31.02));

  it('green reach at 0 m: half of the west district, a quarter of the land, 3/8 of the residents', () => {
    const result = reach([west, east], [park], 0, 100_000);
    expect(result.areas.find((a) => a.id === 'west')?.share).toBeCloseTo(0.5, 2);
    expect(result.areas.find((a) => a.id === 'east')?.share).toBe(0);
    expect(result.area_share).toBeCloseTo(0.25, 2);
    // 1500 of 4000 residents, each district's residents spread evenly.
    expect(result.resident_share).toBeCloseTo(0.375, 2);
  });

  it('green reach grows with the radius by the strip it adds (500 m of a 0.0171° wide district)', () => {
    const result = reach([west, east], [park], 500, 200_000);
    // The park's east edge is at 121.01; 500 m east at 31° N is ~0.00524°: west district covered to 121.0152.
    expect(result.areas.find((a) => a.id === 'west')?.share).toBeCloseTo(0.762, 1);
    expect(result.resident_share).not.toBeNull();
  });

  it('covered area counts overlaps once and clips to the areas', () => {
    const a = square(121.0, 31.0, 121.01, 31.02);
    const b = square(121.005, 31.0, 121.015, 31.02);
    const outside = square(122, 32, 122.01, 32.01);
    const result = coveredArea([west], [a, b, outside], 100_000);
    expect(result.share).toBeCloseTo(0.75, 2);
    expect(result.total_km2).toBeCloseTo(turf.area(west.shape) / 1e6, 1);
  });

  it('counts parks several ways', () => {
    const count = countParks([
      { name: '甲园', ha: 0.2 },
      { name: '甲园', ha: 2 },
      { name: '', ha: 0.5 },
    ]);
    expect(count).toEqual({ features: 3, named: 2, distinct_names: 1, at_least_0_3ha: 2, at_least_1ha: 1 });
  });

  it('finds the sentence stating a target', () => {
    expect(targetSentence('前文。到 2025 年公园增至 1000 座以上，基本实现。后文。', '公园增至1000座')).toBe(
      '到 2025 年公园增至 1000 座以上，基本实现。',
    );
  });
});

describe('plan targets against the real texts', () => {
  it('every target is found in its plan, and testable ones have method, data and uncertainty', () => {
    const { index } = loadRepository();
    const measures = {
      osm_date: '2025-03-18',
      green_reach: [],
      parks: { features: 1, named: 1, distinct_names: 1, at_least_0_3ha: 1, at_least_1ha: 1 },
      park_land_km2: 1,
      park_m2_per_resident: 1,
      forest: { covered_km2: 1, total_km2: 2, share: 0.5 },
      population_2020: 1,
      new_towns: [],
    };
    const rows = targetRows(index, measures, new Map());
    expect(rows).toHaveLength(PLAN_TARGETS.length);
    for (const row of rows) {
      expect(row.passage?.plan.id, row.spec.id).toBe(row.spec.planId);
      if (row.spec.reason) expect(row.spec.reason.zh && row.spec.reason.en).toBeTruthy();
      else
        for (const key of ['method', 'data', 'uncertainty'] as const)
          expect(row.spec[key]?.en, `${row.spec.id} ${key}`).toBeTruthy();
    }
    expect(rows.filter((r) => r.spec.reason).length).toBeGreaterThanOrEqual(5);
    expect(rows.find((r) => r.spec.id === 'forest-cover')?.measured?.en).toContain('50.0 %');
  });
});
