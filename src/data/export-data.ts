import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { stringify as toWkt } from 'wellknown';
import { ATTRIBUTIONS } from '../registry/attributions';
import { findLayer, LAYERS } from '../registry/layers';
import { featurePasses, type LayerFilters } from '../style/filters';
import { toCsv } from './csv';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/**
 * The features a user sees: visible plan layers with filters applied, base layers left out, then
 * the user's visible imported layers, each feature's `layer` naming the file it came from.
 */
export function visibleFeatures(
  data: ReadonlyMap<string, readonly AnyFeature[]>,
  visible: ReadonlySet<string>,
  filters: LayerFilters,
  imported: readonly { id: string; name: string }[] = [],
): FeatureCollection {
  const planned = LAYERS.filter((l) => l.group !== 'base' && visible.has(l.id)).flatMap((layer) =>
    (data.get(layer.id) ?? []).filter((f) => featurePasses(layer.id, f.properties, filters)),
  );
  const own = imported
    .filter((layer) => visible.has(layer.id))
    .flatMap((layer) =>
      (data.get(layer.id) ?? []).map((f) => ({ ...f, properties: { ...f.properties, layer: layer.name } })),
    );
  return { type: 'FeatureCollection', features: [...planned, ...own] };
}

// How an approximate geometry was made, in both languages (`note_zh` from the build's notes-zh.json).
const COLUMNS = [
  'layer',
  'id',
  'name_zh',
  'name_en',
  'accuracy',
  'status',
  'district',
  'source',
  'licence',
  'note',
  'note_zh',
] as const;

/**
 * One row per feature: its main properties, a representative point (centroid) and, with
 * `geometry`, the whole geometry as WKT, all in WGS84 longitude/latitude.
 */
export function featuresCsv(collection: FeatureCollection, { geometry = false } = {}): string {
  const rows = collection.features.map((feature) => {
    const props = (feature.properties ?? {}) as Record<string, unknown>;
    const [lon = 0, lat = 0] = turf.centroid(feature).geometry.coordinates;
    const row = [...COLUMNS.map((c) => props[c] ?? ''), lon.toFixed(6), lat.toFixed(6)];
    return geometry ? [...row, toWkt(feature.geometry as Parameters<typeof toWkt>[0])] : row;
  });
  return toCsv([...COLUMNS, 'centroid_lon', 'centroid_lat', ...(geometry ? ['wkt'] : [])], rows);
}

/**
 * One layer's features as the map shows them (its filters applied), as GeoJSON with the layer's
 * credits and licences as foreign members: the attribution travels with the file.
 */
export function layerCollection(
  layerId: string,
  data: ReadonlyMap<string, readonly AnyFeature[]>,
  filters: LayerFilters,
): FeatureCollection & { name: string; attribution: string[]; crs_note: string } {
  const layer = findLayer(layerId);
  const features = (data.get(layerId) ?? []).filter((f) => featurePasses(layerId, f.properties, filters));
  const credits = [...new Set(['osm', ...(layer?.attributions ?? [])])].map((k) => ATTRIBUTIONS[k]?.en ?? k);
  return {
    type: 'FeatureCollection',
    name: layerId,
    attribution: credits,
    crs_note: 'WGS84 longitude/latitude (EPSG:4326)',
    features: features.map((f) => ({ ...f, properties: { layer: layerId, ...f.properties } })),
  };
}
