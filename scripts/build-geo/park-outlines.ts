/**
 * Parks as their OpenStreetMap outlines: a park OSM has by name (or by an alias) near where we
 * placed it becomes its OSM polygon; id, names and plan links stay as they were.
 */
import * as turf from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { roundGeometry } from './feature';
import { Reference } from './measure';
import { OSM_2025, type OsmFeature, osmFeatures } from './osm2025';

/** The names OSM uses where they differ from the plan's (OSM name:zh, checked in the extract). */
const OSM_ALIASES: Record<string, string> = {
  大宁公园: '大宁灵石公园',
  炮台湾湿地森林公园: '吴淞炮台湾湿地森林公园',
};

/** An OSM park of the right name within this of our hand-placed centre (0 inside it) is taken as ours. */
const MATCH_M = 3000;
/** 0.00008° ≈ 8 m: keeps a park's corners at street scale, halves the vertices of the big ones. */
export const PARK_SIMPLIFY_DEG = 0.00008;

export interface ParkOutline {
  osmId: string;
  osmName: string;
  geometry: Polygon | MultiPolygon;
  /** How far it was simplified (0: as mapped). */
  toleranceDeg: number;
}

/**
 * The OSM polygon for a park: exact name (or alias) first, then an OSM name that contains ours;
 * leisure=park before forest/grass; the nearest to the hand-placed centre.
 */
export function osmParkOutline(nameZh: string, near: [number, number]): ParkOutline | null {
  const wanted = OSM_ALIASES[nameZh] ?? nameZh;
  const score = (f: OsmFeature) => (f.properties.name === wanted ? 0 : 2) + (f.properties.fclass === 'park' ? 0 : 1);
  const candidates = osmFeatures(OSM_2025.green)
    .filter((f) => f.properties.name && (f.properties.name === wanted || f.properties.name.includes(wanted)))
    .map((f) => ({ f, distance: new Reference([f.geometry]).distanceM(near) }))
    .filter(({ distance }) => distance <= MATCH_M)
    .sort((a, b) => score(a.f) - score(b.f) || a.distance - b.distance);
  const best = candidates[0]?.f;
  if (!best) return null;
  return { osmId: best.properties.osm_id, osmName: best.properties.name, ...simplifiedValid(best.geometry) };
}

/** Simplification can make a park with many holes (lakes) self-touch: then simplify less, or not at all. */
function simplifiedValid(geometry: Geometry): { geometry: Polygon | MultiPolygon; toleranceDeg: number } {
  for (const tolerance of [PARK_SIMPLIFY_DEG, PARK_SIMPLIFY_DEG / 4]) {
    const simplified = turf.simplify(turf.feature(geometry), { tolerance, highQuality: true });
    if (turf.booleanValid(turf.feature(roundGeometry(simplified.geometry)))) {
      return { geometry: simplified.geometry as Polygon | MultiPolygon, toleranceDeg: tolerance };
    }
  }
  return { geometry: geometry as Polygon | MultiPolygon, toleranceDeg: 0 };
}
