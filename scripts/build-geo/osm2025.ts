import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';
import { cite, readSourceGeoJson } from './io';

/** The Geofabrik Shanghai extract of 2025-03-18 as GeoJSON (shared/geo-sources/osm-2025/). */
export const OSM_2025 = {
  water: 'osm-2025/water-areas.osm-geofabrik-20250318.wgs84.geojson',
  waterways: 'osm-2025/waterways.osm-geofabrik-20250318.wgs84.geojson',
  green: 'osm-2025/green-areas.osm-geofabrik-20250318.wgs84.geojson',
  railways: 'osm-2025/railways.osm-geofabrik-20250318.wgs84.geojson',
} as const;

export const EXPRESSWAYS = 'roads/elevated-roads-expressways-all.osm-geofabrik-260728.wgs84.geojson';

export type OsmProps = { osm_id: string; fclass: string; name: string };
export type OsmFeature = Feature<Geometry, OsmProps>;

const cache = new Map<string, FeatureCollection>();

/** Each source file is parsed once per build (several layers read the same file). */
export function readCached(path: string): FeatureCollection {
  let collection = cache.get(path);
  if (!collection) {
    collection = readSourceGeoJson(path);
    cache.set(path, collection);
  }
  return collection;
}

export function osmFeatures(path: string): OsmFeature[] {
  return readCached(path).features as OsmFeature[];
}

export function citeOsm2025(path: string, ids: string[]): string {
  const shown = ids.length > 6 ? `${ids.slice(0, 6).join(', ')} … (${ids.length} ways)` : ids.join(', ');
  return `${cite(path, 'OpenStreetMap, Geofabrik Shanghai extract 2025-03-18')}, osm_id ${shown}`;
}

/** Every path of a line or multi-line geometry. */
export function pathsOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [(geometry as LineString).coordinates];
  if (geometry.type === 'MultiLineString') return (geometry as MultiLineString).coordinates;
  return [];
}

/** All paths of the expressway/elevated-road entries with one of these names. */
export function roadPaths(names: string[]): Position[][] {
  return readCached(EXPRESSWAYS)
    .features.filter((f) => names.includes(String((f.properties as { name: string }).name)))
    .flatMap((f) => pathsOf(f.geometry));
}
