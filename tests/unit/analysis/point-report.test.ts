import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaAt, compass, inShanghai, pointReport, zoomToSee } from '../../../src/analysis/point-report';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** Degrees of latitude and longitude per metre at 31.2° N. */
const LAT = 1 / 111_320;
const LON = 1 / (111_320 * Math.cos((31.2 * Math.PI) / 180));
const HERE: [number, number] = [121.4, 31.2];
const at = (east: number, north: number): [number, number] => [HERE[0] + east * LON, HERE[1] + north * LAT];

const box = (id: string, w: number, s: number, e: number, n: number, extra = {}): AnyFeature => ({
  type: 'Feature',
  properties: { id, ...extra },
  geometry: { type: 'Polygon', coordinates: [[at(w, s), at(e, s), at(e, n), at(w, n), at(w, s)]] },
});
const dot = (id: string, east: number, north: number, extra = {}): AnyFeature => ({
  type: 'Feature',
  properties: { id, ...extra },
  geometry: { type: 'Point', coordinates: at(east, north) },
});

const data = new Map<string, AnyFeature[]>([
  [
    'areas',
    [
      box('zone', -5000, -5000, 5000, 5000),
      box('town', -500, -500, 500, 500),
      // Its drawn edge is 500 m east; its error radius (1 km) reaches the point.
      box('vague-area', 500, -1000, 2000, 1000, { accuracy_m: 1000 }),
    ],
  ],
  [
    'dots',
    [
      dot('vague-dot', 0, 600, { accuracy_m: 800 }),
      dot('far-vague-dot', 2000, 0, { accuracy_m: 3000 }),
      dot('exact-enough-dot', 700, 0, { accuracy_m: 300 }),
    ],
  ],
  ['stations', [dot('ne', 297, 297), dot('west', -900, 0), dot('south-far', 0, -1500)]],
  [
    'lines',
    [
      {
        type: 'Feature',
        properties: { id: 'line-south' },
        geometry: { type: 'LineString', coordinates: [at(-3000, -200), at(3000, -200)] },
      },
    ],
  ],
]);
const layers = ['areas', 'dots', 'stations', 'lines'];

describe('pointReport', () => {
  const report = pointReport(HERE, data, { layers });
  const rows = report.map((item) => [item.feature.properties.id, item.relation, item.direction]);

  it('lists the areas it is in (smallest first), then the error radii reaching it, then what is nearby, nearest first', () => {
    expect(rows).toEqual([
      ['town', 'inside', null],
      ['zone', 'inside', null],
      ['vague-area', 'near', 'E'],
      ['vague-dot', 'near', 'N'],
      ['far-vague-dot', 'near', 'E'],
      ['line-south', 'nearby', 'S'],
      ['ne', 'nearby', 'NE'],
      ['exact-enough-dot', 'nearby', 'E'],
      ['west', 'nearby', 'W'],
    ]);
  });

  it('measures geodesic distances in metres and records each item’s error radius', () => {
    const byId = new Map(report.map((item) => [item.feature.properties.id, item]));
    expect(byId.get('town')?.distanceM).toBe(0);
    expect(byId.get('ne')?.distanceM).toBeGreaterThanOrEqual(415);
    expect(byId.get('ne')?.distanceM).toBeLessThanOrEqual(425);
    expect(byId.get('line-south')?.distanceM).toBeCloseTo(200, -1);
    expect(byId.get('west')?.distanceM).toBeCloseTo(900, -1);
    expect(byId.get('vague-area')?.errorM).toBe(1000);
    expect(byId.get('west')?.errorM).toBeNull();
  });

  it('widens with the radius the user sets, and narrows too', () => {
    const wide = pointReport(HERE, data, { layers, radiusM: 2000 }).map((i) => i.feature.properties.id);
    expect(wide).toContain('south-far');
    const narrow = pointReport(HERE, data, { layers, radiusM: 300 }).map((i) => i.feature.properties.id);
    // Error radii still reach; the ordinary dots beyond 300 m drop out.
    expect(narrow).toEqual(['town', 'zone', 'vague-area', 'vague-dot', 'far-vague-dot', 'line-south']);
  });

  it('finds nothing far from everything', () => {
    expect(pointReport(at(20_000, 20_000), data, { layers })).toEqual([]);
  });
});

describe('compass', () => {
  it('names the eight directions, whatever the bearing’s range', () => {
    expect([0, 44, 46, 90, 180, -90, -135, 359, 337].map(compass)).toEqual([
      'N',
      'NE',
      'NE',
      'E',
      'S',
      'W',
      'SW',
      'N',
      'NW',
    ]);
  });
});

describe('areaAt', () => {
  it('gives the area holding the point, or nothing', () => {
    const areas = data.get('areas') ?? [];
    expect(areaAt(HERE, areas.slice(1))?.properties.id).toBe('town');
    expect(areaAt(at(9000, 9000), areas)).toBeUndefined();
  });
});

describe('inShanghai', () => {
  it('asks the districts once loaded, the city box before', () => {
    const districts = data.get('areas')?.slice(0, 1) ?? [];
    expect(inShanghai(HERE, districts)).toBe(true);
    expect(inShanghai(at(9000, 0), districts)).toBe(false);
    expect(inShanghai([121.47, 31.23], [])).toBe(true);
    expect(inShanghai([116.4, 39.9], [])).toBe(false);
  });
});

describe('zoomToSee', () => {
  it('zooms to 14 for a kilometre, one step out for each doubling', () => {
    expect(zoomToSee(1000)).toBe(14);
    expect(zoomToSee(2000)).toBe(13);
    expect(zoomToSee(500)).toBe(15);
    expect(zoomToSee(100_000)).toBe(10);
  });
});
