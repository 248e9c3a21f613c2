import * as turf from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { coverage } from '../../../src/analysis/coverage';
import { areasFromLayer, facilitiesFor } from '../../../src/analysis/inputs';
import { nearest, nearestFacilities } from '../../../src/analysis/nearest';
import { type CompactCollection, expandClass, osmClass } from '../../../src/analysis/osm-classes';
import { loadOsmClass } from '../../../src/cli/analysis-commands';

/** A class by id, expanded from the fixture; an unknown id fails the test. */
function expand(id: string) {
  const cls = osmClass(id);
  if (!cls) throw new Error(`no class ${id}`);
  return expandClass(cls, parks);
}

const square = (w: number, s: number, e: number, n: number): Polygon => turf.bboxPolygon([w, s, e, n]).geometry;

/** Three parks east of the query point at 121.00, 31.00: small and near, middle, large and far. */
const parks: CompactCollection = {
  type: 'FeatureCollection',
  meta: { source: 'test extract', licence: 'ODbL-1.0', accuracy: 'surveyed', date: '2025-03-18' },
  features: [
    {
      type: 'Feature',
      properties: { id: 'p-small', name: '', ha: 0.2 },
      geometry: square(121.002, 30.9995, 121.0025, 31.0),
    },
    {
      type: 'Feature',
      properties: { id: 'p-mid', name: '中园', ha: 0.5 },
      geometry: square(121.005, 30.999, 121.006, 31.001),
    },
    {
      type: 'Feature',
      properties: { id: 'p-big', name: '大园', ha: 40 },
      geometry: square(121.02, 30.99, 121.03, 31.01),
    },
  ],
};

describe('OSM facility classes', () => {
  it('keeps parks above the chosen size, with source, licence and accuracy on every feature', () => {
    const all = expand('osm-parks');
    const big = expand('osm-parks-1ha');
    const mid = expand('osm-parks-0.3ha');
    expect(all.map((f) => f.properties.id)).toEqual(['p-small', 'p-mid', 'p-big']);
    expect(mid.map((f) => f.properties.id)).toEqual(['p-mid', 'p-big']);
    expect(big.map((f) => f.properties.id)).toEqual(['p-big']);
    for (const f of all) {
      expect(f.properties.source).toBe('test extract');
      expect(f.properties.licence).toBe('ODbL-1.0');
      expect(f.properties.accuracy).toBe('surveyed');
    }
    expect(all[0]?.properties.name_en).toBe('Unnamed park (OSM)');
    expect(all[1]?.properties.name_zh).toBe('中园');
  });

  it('nearest park: every mapped one, or only the plans’ own, or only parks ≥ 1 ha', () => {
    const from: [number, number] = [121.0, 31.0];
    const planPark = turf.feature(square(121.03, 31.03, 121.04, 31.04), {
      id: 'plan-park',
      name_zh: '规划园',
      name_en: 'Plan park',
    });
    const layers = new Map<string, Feature[]>([['parks', [planPark]]]);
    const osm = new Map([['osm-parks', expand('osm-parks') as Feature[]]]);
    const visible = new Set(['parks']);
    const every = nearestFacilities(
      from,
      { visible, nearestWith: 'osm', osmClasses: osm },
      (id) => layers.get(id) ?? [],
    );
    const park = every.hits.find((h) => h.kind === 'park');
    expect(park?.featureId).toBe('p-small');
    // 0.002° of longitude at 31° N is about 191 m.
    expect(park?.distanceM).toBeGreaterThan(185);
    expect(park?.distanceM).toBeLessThan(197);
    const plans = nearestFacilities(
      from,
      { visible, nearestWith: 'plans', osmClasses: osm },
      (id) => layers.get(id) ?? [],
    );
    expect(plans.hits.find((h) => h.kind === 'park')?.featureId).toBe('plan-park');
    const hidden = nearestFacilities(from, { visible: new Set(), nearestWith: 'plans' }, (id) => layers.get(id) ?? []);
    expect(hidden.hits).toHaveLength(0);
    const big = new Map([['osm-parks', expand('osm-parks-1ha') as Feature[]]]);
    const far = nearestFacilities(from, { visible, nearestWith: 'osm', osmClasses: big }, () => []);
    expect(far.hits[0]?.featureId).toBe('p-big');
  });

  it('nearest searching by bounding box first finds what trying every park finds', () => {
    const real = loadOsmClass('osm-parks') as Feature<Polygon, { id: string; name_zh: string; name_en: string }>[];
    for (const from of [
      [121.4365, 31.1955],
      [121.25, 31.05],
      [121.8, 31.4],
    ]) {
      const fast = nearest(from, real);
      const every = Math.min(...real.map((park) => nearest(from, [park])?.distanceM ?? Number.POSITIVE_INFINITY));
      expect(fast?.distanceM).toBe(every);
    }
  });

  it('nearest in an imported layer, and an imported polygon as an area to report on', () => {
    const school = turf.point([121.0, 31.009], { id: 's1', name_zh: '学校', name_en: 'School' });
    const mine = new Map<string, Feature[]>([['import-schools', [school]]]);
    const result = nearestFacilities(
      [121.0, 31.0],
      { visible: new Set(), nearestWith: 'import-schools' },
      (id) => mine.get(id) ?? [],
    );
    expect(result.hits[0]?.kind).toBe('imported');
    expect(result.hits[0]?.distanceM).toBeCloseTo(1001, -1);
    const study = areasFromLayer([turf.feature(square(121, 31, 121.01, 31.01), { name: '研究区' }), school], 'area');
    expect(study).toHaveLength(1);
    expect(study[0]?.name_zh).toBe('研究区');
    expect(study[0]?.population).toBeNull();
  });

  it('coverage with park polygons: area within r of a square is the square + perimeter × r + π r²', () => {
    const district = {
      id: 'd',
      name_zh: '区',
      name_en: 'D',
      shape: square(120.9, 30.9, 121.1, 31.1),
      population: 1000,
    };
    const data = new Map([['osm-parks-1ha', expand('osm-parks-1ha') as never]]);
    const big = facilitiesFor('osm-parks-1ha', data);
    expect(big).toHaveLength(1);
    const r = 0.5;
    const [facility] = big;
    if (!facility) throw new Error('no park ≥ 1 ha');
    const park = turf.area(facility) / 1e6;
    const perimeter = turf.length(turf.polygonToLine(facility as Feature<Polygon>) as never);
    const expected = park + perimeter * r + Math.PI * r * r;
    const result = coverage([district], big, { radiusM: r * 1000, targetCells: 400_000 });
    expect(Math.abs((result.rows[0]?.covered_km2 ?? 0) - expected) / expected).toBeLessThan(0.02);
  });
});
