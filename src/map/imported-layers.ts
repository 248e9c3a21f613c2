import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { ImportedLayer } from '../data/imports-db';
import { THEME } from '../registry/theme';
import type { AppState, Store } from '../state/store';
import type { PointerHandler } from './click-dispatch';

const kinds = ['fill', 'line', 'circle'] as const;
const layerIds = (id: string) => kinds.map((kind) => `${id}:${kind}`);

/**
 * Draws the user's imported layers above the plan layers; returns the pointer handler that opens
 * their features (asked before the plan layers', as they are drawn on top).
 */
export function attachImportedLayers(map: MapLibreMap, store: Store): PointerHandler<MapMouseEvent> {
  const shown = new Map<string, ImportedLayer>();

  const add = (layer: ImportedLayer) => {
    map.addSource(layer.id, { type: 'geojson', data: layer.collection, generateId: true });
    map.addLayer({
      id: `${layer.id}:fill`,
      type: 'fill',
      source: layer.id,
      filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
      paint: { 'fill-color': layer.color, 'fill-opacity': 0.35, 'fill-outline-color': layer.color },
    });
    map.addLayer({
      id: `${layer.id}:line`,
      type: 'line',
      source: layer.id,
      filter: ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']]],
      paint: { 'line-color': layer.color, 'line-width': 2 },
    });
    map.addLayer({
      id: `${layer.id}:circle`,
      type: 'circle',
      source: layer.id,
      filter: ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]],
      paint: {
        'circle-color': layer.color,
        'circle-radius': 5,
        'circle-stroke-color': THEME.dotRing,
        'circle-stroke-width': 1.5,
      },
    });
    shown.set(layer.id, layer);
  };

  const remove = (id: string) => {
    for (const layerId of layerIds(id)) if (map.getLayer(layerId)) map.removeLayer(layerId);
    if (map.getSource(id)) map.removeSource(id);
    shown.delete(id);
  };

  const sync = (state: AppState) => {
    for (const id of [...shown.keys()]) if (!state.imports.some((l) => l.id === id)) remove(id);
    for (const layer of state.imports) {
      if (!shown.has(layer.id)) add(layer);
      else if (shown.get(layer.id) !== layer) (map.getSource(layer.id) as GeoJSONSource).setData(layer.collection);
      for (const layerId of layerIds(layer.id))
        map.setLayoutProperty(layerId, 'visibility', state.visible.has(layer.id) ? 'visible' : 'none');
    }
  };
  sync(store.get());
  store.select(
    (s) => [s.imports, s.visible] as const,
    (_, state) => sync(state),
  );

  const featureAt = (point: MapMouseEvent['point']) => {
    if (shown.size === 0) return undefined;
    const targets = [...shown.keys()].flatMap(layerIds).filter((id) => map.getLayer(id));
    return map.queryRenderedFeatures(
      [
        [point.x - 4, point.y - 4],
        [point.x + 4, point.y + 4],
      ],
      { layers: targets },
    )[0];
  };

  return {
    name: 'imported layers',
    click(event) {
      const hit = featureAt(event.point);
      if (!hit) return false;
      const layer = shown.get(hit.source);
      store.update({
        selected: {
          layerId: hit.source,
          featureId: String(hit.id ?? ''),
          properties: { ...hit.properties, layer: layer?.name ?? hit.source },
        },
        highlighted: [],
        tab: 'feature',
      });
      return true;
    },
    hover: (event) => (featureAt(event.point) ? 'pointer' : null),
  };
}
