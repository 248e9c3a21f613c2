import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { type CoverageArea, coverage, type Facility } from './coverage';

/**
 * Measures of the plans' spatial targets from mapped data. Pure: the build runs them on the OSM
 * extract and the district layer (scripts/build-osm-classes/targets.ts); tests on fixtures.
 */

/** Cells for city-wide measures: about 65 m across over Shanghai's ~130 × 137 km box. */
export const CITY_GRID_CELLS = 4_000_000;

export interface ReachRow {
  id: string;
  name_zh: string;
  name_en: string;
  share: number;
  population: number | null;
  covered_population: number | null;
}

export interface Reach {
  radius_m: number;
  /** Share of all the areas' land within reach. */
  area_share: number;
  /** Residents within reach, each area's residents spread evenly inside it. */
  resident_share: number | null;
  areas: ReachRow[];
}

/** Share of each area (and of its residents) within `radiusM` straight line of any facility. */
export function reach(
  areas: readonly CoverageArea[],
  facilities: readonly Facility[],
  radiusM: number,
  targetCells = CITY_GRID_CELLS,
): Reach {
  const { rows } = coverage(areas, facilities, { radiusM, targetCells });
  const totalKm2 = rows.reduce((sum, r) => sum + r.area_km2, 0);
  const coveredKm2 = rows.reduce((sum, r) => sum + r.area_km2 * r.share, 0);
  const counted = rows.filter((r) => r.population !== null);
  const people = counted.reduce((sum, r) => sum + (r.population ?? 0), 0);
  const reached = counted.reduce((sum, r) => sum + (r.covered_population ?? 0), 0);
  return {
    radius_m: radiusM,
    area_share: round(totalKm2 > 0 ? coveredKm2 / totalKm2 : 0, 4),
    resident_share: people > 0 ? round(reached / people, 4) : null,
    areas: rows.map(({ id, name_zh, name_en, share, population, covered_population }) => ({
      id,
      name_zh,
      name_en,
      share,
      population,
      covered_population,
    })),
  };
}

/**
 * Area covered by shapes inside the areas, overlaps counted once (km²), and its share of the areas'
 * total: forest cover, or park land.
 */
export function coveredArea(
  areas: readonly CoverageArea[],
  shapes: readonly (Polygon | MultiPolygon)[],
  targetCells = CITY_GRID_CELLS,
): { covered_km2: number; total_km2: number; share: number } {
  const { rows } = coverage(
    areas,
    shapes.map((shape) => turf.feature(shape)),
    { radiusM: 0, targetCells },
  );
  const total = rows.reduce((sum, r) => sum + r.area_km2, 0);
  const covered = rows.reduce((sum, r) => sum + r.area_km2 * r.share, 0);
  return {
    covered_km2: round(covered, 1),
    total_km2: round(total, 1),
    share: round(total > 0 ? covered / total : 0, 4),
  };
}

export interface ParkCount {
  features: number;
  named: number;
  distinct_names: number;
  at_least_0_3ha: number;
  at_least_1ha: number;
}

/** How many parks the map has, counted several ways, since none of them is the official count. */
export function countParks(parks: readonly { name: string; ha: number }[]): ParkCount {
  const named = parks.filter((p) => p.name.trim() !== '');
  return {
    features: parks.length,
    named: named.length,
    distinct_names: new Set(named.map((p) => p.name.trim())).size,
    at_least_0_3ha: parks.filter((p) => p.ha >= 0.3).length,
    at_least_1ha: parks.filter((p) => p.ha >= 1).length,
  };
}

/** What the targets view shows as measured; depends only on committed data, so built once. */
/** What the targets view shows as measured (public/osm-classes/target-measures.json). */
export interface TargetMeasures {
  osm_date: string;
  /** Parks ≥ 0.3 ha within 500 m and 800 m straight line, by district. */
  green_reach: Reach[];
  parks: ParkCount;
  /** Land of OSM parks (overlaps once), and per resident of the 2020 census. */
  park_land_km2: number;
  park_m2_per_resident: number;
  forest: { covered_km2: number; total_km2: number; share: number };
  population_2020: number;
  new_towns: { id: string; name_zh: string; name_en: string; planning_area_km2: number; outline_km2: number }[];
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
