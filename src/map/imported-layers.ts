import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ImportedLayer } from '../data/imports-db';
import type { AppState, Store } from '../state/store';

const kinds = ['fill', 'line', 'circle'] as const;
const layerIds = (id: string) => kinds.map((kind) => `${id}:${kind}`);

/** Draws the user's imported layers above the plan layers and lets a click open their features. */
export function attachImportedLayers(map: MapLibreMap, store: Store): void {
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
        'circle-stroke-color': '#ffffff',
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
  store.subscribe((state, previous) => {
    if (state.imports !== previous.imports || state.visible !== previous.visible) sync(state);
  });

  map.on('click', (event) => {
    if (store.get().mode !== 'select' || shown.size === 0) return;
    const targets = [...shown.keys()].flatMap(layerIds).filter((id) => map.getLayer(id));
    const hit = map.queryRenderedFeatures(
      [
        [event.point.x - 4, event.point.y - 4],
        [event.point.x + 4, event.point.y + 4],
      ],
      { layers: targets },
    )[0];
    if (!hit) return;
    const layer = shown.get(hit.source);
    store.update({
      selected: {
        layerId: hit.source,
        featureId: String(hit.id ?? ''),
        properties: { ...hit.properties, layer: layer?.name ?? hit.source },
      },
      tab: 'feature',
    });
  });
}
