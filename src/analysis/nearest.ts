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

/** The nearest station, park and industrial park to a point, as the map draws them. */
export interface NearestResult {
  from: [number, number];
  hits: {
    kind: 'station' | 'park' | 'industrial-park';
    name_zh: string;
    name_en: string;
    distanceM: number;
    to: [number, number];
  }[];
}

type Candidate = Feature<Geometry, { id: string; name_zh: string; name_en: string }>;
type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** Nearest point of one feature to `from`, and its distance (0 inside an area). */
export function closest(from: Position, feature: Candidate | AnyFeature): { to: Position; distanceM: number } | null {
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

/** The nearest of `candidates` to a point, geodesic (turf); areas are measured to their edge. */
export function nearest(from: Position, candidates: readonly Candidate[]): NearestHit | null {
  let best: NearestHit | null = null;
  for (const candidate of candidates) {
    const hit = closest(from, candidate);
    if (hit && (!best || hit.distanceM < best.distanceM)) {
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

/** The nearest visible operating station, park and industrial park to a point. */
export function nearestFacilities(
  from: [number, number],
  visible: ReadonlySet<string>,
  features: (layerId: string) => readonly Feature[],
): NearestResult {
  const kinds = [
    ['station', 'rail-stations'],
    ['park', 'parks'],
    ['industrial-park', 'industrial-parks'],
  ] as const;
  const hits = kinds.flatMap(([kind, layerId]) => {
    if (!visible.has(layerId)) return [];
    const candidates = features(layerId).filter(
      (f) => layerId !== 'rail-stations' || f.properties?.status === 'operating',
    ) as Feature<Geometry, Named>[];
    const hit = nearest(from, candidates);
    return hit
      ? [{ kind, name_zh: hit.name_zh, name_en: hit.name_en, distanceM: hit.distanceM, to: hit.to as [number, number] }]
      : [];
  });
  return { from, hits };
}
