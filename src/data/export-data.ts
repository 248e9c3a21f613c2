import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { LAYERS } from '../registry/layers';
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

const COLUMNS = ['layer', 'id', 'name_zh', 'name_en', 'accuracy', 'status', 'district', 'source', 'licence'] as const;

/** One row per feature: its main properties and a representative point (centroid). */
export function featuresCsv(collection: FeatureCollection): string {
  const rows = collection.features.map((feature) => {
    const props = (feature.properties ?? {}) as Record<string, unknown>;
    const [lon = 0, lat = 0] = turf.centroid(feature).geometry.coordinates;
    return [...COLUMNS.map((c) => props[c] ?? ''), lon.toFixed(6), lat.toFixed(6)];
  });
  return toCsv([...COLUMNS, 'centroid_lon', 'centroid_lat'], rows);
}
