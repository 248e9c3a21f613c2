import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { byId, readBuilt, readSource } from './load-built';

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/**
 * Chinese web data in GCJ-02 or BD-09 sits 300–600 m off; these tests would fail by that much if a
 * layer slipped back to either datum.
 */
describe('WGS84 datum', () => {
  it('puts district vertices on the OSM city border (p25 ≤ 50 m near the land border)', () => {
    const city = readSource('boundaries/shanghai-municipality.osm.wgs84.geojson').features[0]?.geometry as MultiPolygon;
    // The land border with Jiangsu and Zhejiang, where the city border is a true land line.
    const inBox = ([lon = 0, lat = 0]: Position) => lon > 120.85 && lon < 121.3 && lat > 30.7 && lat < 31.5;
    // Border segments near the test box; each vertex is measured only against segments within
    // ~500 m of it (farther ones cannot be the nearest when the answer is tens of metres).
    const segments = turf
      .coordAll(turf.feature(city))
      .flatMap((a, i, all) => (i > 0 ? [[all[i - 1] as Position, a] as const] : []))
      .filter(([a, b]) => inBox(a) || inBox(b));
    const near = ([x = 0, y = 0]: Position, [[ax = 0, ay = 0], [bx = 0, by = 0]]: readonly [Position, Position]) =>
      Math.min(ax, bx) - 0.005 < x &&
      Math.max(ax, bx) + 0.005 > x &&
      Math.min(ay, by) - 0.005 < y &&
      Math.max(ay, by) + 0.005 > y;
    const distances = readBuilt('base-districts.geojson')
      .features.flatMap((f) => turf.coordAll(f))
      .filter(inBox)
      .map((p) =>
        Math.min(
          Number.POSITIVE_INFINITY,
          ...segments
            .filter((segment) => near(p, segment))
            .map((segment) => turf.pointToLineDistance(p, turf.lineString([...segment]), { units: 'meters' })),
        ),
      );
    expect(distances.length).toBeGreaterThan(50);
    expect(quantile(distances, 0.25)).toBeLessThan(50);
  });

  it('puts stations within 100 m (median) of the OSM reference station points', () => {
    const reference = readSource('rail/metro-stations-core-sample.osm.wgs84.geojson').features;
    const stations = readBuilt('rail-stations.geojson').features;
    const distances = reference.flatMap((ref) => {
      const name = (ref.properties as { name: string }).name;
      const match = stations.find((s) => s.properties.name_zh === name);
      return match ? [turf.distance(ref.geometry as Point, match.geometry as Point, { units: 'meters' })] : [];
    });
    expect(distances.length).toBeGreaterThanOrEqual(8);
    expect(quantile(distances, 0.5)).toBeLessThan(100);
  });

  // OSM station nodes are WGS84 by definition: the references for where things really are.
  const osmStations = readSource('rail/metro-stations.osm-geofabrik-260728.wgs84.geojson').features;
  const osmStation = (name: string) =>
    osmStations.find((s) => (s.properties as { name: string }).name === name)?.geometry as Point;

  it('places OSM station nodes in the district they are in', () => {
    const districts = readBuilt('base-districts.geojson');
    for (const [station, district] of [
      ['陆家嘴', 'pudong'],
      ['南京东路', 'huangpu'],
      ['豫园', 'huangpu'],
      ['国际客运中心', 'hongkou'],
      ['徐家汇', 'xuhui'],
    ] as const) {
      const area = byId(districts, district) as Feature<Polygon | MultiPolygon>;
      expect(turf.booleanPointInPolygon(osmStation(station), area), station).toBe(true);
    }
  });

  it('runs the derived Huangpu between Nanjing East Road and Lujiazui stations', () => {
    const central = byId(readBuilt('river-lines.geojson'), 'huangpu-central');
    const between = turf.lineString([osmStation('南京东路').coordinates, osmStation('陆家嘴').coordinates]);
    expect(turf.lineIntersect(central as Feature<LineString>, between).features).toHaveLength(1);
  });
});
