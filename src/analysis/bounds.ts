import * as turf from '@turf/turf';
import type { Feature, Geometry } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

const boxes = new WeakMap<Feature<Geometry>, Bounds>();

/** A feature's bounding box, computed once per feature object. */
export function featureBounds(feature: Feature<Geometry>): Bounds {
  let box = boxes.get(feature);
  if (!box) {
    box = turf.bbox(feature) as Bounds;
    boxes.set(feature, box);
  }
  return box;
}

/** Whether two boxes meet (touching counts). */
export const boxesOverlap = (a: Bounds, b: Bounds): boolean =>
  a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** Whether box `a` lies wholly inside box `b`. */
export const boxWithin = (a: Bounds, b: Bounds): boolean =>
  a[0] >= b[0] && a[2] <= b[2] && a[1] >= b[1] && a[3] <= b[3];
