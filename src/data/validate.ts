import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { ACCURACIES, type CommonProps } from '../registry/types';

export type LayerFeatureCollection = FeatureCollection<Geometry, CommonProps & Record<string, unknown>>;

export interface ValidationResult {
  collection: LayerFeatureCollection;
  /** Why features were dropped; empty when all passed. A non-empty list with no features means the layer failed. */
  problems: string[];
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);
const REQUIRED_TEXT = ['id', 'name_zh', 'name_en', 'layer', 'source', 'licence'] as const;

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  );
}

/** Depth of position nesting each geometry type needs: Point 0, LineString 1, Polygon 2, MultiPolygon 3. */
export const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

/** Whether coordinates nest `depth` deep down to [lon, lat] positions in range; counts positions seen. */
export function coordinatesValid(value: unknown, depth: number, count = { vertices: 0 }): boolean {
  if (depth === 0) {
    count.vertices += 1;
    return isPosition(value);
  }
  return Array.isArray(value) && value.length > 0 && value.every((item) => coordinatesValid(item, depth - 1, count));
}

export function featureProblem(feature: unknown): string | null {
  if (typeof feature !== 'object' || feature === null) return 'not an object';
  const f = feature as Partial<Feature>;
  if (f.type !== 'Feature') return 'not a Feature';
  const geometry = f.geometry as { type?: string; coordinates?: unknown } | null | undefined;
  if (!geometry || !GEOMETRY_TYPES.has(String(geometry.type))) return 'missing or unsupported geometry';
  if (!coordinatesValid(geometry.coordinates, DEPTH[String(geometry.type)] ?? 0)) return 'invalid coordinates';
  const props = (f.properties ?? {}) as Record<string, unknown>;
  for (const key of REQUIRED_TEXT) {
    if (typeof props[key] !== 'string' || props[key] === '') return `property ${key} missing`;
  }
  if (!ACCURACIES.includes(props.accuracy as never)) return 'property accuracy is not surveyed/derived/approximate';
  return null;
}

/**
 * Checks a fetched layer file and keeps every feature that is sound, so one bad feature never
 * costs the rest of the layer. Throws only when the file is not a FeatureCollection at all.
 */
export function validateLayer(json: unknown, layerId: string): ValidationResult {
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'FeatureCollection') {
    throw new Error(`${layerId}: not a GeoJSON FeatureCollection`);
  }
  const raw = (json as { features?: unknown }).features;
  if (!Array.isArray(raw)) throw new Error(`${layerId}: FeatureCollection has no features array`);
  const problems: string[] = [];
  const seen = new Set<string>();
  const features = raw.filter((feature, index) => {
    const problem = featureProblem(feature);
    const id = (feature as { properties?: { id?: string } })?.properties?.id;
    if (problem) problems.push(`feature ${index}: ${problem}`);
    else if (id && seen.has(id)) problems.push(`feature ${index}: duplicate id ${id}`);
    else {
      if (id) seen.add(id);
      return true;
    }
    return false;
  }) as LayerFeatureCollection['features'];
  return { collection: { type: 'FeatureCollection', features }, problems };
}
