/**
 * Key zones as areas: outlines drawn edge by edge from their published boundary texts
 * (scripts/build-geo/data/key-zones.json), and islands cut from the district outlines.
 */
import * as turf from '@turf/turf';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { type DrawnOutline, drawOutline, type EdgeSpec } from '../boundary-edges';
import { readDataFile } from '../data-files';
import { OSM_2025, osmFeatures, readCached } from '../osm2025';

/** Islands a boundary text names that lie beyond the district outlines (小洋山 is in Zhejiang's Shengsi). */
export interface IslandSpec {
  text: string;
  /** Points inside the island's polygon(s) of the coastline file. */
  containing: [number, number][];
  /** What those polygons are and how coarse: told in the zone's note. */
  from: string;
}

/** OSM coastline of 2017 generalised to 1:1M (ODbL), the only open outline here that reaches the Yangshan islands. */
export const LAND_OUTLINE = 'water/land.geomaps-coastline-1m.wgs84.geojson';

export interface ZoneSpec {
  id: string;
  name_zh: string;
  official_area_km2: number;
  tolerance_pct: number;
  boundary_text_zh: string;
  source: string;
  not_drawn?: string;
  clip_districts: string[];
  islands?: IslandSpec[];
  corners: [number, number][];
  edges: EdgeSpec[];
}

export const KEY_ZONES_FILE = 'scripts/build-geo/data/key-zones.json';

export function readKeyZones(): ZoneSpec[] {
  return readDataFile<{ zones: ZoneSpec[] }>('key-zones.json').zones;
}

type Area = Feature<Polygon | MultiPolygon>;

function asArea(geometry: Geometry): Area {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') throw new Error('not an area');
  return turf.feature(geometry);
}

/** Square kilometres to one decimal: the figure shown beside the official one. */
/** km² to 0.1, or to two significant figures under 1 km² (a museum's 0.02 km² would read 0). */
export function areaKm2(geometry: Geometry): number {
  const km2 = turf.area(asArea(geometry)) / 1e6;
  return km2 < 1 ? Number(km2.toPrecision(2)) : Math.round(km2 * 10) / 10;
}

function clipTo(outline: Area, districts: ReadonlyMap<string, Geometry>, slugs: string[]): Area {
  const parts = slugs.map((slug) => {
    const shape = districts.get(slug);
    if (!shape) throw new Error(`zone clip: no district ${slug}`);
    return turf.intersect(turf.featureCollection([outline, asArea(shape)]));
  });
  const found = parts.filter((p): p is Area => p !== null);
  if (found.length === 0) throw new Error('zone outline lies outside its districts');
  const merged = found.length === 1 ? found[0] : turf.union(turf.featureCollection(found));
  if (!merged) throw new Error('zone clip: union failed');
  return merged;
}

export interface DrawnZone {
  spec: ZoneSpec;
  outline: DrawnOutline;
  geometry: Polygon | MultiPolygon;
  measured_area_km2: number;
}

/** The polygons of the coastline file that contain one of the island's points. */
export function islandParts(island: IslandSpec): Area {
  const land = readCached(LAND_OUTLINE).features.flatMap((f) =>
    f.geometry.type === 'MultiPolygon'
      ? f.geometry.coordinates
      : f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates]
        : [],
  );
  const kept = land.filter((rings) =>
    island.containing.some((p) => turf.booleanPointInPolygon(p, turf.polygon(rings))),
  );
  if (kept.length === 0) throw new Error(`island ${island.text}: no polygon of ${LAND_OUTLINE} contains its points`);
  return turf.feature({ type: 'MultiPolygon', coordinates: kept });
}

export function drawZone(spec: ZoneSpec, districts: ReadonlyMap<string, Geometry>): DrawnZone {
  const outline = drawOutline({ corners: spec.corners, edges: spec.edges, straightAccuracyM: 0 });
  const clipped = clipTo(turf.polygon([outline.ring]), districts, spec.clip_districts);
  const islands = (spec.islands ?? []).map(islandParts);
  const whole = islands.length ? turf.union(turf.featureCollection([clipped, ...islands])) : clipped;
  if (!whole) throw new Error(`zone ${spec.id}: union with its islands failed`);
  return { spec, outline, geometry: whole.geometry, measured_area_km2: areaKm2(whole.geometry) };
}

export function zoneById(id: string): ZoneSpec {
  const spec = readKeyZones().find((z) => z.id === id);
  if (!spec) throw new Error(`${KEY_ZONES_FILE}: no zone ${id}`);
  return spec;
}

/** How a drawn zone is told in its note: each edge, where it came from, how far from its feature. */
export function zoneNote(zone: DrawnZone): string {
  const edges = zone.outline.edges
    .filter((e, i, all) => all.findIndex((o) => o.text === e.text) === i)
    .map((e) => `${e.text}: ${e.from}${e.offsetM === null ? '' : `, median ${e.offsetM} m from it`}`);
  const islands = (zone.spec.islands ?? []).map((i) => `; ${i.text}: ${i.from} (shared/geo-sources/${LAND_OUTLINE})`);
  const missing = zone.spec.not_drawn ? `; not drawn: ${zone.spec.not_drawn}` : '';
  return `Drawn edge by edge from the boundary text 「${zone.spec.boundary_text_zh}」 (${zone.spec.source}): ${edges.join('; ')}; clipped to the district outlines${islands.join('')}${missing}`;
}

/** The polygons of a district outline that contain the given points (its islands), less named water. */
export function districtParts(
  district: Geometry,
  containing: Position[],
  lessWater: string[] = [],
): Polygon | MultiPolygon {
  const polygons = district.type === 'MultiPolygon' ? district.coordinates : [(district as Polygon).coordinates];
  const kept = polygons.filter((rings) => containing.some((p) => turf.booleanPointInPolygon(p, turf.polygon(rings))));
  if (kept.length === 0) throw new Error('district part: no polygon contains the given points');
  let area: Area = turf.feature({ type: 'MultiPolygon', coordinates: kept });
  for (const water of osmFeatures(OSM_2025.water).filter((f) => lessWater.includes(f.properties.name))) {
    area = turf.difference(turf.featureCollection([area, asArea(water.geometry)])) ?? area;
  }
  return area.geometry;
}

/** Shanghai's land outline (OSM relation 913067 less the sea): its coast makes the stretches of shore the plans name. */
export const COAST_OUTLINE = 'boundaries/shanghai-municipality-land.osm.wgs84.geojson';

/** The mainland coast between the outline vertices nearest two points, the shorter way round the ring. */
export function coastBetween(from: Position, to: Position): LineString {
  const polygons = readCached(COAST_OUTLINE).features.flatMap((f) =>
    f.geometry.type === 'MultiPolygon'
      ? f.geometry.coordinates
      : f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates]
        : [],
  );
  const ring = polygons.map((p) => p[0] ?? []).reduce((a, b) => (b.length > a.length ? b : a), []);
  const nearest = (p: Position) =>
    ring.reduce((best, v, i) => (turf.distance(v, p) < turf.distance(ring[best] ?? v, p) ? i : best), 0);
  const [i, j] = [nearest(from), nearest(to)].sort((a, b) => a - b) as [number, number];
  const inside = ring.slice(i, j + 1);
  const outside = [...ring.slice(j), ...ring.slice(1, i + 1)];
  const shorter = turf.length(turf.lineString(inside)) <= turf.length(turf.lineString(outside)) ? inside : outside;
  return turf.simplify(turf.lineString(shorter), { tolerance: 0.0001 }).geometry;
}
