import * as turf from '@turf/turf';
import type { Feature, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../scripts/build-geo/data-files';
import { POI_FILE } from '../../../scripts/build-geo/places/osm-files';
import { byId, readBuilt, readSource } from './load-built';

type Poi = Feature<Point | Polygon, { name: string; osm_id: string; fclass: string }>;
const pois = readDataFile<{ features: Poi[] }>(POI_FILE).features;
const poi = (name: string) => {
  const found = pois.find((f) => f.properties.name === name);
  if (!found) throw new Error(`no POI ${name}`);
  return found;
};
const osm2025 = (file: string, name: string) => {
  const found = readSource(`osm-2025/${file}.osm-geofabrik-20250318.wgs84.geojson`).features.find(
    (f) => f.properties?.name === name,
  );
  if (!found) throw new Error(`no ${name} in ${file}`);
  return found as Feature<Polygon>;
};
/** Metres from any vertex of a to polygon b (0 when a vertex lies inside). */
const gapM = (a: Feature<Point | Polygon>, b: Feature<Polygon>) =>
  Math.min(
    ...turf
      .explode(a)
      .features.map((p) =>
        turf.booleanPointInPolygon(p, b) ? 0 : turf.pointToPolygonDistance(p, b, { units: 'meters' }),
      ),
  );

describe('places drawn from the OSM points of interest (scripts/build-geo/data/osm-poi-areas.geojson)', () => {
  it('is WGS84 like the rest of the extract: venues touch the OSM areas they stand beside (a GCJ-02 copy is ~500 m off)', () => {
    // Measured 2026-12-03: 48 m, 92 m and 88 m.
    expect(gapM(poi('徐家汇体育公园'), osm2025('transport-areas', '上海体育场'))).toBeLessThan(150);
    expect(gapM(poi('上海图书馆（东馆）'), osm2025('green-areas', '世纪公园'))).toBeLessThan(150);
    expect(gapM(poi('上海保利大剧院'), osm2025('water-areas', '远香湖'))).toBeLessThan(150);
  });

  it('draws the venues as their surveyed OSM outlines, citing the file and its upstream', () => {
    const facilities = readBuilt('facilities.geojson');
    for (const id of [
      'shanghai-library-east',
      'shanghai-museum-east',
      'shanghai-astronomy-museum',
      'shanghai-circuit',
      'xujiahui-sports-park',
      'world-skills-museum',
      'snow-star',
      'childrens-library',
    ]) {
      const feature = byId(facilities, id);
      expect(feature.geometry.type, id).toMatch(/Polygon$/);
      expect(feature.properties.accuracy, id).toBe('surveyed');
      expect(feature.properties.source, id).toContain(`scripts/build-geo/data/${POI_FILE}`);
      expect(feature.properties.licence, id).toBe('ODbL-1.0');
    }
    // The Astronomy Museum stands north-east of Dishui Lake, not 1.3 km west as once placed.
    const museum = byId(facilities, 'shanghai-astronomy-museum');
    expect(turf.booleanPointInPolygon([121.922, 30.915], museum.geometry as Polygon)).toBe(true);
  });

  it('draws the Songjiang University Town as its seven campuses, about 4 km² west of its station', () => {
    const town = byId(readBuilt('key-areas.geojson'), 'songjiang-university-town');
    expect(town.geometry.type).toBe('MultiPolygon');
    expect((town.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(7);
    expect(turf.area(town) / 1e6).toBeCloseTo(4.08, 1);
    const [west, , east] = turf.bbox(town);
    // Songjiang University Town station (OSM transport area) is at 121.228 E, east of every campus.
    expect(east).toBeLessThan(121.228);
    expect(west).toBeGreaterThan(121.18);
  });

  it('draws the International Tourism Resort as its OSM core, with both figures: 6.4 of 24.7 km²', () => {
    const resort = byId(readBuilt('key-areas.geojson'), 'international-tourism-resort');
    expect(resort.properties.measured_area_km2).toBe(6.4);
    expect(resort.properties.official_area_km2).toBe(24.7);
    // Disney station (OSM transport area, 121.664 E 31.143 N) is inside the resort core.
    expect(turf.booleanPointInPolygon([121.6637, 31.1434], resort.geometry as Polygon)).toBe(true);
  });
});
