import { distance, point, pointToLineDistance } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** Metres from `at` to a point or line geometry; areas and anything else count as infinitely far. */
function metresTo(at: Position, geometry: Geometry): number {
  const here = point(at);
  switch (geometry.type) {
    case 'Point':
      return distance(here, geometry.coordinates, { units: 'meters' });
    case 'LineString':
      return pointToLineDistance(here, geometry, { units: 'meters' });
    case 'MultiLineString':
      return Math.min(
        ...geometry.coordinates.map((coordinates) =>
          pointToLineDistance(here, { type: 'LineString', coordinates }, { units: 'meters' }),
        ),
      );
    default:
      return Number.POSITIVE_INFINITY;
  }
}

/**
 * Of the points and lines near the pointer, the one it is on: a dot before any line (dots are drawn
 * on top and are the smaller target), then the line nearest to the pointer, so a click beside a
 * crossing opens the line under the pointer and not the one drawn last. Ties keep the given order.
 */
export function closestHit<T extends AnyFeature>(hits: readonly T[], at: Position): T | undefined {
  const dots = hits.filter((hit) => hit.geometry.type === 'Point');
  const candidates = dots.length > 0 ? dots : hits;
  let best: T | undefined;
  let bestMetres = Number.POSITIVE_INFINITY;
  for (const hit of candidates) {
    const metres = metresTo(at, hit.geometry);
    if (best === undefined || metres < bestMetres) {
      best = hit;
      bestMetres = metres;
    }
  }
  return best;
}
