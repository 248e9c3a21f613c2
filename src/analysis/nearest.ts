import * as turf from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';

export interface NearestHit {
  featureId: string;
  name_zh: string;
  name_en: string;
  distanceM: number;
  /** The nearest point of the feature: for a line drawn from the query point. */
  to: Position;
}

/** Which facilities nearest compares: the plans' own features, every mapped one (OSM), or an imported layer. */
export type NearestWith = 'plans' | 'osm' | `import-${string}`;

export type NearestKind = 'station' | 'park' | 'industrial-park' | 'imported';

/** The nearest station, park and industrial park (or imported feature) to a point. */
export interface NearestResult {
  from: [number, number];
  with: NearestWith;
  hits: {
    kind: NearestKind;
    featureId: string;
    name_zh: string;
    name_en: string;
    distanceM: number;
    to: [number, number];
  }[];
}

type Candidate = Feature<Geometry, { id: string; name_zh: string; name_en: string }>;

/** Nearest point of one feature to `from`, and its distance (0 inside an area). */
function closest(from: Position, feature: Candidate): { to: Position; distanceM: number } | null {
  const geometry = feature.geometry;
  if (geometry.type === 'Point')
    return { to: geometry.coordinates, distanceM: turf.distance(from, geometry.coordinates, { units: 'meters' }) };
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    if (turf.booleanPointInPolygon(from, geometry)) return { to: from, distanceM: 0 };
    const boundary = turf.polygonToLine(turf.feature(geometry));
    const lines = boundary.type === 'FeatureCollection' ? boundary.features : [boundary];
    return lines
      .map((line) => turf.nearestPointOnLine(line as never, from, { units: 'meters' }))
      .map((p) => ({ to: p.geometry.coordinates, distanceM: p.properties.dist ?? Number.POSITIVE_INFINITY }))
      .reduce((a, b) => (b.distanceM < a.distanceM ? b : a));
  }
  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
    const p = turf.nearestPointOnLine(geometry as never, from, { units: 'meters' });
    return { to: p.geometry.coordinates, distanceM: p.properties.dist ?? Number.POSITIVE_INFINITY };
  }
  return null;
}

/** Bounding boxes by feature, computed once: thousands of OSM parks are asked again on every click. */
const boxes = new WeakMap<object, number[]>();

/**
 * A lower bound of the distance to anything inside the feature's bounding box: the distance to the
 * box's nearest point, less 1 % for the sphere's curvature inside a box (far less at a city's scale).
 */
function boxDistanceM(from: Position, feature: Candidate): number {
  let box = boxes.get(feature);
  if (!box) {
    box = turf.bbox(feature);
    boxes.set(feature, box);
  }
  const [x = 0, y = 0] = from;
  const [w = 0, s = 0, e = 0, n = 0] = box;
  const nearX = Math.min(Math.max(x, w), e);
  const nearY = Math.min(Math.max(y, s), n);
  if (nearX === x && nearY === y) return 0;
  return turf.distance(from, [nearX, nearY], { units: 'meters' }) * 0.99;
}

/**
 * The nearest of `candidates` to a point, geodesic (turf); areas are measured to their edge. Candidates
 * are tried nearest bounding box first, and the search stops when no box can be nearer than the best.
 */
export function nearest(from: Position, candidates: readonly Candidate[]): NearestHit | null {
  const ordered = candidates
    .map((candidate) => ({ candidate, bound: boxDistanceM(from, candidate) }))
    .sort((a, b) => a.bound - b.bound);
  let best: NearestHit | null = null;
  let bestM = Number.POSITIVE_INFINITY;
  for (const { candidate, bound } of ordered) {
    if (bound > bestM) break;
    const hit = closest(from, candidate);
    if (hit && hit.distanceM < bestM) {
      bestM = hit.distanceM;
      best = {
        featureId: candidate.properties.id,
        name_zh: candidate.properties.name_zh,
        name_en: candidate.properties.name_en,
        distanceM: Math.round(hit.distanceM),
        to: hit.to,
      };
    }
  }
  return best;
}

type Named = { id: string; name_zh: string; name_en: string };

/** Where each kind's candidates come from, for each choice of facilities. */
const SOURCES = {
  plans: [
    ['station', 'rail-stations'],
    ['park', 'parks'],
    ['industrial-park', 'industrial-parks'],
  ],
  osm: [
    ['station', 'osm-stations'],
    ['park', 'osm-parks'],
    ['industrial-park', 'osm-industrial'],
  ],
} as const;

/**
 * The nearest operating station, park and industrial park to a point: of the visible plan layers,
 * or of every mapped feature of those classes (OSM), or the nearest feature of an imported layer.
 */
export function nearestFacilities(
  from: [number, number],
  choice: {
    visible: ReadonlySet<string>;
    nearestWith: NearestWith;
    /** Loaded OSM classes by class id; they are not plan layers. */
    osmClasses?: ReadonlyMap<string, readonly Feature[]>;
  },
  features: (layerId: string) => readonly Feature[],
): NearestResult {
  const pairs: readonly (readonly [NearestKind, string])[] =
    choice.nearestWith === 'plans' || choice.nearestWith === 'osm'
      ? SOURCES[choice.nearestWith]
      : [['imported', choice.nearestWith]];
  const hits = pairs.flatMap(([kind, layerId]) => {
    if (choice.nearestWith === 'plans' && !choice.visible.has(layerId)) return [];
    const candidates = (choice.osmClasses?.get(layerId) ?? features(layerId)).filter(
      (f) => layerId !== 'rail-stations' || f.properties?.status === 'operating',
    ) as Feature<Geometry, Named>[];
    const hit = nearest(from, candidates);
    return hit
      ? [
          {
            kind,
            featureId: hit.featureId,
            name_zh: hit.name_zh,
            name_en: hit.name_en,
            distanceM: hit.distanceM,
            to: hit.to as [number, number],
          },
        ]
      : [];
  });
  return { from, with: choice.nearestWith, hits };
}
