import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../../scripts/build-geo/data-files';
import { NEW_TOWN_OUTLINES, outlineSpecOf, PLAN12_ONLY_TOWNS } from '../../../scripts/build-geo/hand-drawn/new-towns';
import { CITY_PARKS, COUNTRY_PARK_CENTRES } from '../../../scripts/build-geo/hand-drawn/parks';
import { PLANNED_LINES, plannedLineOf } from '../../../scripts/build-geo/hand-drawn/planned-rail';
import { WATERFRONT_SEGMENTS } from '../../../scripts/build-geo/hand-drawn/waterfront';
import { resolveWaypoint } from '../../../scripts/build-geo/rail';

// townships.geojson and osm-poi-areas.geojson hold copied OSM features with one provenance record, not hand-drawn features.
const COPIED_OSM = new Set(['townships.geojson', 'osm-poi-areas.geojson']);
const geoJsonFiles = readdirSync(DATA_DIR).filter((f) => f.endsWith('.geojson') && !COPIED_OSM.has(f));

describe('hand-drawn geometry as GeoJSON a planner edits in QGIS', () => {
  for (const file of geoJsonFiles) {
    it(`${file}: every feature says where it comes from, that it is approximate, how far off and what to know`, () => {
      const { type, features } = JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
      expect(type).toBe('FeatureCollection');
      for (const { properties } of features) {
        expect(properties.source).toMatch(/\S/);
        expect(properties.accuracy).toBe('approximate');
        expect(properties.accuracy_m).toBeGreaterThan(0);
        expect(properties.note).toMatch(/\S/);
      }
    });
  }

  it('reads the five outlines (one corner per edge), the two 12th-plan markers and their radii', () => {
    expect(Object.keys(NEW_TOWN_OUTLINES)).toEqual(['jiading', 'qingpu', 'songjiang', 'fengxian', 'nanhui']);
    expect(NEW_TOWN_OUTLINES.fengxian?.corners).toEqual([
      [121.416, 30.964],
      [121.53, 30.972],
      [121.53, 30.89],
      [121.442, 30.899],
    ]);
    expect(NEW_TOWN_OUTLINES.fengxian?.straightAccuracyM).toBe(800);
    expect(PLAN12_ONLY_TOWNS.map((t) => [t.id, t.centre, t.accuracyM])).toEqual([
      ['jinshan', [121.335, 30.74], 3000],
      ['chengqiao', [121.4, 31.625], 3000],
    ]);
  });

  it('reads 14 city parks with their ids in order and 7 country-park centres by name', () => {
    expect(CITY_PARKS.map((p) => p.id)).toEqual(Array.from({ length: 14 }, (_, i) => `city-park-${i + 1}`));
    expect(CITY_PARKS[0]).toMatchObject({
      name_zh: '世纪公园',
      centre: [121.551, 31.216],
      area_km2: 1.4,
      accuracyM: 500,
    });
    expect(Object.keys(COUNTRY_PARK_CENTRES)).toHaveLength(7);
    expect(COUNTRY_PARK_CENTRES.廊下郊野公园).toEqual({
      centre: [121.18, 30.8],
      district: 'jinshan',
      placedFrom: 'Langxia town, Jinshan',
      accuracyM: 1500,
    });
  });

  it('reads planned lines as stations and hand-placed points, one vertex each', () => {
    expect(PLANNED_LINES).toHaveLength(12);
    expect(PLANNED_LINES.find((l) => l.id === 'chongming-line')?.waypoints).toEqual([
      { name: '金海路', station: true, at: [121.634452, 31.265346] },
      { name: '长兴岛', station: false, at: [121.7, 31.385] },
      { name: '陈家镇', station: false, at: [121.83, 31.52] },
    ]);
  });

  it('reads waterfront ends, with a bridge road only where one is named', () => {
    expect(WATERFRONT_SEGMENTS).toHaveLength(11);
    const bund = WATERFRONT_SEGMENTS.find((s) => s.id === 'the-bund');
    expect(bund).toMatchObject({ from: [121.4885, 31.2445], to: [121.4975, 31.2265], widthM: 450 });
    expect(bund && 'fromRoad' in bund).toBe(false);
    expect(WATERFRONT_SEGMENTS[0]?.fromRoad).toEqual(['内环高架路']);
  });
});

describe('what the schema cannot see stops the build, naming the file and the record', () => {
  const provenance = { source: 'test', accuracy: 'approximate' as const, accuracy_m: 500, note: 'test' };
  const outline = {
    ...provenance,
    id: 'triangle',
    kind: 'outline' as const,
    name_zh_12th: '三角',
    name_en_12th: 'Triangle',
    edges: [
      { text: '北至甲路', source: 'road' as const, names: ['甲路'] },
      { text: '南至乙河', source: 'river' as const, names: ['乙河'] },
    ],
  };
  const triangle = [
    [121.4, 31.2],
    [121.5, 31.2],
    [121.45, 31.1],
  ];

  it('an outline with a corner more than it has edges', () => {
    expect(() => outlineSpecOf(outline, { type: 'Polygon', coordinates: [[...triangle, [121.4, 31.2]]] })).toThrowError(
      'scripts/build-geo/data/new-towns.geojson: record triangle: 3 corners but 2 edges: corner i starts edge i',
    );
  });
  it('an outline whose ring is not closed', () => {
    expect(() => outlineSpecOf(outline, { type: 'Polygon', coordinates: [triangle] })).toThrowError(
      'record triangle: the ring is not closed',
    );
  });

  const line = {
    ...provenance,
    id: 'test-line',
    name_zh: '测试线',
    name_en: 'Test Line',
    system: 'metro' as const,
    status: 'planned' as const,
    status_source: 'test',
    color: '#000000',
    waypoints: [{ station: '甲站' }, { placed: '乙' }, { placed: '丙' }],
  };
  it('a planned line with a waypoint more than it has vertices', () => {
    const geometry = { type: 'LineString' as const, coordinates: triangle.slice(0, 2) };
    expect(() => plannedLineOf({ type: 'Feature', properties: line, geometry })).toThrowError(
      'scripts/build-geo/data/planned-rail.geojson: record test-line: 3 waypoints but 2 vertices: one vertex per waypoint',
    );
  });

  const station = {
    type: 'Feature' as const,
    properties: {
      id: 's',
      name_zh: '甲站',
      name_en: 'Jia',
      layer: 'rail-stations',
      source: 'test',
      accuracy: 'surveyed' as const,
      licence: 'CC0',
    },
    geometry: { type: 'Point' as const, coordinates: [121.4, 31.2] },
  };
  it('a station vertex moved away from its station (≈950 m): the build says how to fix it', () => {
    expect(() =>
      resolveWaypoint('test-line', { name: '甲', station: true, at: [121.41, 31.2] }, [station]),
    ).toThrowError(
      'scripts/build-geo/data/planned-rail.geojson: record test-line: the vertex of station 甲 lies 951 m from it: move the vertex back or make the waypoint a placed one',
    );
  });
  it('a station vertex within 100 m takes the station position; a placed one is its vertex', () => {
    expect(resolveWaypoint('test-line', { name: '甲', station: true, at: [121.4005, 31.2] }, [station])).toEqual({
      position: [121.4, 31.2],
      how: '甲',
    });
    expect(resolveWaypoint('test-line', { name: '乙', station: false, at: [121.5, 31.2] }, [station])).toEqual({
      position: [121.5, 31.2],
      how: '乙 (hand-placed)',
    });
  });
});
