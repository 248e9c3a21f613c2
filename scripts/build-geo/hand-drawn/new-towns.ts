import type { Point, Polygon } from 'geojson';
import type { EdgeSpec, OutlineSpec } from '../boundary-edges';
import { dataError } from '../data-files';
import { type Provenance, readHandDrawn } from './provenance';

/**
 * The new towns as drawn by hand: scripts/build-geo/data/new-towns.geojson (its schema says how).
 * The five of the 14th plan are outlines drawn edge by edge from their 四至 texts; the two only the
 * 12th plan names are marker points.
 */
const FILE = 'new-towns.geojson';

export interface OutlineProps extends Provenance {
  id: string;
  kind: 'outline';
  name_zh_12th: string;
  name_en_12th: string;
  edges: EdgeSpec[];
}

interface MarkerProps extends Provenance {
  id: string;
  kind: 'marker';
  name_zh: string;
  name_en: string;
  district: string;
  placed_from: string;
}

const features = readHandDrawn<Polygon | Point, OutlineProps | MarkerProps>(FILE);

/** An outline feature as the edge-by-edge drawing reads it: its ring's corners, one per edge. */
export function outlineSpecOf(props: OutlineProps, polygon: Polygon): OutlineSpec {
  const ring = polygon.coordinates[0] ?? [];
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (first?.[0] !== last?.[0] || first?.[1] !== last?.[1]) throw dataError(FILE, props.id, 'the ring is not closed');
  const corners = ring.slice(0, -1).map(([lon, lat]) => [lon, lat] as [number, number]);
  if (corners.length !== props.edges.length) {
    throw dataError(
      FILE,
      props.id,
      `${corners.length} corners but ${props.edges.length} edges: corner i starts edge i`,
    );
  }
  return { corners, edges: props.edges, straightAccuracyM: props.accuracy_m };
}

export const NEW_TOWN_OUTLINES: Record<string, OutlineSpec> = Object.fromEntries(
  features.flatMap((f) =>
    f.properties.kind === 'outline' ? [[f.properties.id, outlineSpecOf(f.properties, f.geometry as Polygon)]] : [],
  ),
);

/** The 12th plan's names for the towns the 14th plan keeps. */
export const PLAN12_NAMES: Record<string, { name_zh: string; name_en: string }> = Object.fromEntries(
  features.flatMap((f) =>
    f.properties.kind === 'outline'
      ? [[f.properties.id, { name_zh: f.properties.name_zh_12th, name_en: f.properties.name_en_12th }]]
      : [],
  ),
);

/** The two new towns only the 12th plan names (outline §6.3): no boundary text, a point placed by hand. */
export const PLAN12_ONLY_TOWNS = features.flatMap((f) =>
  f.properties.kind === 'marker'
    ? [
        {
          id: f.properties.id,
          name_zh: f.properties.name_zh,
          name_en: f.properties.name_en,
          district: f.properties.district,
          centre: (f.geometry as Point).coordinates.slice(0, 2) as [number, number],
          placedFrom: f.properties.placed_from,
          accuracyM: f.properties.accuracy_m,
        },
      ]
    : [],
);
