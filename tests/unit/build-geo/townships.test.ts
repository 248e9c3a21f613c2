import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../scripts/build-geo/data-files';
import { readSourceGeoJson } from '../../../scripts/build-geo/io';
import { TOWNSHIPS_FILE, townshipArea } from '../../../scripts/build-geo/places/townships';

type Town = Feature<Polygon | MultiPolygon, { name_zh: string; official_area_km2: number }>;
const towns = readDataFile<{ features: Town[] }>(TOWNSHIPS_FILE).features;
const km2 = (f: Feature<Polygon | MultiPolygon>) => turf.area(f) / 1e6;

describe('township outlines for the zones defined as whole towns', () => {
  it.each(towns.map((t) => [t.properties.name_zh, t] as const))(
    '%s measures within 3 % of its official area',
    (_, town) => {
      expect(Math.abs(km2(town) / town.properties.official_area_km2 - 1)).toBeLessThan(0.03);
    },
  );

  it('is WGS84: the vertices on the municipal border lie on OSM relation 913067 (a GCJ-02 copy is ~300 m off)', () => {
    // The border near the towns only: the whole ring is long.
    const [w, south, e, n] = turf.bbox(turf.featureCollection(towns));
    const box: [number, number, number, number] = [w - 0.02, south - 0.02, e + 0.02, n + 0.02];
    const border = readSourceGeoJson('boundaries/shanghai-municipality.osm.wgs84.geojson')
      .features.flatMap((f) => turf.flatten(turf.polygonToLine(f as Feature<Polygon | MultiPolygon>) as never).features)
      .map((line) => turf.bboxClip(line as never, box))
      .filter((line) => turf.coordAll(line).length > 1);
    const gaps = towns
      .flatMap((t) => turf.coordAll(t).filter((_, i) => i % 10 === 0))
      .map((p: Position) =>
        Math.min(...border.map((line) => turf.pointToLineDistance(p, line as never, { units: 'meters' }))),
      )
      .filter((m) => m < 1000)
      .sort((a, b) => a - b);
    expect(gaps.length).toBeGreaterThan(20);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeLessThan(20);
  });

  it('makes the pilot area’s Shanghai part one area holding both town seats, 245.3 km² officially', () => {
    const area = townshipArea(['金泽镇', '朱家角镇']);
    expect(area.geometry.type).toBe('Polygon');
    expect(Math.abs(km2(turf.feature(area.geometry)) / 245.3 - 1)).toBeLessThan(0.03);
    // The OSM place nodes 朱家角镇 and 金泽镇 (shared/geo-sources/osm-2025/places…).
    for (const seat of [
      [121.041558, 31.1056503],
      [120.916705, 31.038903],
    ])
      expect(turf.booleanPointInPolygon(seat, area.geometry)).toBe(true);
    expect(area.source).toContain('ODbL');
    expect(() => townshipArea(['黎里镇'])).toThrow('no town 黎里镇');
  });
});
