import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Measure } from '../analysis/measure';
import { nearestFacilities } from '../analysis/nearest';
import { THEME } from '../registry/theme';
import { type AppState, allLayerData, type Store } from '../state/store';
import { ANALYSIS_SOURCE, analysisFeatures, analysisLayers, VERTEX_LAYER } from '../style/analysis-style';
import type { PointerHandler } from './click-dispatch';

/**
 * The analysis overlay on the map: measures (drawn by clicking, vertices draggable) and nearest
 * lines; a coverage run's uncovered area is deck.gl's (plan-view). Returns the pointer handler that
 * takes every map click while a tool is on.
 */
export function attachAnalysis(
  map: MapLibreMap,
  store: Store,
  features: (layerId: string) => GeoJSON.Feature[],
): PointerHandler<MapMouseEvent> {
  map.addSource(ANALYSIS_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  for (const layer of analysisLayers(THEME)) map.addLayer(layer as never);

  const render = (state: AppState) =>
    (map.getSource(ANALYSIS_SOURCE) as GeoJSONSource | undefined)?.setData(
      analysisFeatures(state.measures, state.nearest),
    );
  store.select(
    (s) => [s.measures, s.nearest],
    (_, state) => render(state),
    { immediate: true },
  );

  const addPoint = (event: MapMouseEvent) => {
    const state = store.get();
    const point: [number, number] = [event.lngLat.lng, event.lngLat.lat];
    if (state.mode === 'nearest') {
      store.update({ nearest: nearestFacilities(point, state, (id) => allLayerData(state).get(id) ?? features(id)) });
    } else if (state.mode === 'measure-line' || state.mode === 'measure-area') {
      const drawing = state.measures.find((m) => m.id === state.drawing);
      if (drawing) {
        store.update({
          measures: state.measures.map((m) => (m === drawing ? { ...m, points: [...m.points, point] } : m)),
        });
      } else {
        const measure: Measure = {
          id: `m${Date.now().toString(36)}`,
          kind: state.mode === 'measure-line' ? 'line' : 'area',
          points: [point],
        };
        store.update({ measures: [...state.measures, measure], drawing: measure.id });
      }
    }
  };
  map.on('dblclick', (event) => {
    if (store.get().drawing) {
      event.preventDefault();
      store.update({ drawing: null });
    }
  });

  // Vertices can be dragged to edit a measure.
  let dragging: { measure: string; index: number } | null = null;
  map.on('mousedown', VERTEX_LAYER, (event) => {
    const hit = event.features?.[0]?.properties as { measure?: string; index?: number } | undefined;
    if (!hit?.measure || hit.index === undefined) return;
    event.preventDefault();
    dragging = { measure: hit.measure, index: Number(hit.index) };
    map.dragPan.disable();
  });
  map.on('mousemove', (event) => {
    if (!dragging) return;
    const { measure, index } = dragging;
    const point: [number, number] = [event.lngLat.lng, event.lngLat.lat];
    store.update({
      measures: store
        .get()
        .measures.map((m) =>
          m.id === measure ? { ...m, points: m.points.map((p, i) => (i === index ? point : p)) } : m,
        ),
    });
  });
  map.on('mouseup', () => {
    if (!dragging) return;
    dragging = null;
    map.dragPan.enable();
  });

  return {
    name: 'analysis tool',
    click(event) {
      if (store.get().mode === 'select') return false;
      addPoint(event);
      return true;
    },
    hover(event) {
      // A measure's vertex can be dragged in any mode.
      if (map.getLayer(VERTEX_LAYER) && map.queryRenderedFeatures(event.point, { layers: [VERTEX_LAYER] }).length > 0)
        return 'move';
      return store.get().mode === 'select' ? null : 'crosshair';
    },
  };
}
