/**
 * The OSM extract files a place record may be drawn from: the shared osm-2025 layers, and the named
 * points of interest of the same Geofabrik extract kept in scripts/build-geo/data/osm-poi-areas.geojson
 * (with its provenance) because shared/geo-sources has no pois layer.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { readDataFile } from '../data-files';
import { cite, readSourceGeoJson } from '../io';
import type { OsmFile } from './types';

type SharedOsmFile = Exclude<OsmFile, 'poi-areas'>;

export const OSM_FILES: Record<SharedOsmFile, string> = {
  'transport-areas': 'osm-2025/transport-areas.osm-geofabrik-20250318.wgs84.geojson',
  'water-areas': 'osm-2025/water-areas.osm-geofabrik-20250318.wgs84.geojson',
  waterways: 'osm-2025/waterways.osm-geofabrik-20250318.wgs84.geojson',
  railways: 'osm-2025/railways.osm-geofabrik-20250318.wgs84.geojson',
  'green-areas': 'osm-2025/green-areas.osm-geofabrik-20250318.wgs84.geojson',
  'industrial-commercial-landuse': 'osm-2025/industrial-commercial-landuse.osm-geofabrik-20250318.wgs84.geojson',
  places: 'osm-2025/places.osm-geofabrik-20250318.wgs84.geojson',
};
export const OSM_UPSTREAM = 'OpenStreetMap, Geofabrik extract 2025-03-18';
export const POI_FILE = 'osm-poi-areas.geojson';

interface PoiFile extends FeatureCollection {
  provenance: { origin: string; commit: string };
}

export type OsmFeature = Feature<Geometry, { name?: string; fclass?: string; osm_id?: string }>;

const cache = new Map<OsmFile, OsmFeature[]>();

export function osmFeatures(file: OsmFile): OsmFeature[] {
  let features = cache.get(file);
  if (!features) {
    const collection = file === 'poi-areas' ? readDataFile<PoiFile>(POI_FILE) : readSourceGeoJson(OSM_FILES[file]);
    features = collection.features as OsmFeature[];
    cache.set(file, features);
  }
  return features;
}

/** Where a file's features come from, as a feature's `source` cites it. */
export function osmCitation(file: OsmFile): string {
  if (file !== 'poi-areas') return cite(OSM_FILES[file], OSM_UPSTREAM);
  const { origin, commit } = readDataFile<PoiFile>(POI_FILE).provenance;
  return `scripts/build-geo/data/${POI_FILE} (${OSM_UPSTREAM}, pois and places_a layers via ${origin} @ ${commit.slice(0, 7)})`;
}
