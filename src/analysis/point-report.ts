import * as turf from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import { LAYERS } from '../registry/layers';
import { SHANGHAI_BOX } from './bounds';
import { closest } from './nearest';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** "What is planned here?" looks this far around the point unless the user says otherwise. */
export const DEFAULT_REPORT_RADIUS_M = 1000;
/** The radii a user can choose, in metres. */
export const REPORT_RADII_M = [250, 500, 1000, 2000, 5000] as const;

/** The map zoom at which a report's radius ring fills a phone's width (zoom 14 for 1 km). */
export function zoomToSee(radiusM: number): number {
  return Math.min(16, Math.max(10, 14 - Math.log2(radiusM / DEFAULT_REPORT_RADIUS_M)));
}

/** Every plan layer (not the base map), in registry order. */
export const REPORT_LAYERS: readonly string[] = LAYERS.filter((l) => l.group !== 'base').map((l) => l.id);

/** Layers of plans no longer in force (the 12th plan's new towns): listed after today's. */
const SUPERSEDED: ReadonlySet<string> = new Set(LAYERS.filter((l) => l.timeline === 'before-plan-14').map((l) => l.id));

/**
 * `inside`: the point is in the item's area. `near`: within the item's error radius, so it may apply
 * though the drawing does not reach the point. `nearby`: within the radius the user asked about.
 */
export type Relation = 'inside' | 'near' | 'nearby';
export const RELATIONS: readonly Relation[] = ['inside', 'near', 'nearby'];

const COMPASS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;
export type Compass = (typeof COMPASS)[number];

export interface ReportItem {
  layerId: string;
  feature: AnyFeature;
  relation: Relation;
  /** Metres from the point to the item's nearest part, rounded; 0 inside an area. */
  distanceM: number;
  /** Where the item lies seen from the point; null when the point is on or in it. */
  direction: Compass | null;
  /** The item's own error radius in metres (`accuracy_m`), or null when it has none. */
  errorM: number | null;
}

/** Eight-point compass direction of a bearing in degrees (any range, 0 = north, clockwise). */
export function compass(bearing: number): Compass {
  const normalised = ((bearing % 360) + 360) % 360;
  return COMPASS[Math.floor((normalised + 22.5) / 45) % 8] as Compass;
}

function errorRadius(feature: AnyFeature): number | null {
  const value = feature.properties.accuracy_m;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

/** Boxes by feature object: the report runs over every plan feature each time it is asked. */
const boxes = new WeakMap<AnyFeature, number[]>();
const areas = new WeakMap<AnyFeature, number>();

function boxOf(feature: AnyFeature): number[] {
  let box = boxes.get(feature);
  if (!box) {
    box = turf.bbox(feature);
    boxes.set(feature, box);
  }
  return box;
}

function areaOf(feature: AnyFeature): number {
  let size = areas.get(feature);
  if (size === undefined) {
    size = turf.area(feature);
    areas.set(feature, size);
  }
  return size;
}

/** Whether the feature's box comes within `metres` of the point: a cheap test before measuring. */
function withinBox(at: Position, feature: AnyFeature, metres: number): boolean {
  const [lon = 0, lat = 0] = at;
  const dLat = metres / 111_320;
  const dLon = metres / (111_320 * Math.cos((lat * Math.PI) / 180));
  const [w = 0, s = 0, e = 0, n = 0] = boxOf(feature);
  return lon >= w - dLon && lon <= e + dLon && lat >= s - dLat && lat <= n + dLat;
}

function itemFor(at: Position, layerId: string, feature: AnyFeature, radiusM: number): ReportItem | null {
  const errorM = errorRadius(feature);
  const reach = Math.max(radiusM, errorM ?? 0);
  if (!withinBox(at, feature, reach)) return null;
  const hit = closest(at, feature);
  if (!hit) return null;
  const isArea = feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon';
  const distanceM = Math.round(hit.distanceM);
  const relation: Relation | null =
    isArea && hit.distanceM === 0
      ? 'inside'
      : errorM !== null && hit.distanceM <= errorM
        ? 'near'
        : hit.distanceM <= radiusM
          ? 'nearby'
          : null;
  if (!relation) return null;
  const direction = distanceM === 0 ? null : compass(turf.bearing(at, hit.to));
  return { layerId, feature, relation, distanceM, direction, errorM };
}

/**
 * Every plan item that concerns a point: the areas it is in (smallest first, so a new town comes
 * before the district-wide zone around it), then the items whose error radius reaches it, then those
 * within `radiusM`, nearest first; within each, items of plans no longer in force come last.
 */
export function pointReport(
  at: Position,
  data: ReadonlyMap<string, readonly AnyFeature[]>,
  { radiusM = DEFAULT_REPORT_RADIUS_M, layers = REPORT_LAYERS }: { radiusM?: number; layers?: readonly string[] } = {},
): ReportItem[] {
  const items: ReportItem[] = [];
  for (const layerId of layers) {
    for (const feature of data.get(layerId) ?? []) {
      const item = itemFor(at, layerId, feature, radiusM);
      if (item) items.push(item);
    }
  }
  const rank = (item: ReportItem) => RELATIONS.indexOf(item.relation);
  const old = (item: ReportItem) => (SUPERSEDED.has(item.layerId) ? 1 : 0);
  return items.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      old(a) - old(b) ||
      (a.relation === 'inside' ? areaOf(a.feature) - areaOf(b.feature) : a.distanceM - b.distanceM),
  );
}

/** The feature of `features` (e.g. the districts) whose area holds the point, if any. */
export function areaAt(at: Position, features: readonly AnyFeature[]): AnyFeature | undefined {
  return features.find(
    (f) =>
      (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') &&
      withinBox(at, f, 0) &&
      turf.booleanPointInPolygon(at, f.geometry),
  );
}

/** Whether a position is in Shanghai: in one of its districts, or in its box while they load. */
export function inShanghai(at: Position, districts: readonly AnyFeature[]): boolean {
  if (districts.length > 0) return areaAt(at, districts) !== undefined;
  const [lon = 0, lat = 0] = at;
  const [w, s, e, n] = SHANGHAI_BOX;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}
