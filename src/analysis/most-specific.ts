import { area } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** Areas by feature object: hover asks on every mouse move, and layer features never change in place. */
const areas = new WeakMap<AnyFeature, number>();

function areaOf(feature: AnyFeature): number {
  let size = areas.get(feature);
  if (size === undefined) {
    size = area(feature);
    areas.set(feature, size);
  }
  return size;
}

/**
 * Of the areas under the pointer, the smallest: a click inside Qingpu New Town opens the new town,
 * not the district-wide demonstration zone drawn above it. Ties keep the drawing order (topmost first).
 */
export function mostSpecific<T>(
  candidates: readonly T[],
  fullFeature: (candidate: T) => AnyFeature | undefined,
): T | undefined {
  let best: T | undefined;
  let bestArea = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const feature = fullFeature(candidate);
    const size = feature ? areaOf(feature) : Number.POSITIVE_INFINITY;
    if (best === undefined || size < bestArea) {
      best = candidate;
      bestArea = size;
    }
  }
  return best;
}
