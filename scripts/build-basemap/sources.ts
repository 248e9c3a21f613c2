import type { Feature, Geometry } from 'geojson';
import type { BasemapLayerName } from '../../src/style/basemap-schema';
import { readSourceGeoJson } from '../build-geo/io';
import { type BasemapFeature, type SourceProperties, toBasemapFeature } from './features';

/** The osm-2025 files the basemap is built from, each with its tile layer (see SOURCES.md). */
export const BASEMAP_SOURCES: { file: string; layer: BasemapLayerName }[] = [
  { file: 'osm-2025/water-areas.osm-geofabrik-20250318.wgs84.geojson', layer: 'water' },
  { file: 'osm-2025/waterways.osm-geofabrik-20250318.wgs84.geojson', layer: 'waterway' },
  { file: 'osm-2025/green-areas.osm-geofabrik-20250318.wgs84.geojson', layer: 'green' },
  { file: 'osm-2025/industrial-commercial-landuse.osm-geofabrik-20250318.wgs84.geojson', layer: 'landuse' },
  { file: 'osm-2025/transport-areas.osm-geofabrik-20250318.wgs84.geojson', layer: 'transport' },
  { file: 'osm-2025/railways.osm-geofabrik-20250318.wgs84.geojson', layer: 'railway' },
  { file: 'osm-2025/places.osm-geofabrik-20250318.wgs84.geojson', layer: 'place' },
  // Streets: the central box first; People's Square adds only ways the box lacks (same OSM ids).
  { file: 'osm-2025/roads-central-13x11km.osm-overpass-20250809.wgs84.geojson', layer: 'street' },
  { file: 'osm-2025/roads-peoples-square.osm-osmnx-20260721.wgs84.geojson', layer: 'street' },
];

type SourceFeature = Feature<Geometry | null, Record<string, unknown> | null>;

/**
 * Schema properties of a feature of Geofabrik's shapefile layers (`fclass`) or of an Overpass /
 * OSMnx street (`highway`, links drawn as their road).
 */
export function sourceProperties(properties: Record<string, unknown>): SourceProperties {
  const highway = typeof properties.highway === 'string' ? properties.highway.replace(/_link$/, '') : undefined;
  const tunnel = properties.tunnel;
  return {
    class: String(highway ?? properties.fclass ?? ''),
    name: properties.name,
    name_en: properties.name_en,
    tunnel: tunnel === 'T' || tunnel === 'yes' || tunnel === true,
  };
}

/** Reads the files and keeps each OSM way once (the first file that has it wins). */
export function readBasemapSources(sources = BASEMAP_SOURCES): BasemapFeature[] {
  const seen = new Set<string>();
  const out: BasemapFeature[] = [];
  for (const { file, layer } of sources) {
    for (const feature of readSourceGeoJson(file).features as SourceFeature[]) {
      const properties = feature.properties ?? {};
      const osmId = properties.osm_id === undefined ? null : `${layer}:${String(properties.osm_id)}`;
      if (osmId && seen.has(osmId)) continue;
      const converted = toBasemapFeature(layer, feature, sourceProperties(properties));
      if (!converted) continue;
      if (osmId) seen.add(osmId);
      out.push(converted);
    }
  }
  return out;
}
