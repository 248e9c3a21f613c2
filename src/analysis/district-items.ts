import * as turf from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { LayerId } from '../registry/layers';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** Plan layers a citizen's district view lists, in the order it lists them. */
export const DISTRICT_LAYERS = [
  'key-areas',
  'new-towns',
  'new-towns-12th',
  'waterfront-segments',
  'gateways',
  'intercity-rail',
  'rail-lines',
  'rail-stations',
  'parks',
  'industrial-parks',
  'facilities',
  'water-bodies',
] as const satisfies readonly LayerId[];

export type DistrictLayerId = (typeof DISTRICT_LAYERS)[number];
export type DistrictItems = Record<DistrictLayerId, AnyFeature[]>;

export interface DistrictRef {
  /** The slug, e.g. "pudong". */
  id: string;
  /** The Chinese name, e.g. "浦东新区": some layers record a district by it. */
  name_zh: string;
  geometry: Polygon | MultiPolygon;
}

/** A line counts in a district when this much of it (or this share of it) runs inside. */
const LINE_MIN_INSIDE_KM = 1;
const LINE_MIN_INSIDE_SHARE = 0.1;

/** The districts a feature records itself: `district` and/or `districts` (comma list), slug or name. */
export function ownDistricts(props: Record<string, unknown>): string[] {
  const listed = [props.district, ...String(props.districts ?? '').split(',')];
  return listed.map((d) => String(d ?? '').trim()).filter((d) => d.length > 0);
}

function lineLengthInside(line: Feature<LineString | MultiLineString>, area: Feature<Polygon | MultiPolygon>): number {
  const parts = line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
  let inside = 0;
  for (const coordinates of parts) {
    const whole = turf.lineString(coordinates);
    const pieces = turf.lineSplit(whole, area).features;
    for (const piece of pieces.length > 0 ? pieces : [whole]) {
      const length = turf.length(piece);
      if (turf.booleanPointInPolygon(turf.along(piece, length / 2), area)) inside += length;
    }
  }
  return inside;
}

/**
 * Whether a feature belongs to a district. Its own record decides when it has one (so a park in
 * Xuhui is not listed in Pudong because it touches the river border); otherwise an area belongs
 * where the majority of its area lies, a point where it lies, a line where a real part runs.
 */
export function belongsTo(feature: AnyFeature, district: DistrictRef): boolean {
  const own = ownDistricts(feature.properties);
  if (own.length > 0) return own.includes(district.id) || own.includes(district.name_zh);
  const area = turf.feature(district.geometry);
  const geometry = feature.geometry;
  if (geometry.type === 'Point') return turf.booleanPointInPolygon(geometry.coordinates, area);
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const shared = turf.intersect(turf.featureCollection([feature as Feature<Polygon | MultiPolygon>, area]));
    return shared !== null && turf.area(shared) > 0.5 * turf.area(feature);
  }
  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
    const line = feature as Feature<LineString | MultiLineString>;
    const inside = lineLengthInside(line, area);
    return inside >= LINE_MIN_INSIDE_KM || inside >= LINE_MIN_INSIDE_SHARE * turf.length(line);
  }
  return turf.booleanIntersects(feature, area);
}

/** Everything of the plan layers that belongs to a district (see belongsTo). */
export function districtItems(district: DistrictRef, data: ReadonlyMap<string, readonly AnyFeature[]>): DistrictItems {
  const [w, s, e, n] = turf.bbox(turf.feature(district.geometry));
  const near = (f: AnyFeature) => {
    if (ownDistricts(f.properties).length > 0) return true;
    const [fw, fs, fe, fn] = turf.bbox(f);
    return fw <= e && fe >= w && fs <= n && fn >= s;
  };
  const entries = DISTRICT_LAYERS.map((layerId) => [
    layerId,
    (data.get(layerId) ?? []).filter((f) => near(f) && belongsTo(f, district)),
  ]);
  return Object.fromEntries(entries) as DistrictItems;
}
