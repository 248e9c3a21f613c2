import type { Feature, LineString } from 'geojson';
import type { RailStatus } from '../../../src/registry/types';
import { dataError } from '../data-files';
import { type Provenance, readHandDrawn } from './provenance';

/**
 * Lines the 14th plan (§12.1.1) names as to be built, drawn schematically through indicative
 * waypoints: scripts/build-geo/data/planned-rail.geojson, one vertex per waypoint. A station waypoint
 * takes its station's position from the station layer; a placed waypoint is the vertex itself.
 */
export const PLANNED_RAIL_FILE = 'planned-rail.geojson';

export interface PlannedLineProps extends Provenance {
  id: string;
  name_zh: string;
  name_en: string;
  system: 'metro' | 'municipal-railway' | 'intercity';
  status: RailStatus;
  status_source: string;
  color: string;
  waypoints: ({ station: string } | { placed: string })[];
}

/** A waypoint: a station by name, or a point placed by hand; `at` is the vertex in the data file. */
export interface Waypoint {
  name: string;
  station: boolean;
  at: [number, number];
}

export interface PlannedLineSpec extends Omit<PlannedLineProps, 'waypoints'> {
  waypoints: Waypoint[];
}

/** A line feature as the build reads it: its waypoints, each with its vertex. */
export function plannedLineOf({ properties, geometry }: Feature<LineString, PlannedLineProps>): PlannedLineSpec {
  const { waypoints, ...line } = properties;
  if (waypoints.length !== geometry.coordinates.length) {
    const counts = `${waypoints.length} waypoints but ${geometry.coordinates.length} vertices`;
    throw dataError(PLANNED_RAIL_FILE, line.id, `${counts}: one vertex per waypoint`);
  }
  return {
    ...line,
    waypoints: waypoints.map((w, i) => ({
      name: 'station' in w ? w.station : w.placed,
      station: 'station' in w,
      at: (geometry.coordinates[i] ?? []).slice(0, 2) as [number, number],
    })),
  };
}

export const PLANNED_LINES: PlannedLineSpec[] = readHandDrawn<LineString, PlannedLineProps>(PLANNED_RAIL_FILE).map(
  plannedLineOf,
);
