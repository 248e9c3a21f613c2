import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { buildDistricts, districtGeometries } from '../../../scripts/build-geo/base';
import { coastBetween, drawZone, readKeyZones } from '../../../scripts/build-geo/places/zones';

/** Edges along OSM roads and rivers: the median gap to the named feature (carriageways, 150 m bins). */
const EDGE_MEDIAN_M = 150;

describe('key zones drawn from their boundary texts', () => {
  const districts = districtGeometries(buildDistricts());
  for (const spec of readKeyZones()) {
    const zone = drawZone(spec, districts);
    it(`${spec.name_zh}: ${zone.measured_area_km2} km² within ${spec.tolerance_pct} % of the official ${spec.official_area_km2} km²`, () => {
      const gap = Math.abs(zone.measured_area_km2 - spec.official_area_km2) / spec.official_area_km2;
      expect(gap * 100).toBeLessThanOrEqual(spec.tolerance_pct);
    });
    it(`${spec.name_zh}: each edge lies on the road or river its text names (median ≤ ${EDGE_MEDIAN_M} m)`, () => {
      const measured = zone.outline.edges.filter((e) => e.offsetM !== null);
      expect(measured.length).toBe(spec.edges.filter((e) => e.source === 'road' || e.source === 'river').length);
      for (const edge of measured) expect(edge.offsetM, edge.text).toBeLessThanOrEqual(EDGE_MEDIAN_M);
    });
  }
});

describe('islands a boundary text names beyond the district outlines', () => {
  const districts = districtGeometries(buildDistricts());
  const lingang = readKeyZones().find((z) => z.id === 'lingang');
  it('the Lingang special area takes in 小洋山 from the coastline file', () => {
    if (!lingang) throw new Error('no lingang zone');
    const zone = drawZone(lingang, districts);
    const withoutIslands = drawZone({ ...lingang, islands: [] }, districts);
    const onXiaoyangshan = turf.point([122.07, 30.625]);
    expect(turf.booleanPointInPolygon(onXiaoyangshan, turf.feature(zone.geometry))).toBe(true);
    expect(turf.booleanPointInPolygon(onXiaoyangshan, turf.feature(withoutIslands.geometry))).toBe(false);
    // 小洋山 with its reclaimed port is some 15–20 km² in the generalised coastline.
    expect(zone.measured_area_km2 - withoutIslands.measured_area_km2).toBeGreaterThan(15);
    expect(zone.measured_area_km2 - withoutIslands.measured_area_km2).toBeLessThan(22);
  });
});

describe('a stretch of coast between two points', () => {
  it('follows the bay shore the shorter way round, not the land border', () => {
    const shore = coastBetween([121.267, 30.6994], [121.972, 30.892]);
    const km = turf.length(turf.feature(shore));
    // Jinshan to 南汇嘴 along the coast is some 85 km; the way round by the land border is hundreds.
    expect(km).toBeGreaterThan(75);
    expect(km).toBeLessThan(110);
    // Its west end stays on the sea front: the Zhejiang border runs north from there, past 30.75° N.
    const west = shore.coordinates.filter((p) => (p[0] ?? 0) < 121.35);
    expect(Math.max(...west.map((p) => p[1] ?? 0))).toBeLessThan(30.72);
  });
});
