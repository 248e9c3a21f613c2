import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** Plan layers a citizen's district view lists, in the order it lists them. */
export const DISTRICT_LAYERS = [
  'new-towns',
  'waterfront-segments',
  'rail-lines',
  'rail-stations',
  'parks',
  'industrial-parks',
] as const;

export type DistrictItems = Record<(typeof DISTRICT_LAYERS)[number], AnyFeature[]>;

/** Everything of the plan layers that lies in or crosses a district. */
export function districtItems(
  district: Polygon | MultiPolygon,
  data: ReadonlyMap<string, readonly AnyFeature[]>,
): DistrictItems {
  const area = turf.feature(district);
  const [w, s, e, n] = turf.bbox(area);
  const near = (f: AnyFeature) => {
    const [fw, fs, fe, fn] = turf.bbox(f);
    return fw <= e && fe >= w && fs <= n && fn >= s;
  };
  // Areas clipped to a neighbouring district touch this one along the border: count an area only
  // when a real part of it (over 1 %) lies inside.
  const inside = (f: AnyFeature) => {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return turf.booleanIntersects(f, area);
    const shared = turf.intersect(turf.featureCollection([f as Feature<Polygon | MultiPolygon>, area]));
    return shared !== null && turf.area(shared) > 0.01 * turf.area(f);
  };
  const entries = DISTRICT_LAYERS.map((layerId) => [
    layerId,
    (data.get(layerId) ?? []).filter((f) => near(f) && inside(f)),
  ]);
  return Object.fromEntries(entries) as DistrictItems;
}
