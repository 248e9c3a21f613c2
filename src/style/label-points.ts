import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';

/** The source id of a layer's label points. */
export function labelSourceId(layerId: string): string {
  return `${layerId}-labels`;
}

function largestPart(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  const parts = geometry.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
  return parts.reduce((best, part) => (turf.area(part) > turf.area(best) ? part : best));
}

/**
 * One label point per area feature (points keep their own), in its largest part: at the centroid when that lies inside,
 * otherwise on the surface. MapLibre labels polygons once per tile, which repeats names when zoomed in.
 */
export function labelPoints(
  collection: FeatureCollection<Geometry, Record<string, unknown>>,
): FeatureCollection<Point, Record<string, unknown>> {
  const features = collection.features.flatMap((feature): Feature<Point, Record<string, unknown>>[] => {
    const geometry = feature.geometry;
    if (geometry.type === 'Point') return [feature as Feature<Point, Record<string, unknown>>];
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
    const part = largestPart(geometry);
    const centroid = turf.centroid(part);
    const point = turf.booleanPointInPolygon(centroid, part) ? centroid : turf.pointOnFeature(part);
    return [{ type: 'Feature', properties: feature.properties, geometry: point.geometry }];
  });
  return { type: 'FeatureCollection', features };
}
