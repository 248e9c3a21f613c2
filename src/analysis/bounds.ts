import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** Shanghai's box (the OpenStreetMap extract's): used before the district borders have loaded. */
export const SHANGHAI_BOX: Bounds = [120.85, 30.67, 122.2, 31.9];

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

/** Whether nothing of a collection lies in Shanghai's box: a file of somewhere else, or a wrong reading. */
export const outsideShanghai = (collection: FeatureCollection): boolean =>
  collection.features.length > 0 && !boxesOverlap(turf.bbox(collection) as Bounds, SHANGHAI_BOX);
