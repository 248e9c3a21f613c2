import * as turf from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import {
  type MapGeoJSONFeature,
  type Map as MapLibreMap,
  type MapMouseEvent,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { closestHit } from '../analysis/closest-hit';
import { mostSpecific } from '../analysis/most-specific';
import type { LayerFeatureCollection } from '../data/validate';
import { findLayer, LAYERS } from '../registry/layers';
import type { FeatureRef, Store } from '../state/store';
import { styleLayerIds } from '../style/maplibre-style';
import { attachAnalysis } from './analysis-overlay';
import { attachCompareMap } from './compare-map';
import { attachImportedLayers } from './imported-layers';
import { createPlanView } from './plan-view';
import { attachStreetCoverageHint } from './street-coverage-hint';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** Shanghai's land fits at this view on a 1024-px-wide window. */
export const HOME_VIEW = { center: [121.47, 31.2] as [number, number], zoom: 8.6 };
const SHANGHAI_BOUNDS: [[number, number], [number, number]] = [
  [120.3, 30.3],
  [122.6, 32.1],
];

export interface PlanMap {
  map: MapLibreMap;
  setLayerData(layerId: string, collection: LayerFeatureCollection): void;
  whenReady(): Promise<void>;
  /** Pixel ratio of the map and its deck.gl layers together, for printing; null = the screen's. */
  setPixelRatio(ratio: number | null): void;
}

/** Style layers a pointer can hit: lines first (thin targets win), then fills. */
const LINE_TARGETS = LAYERS.filter((l) => l.interactive)
  .flatMap(styleLayerIds)
  .filter((id) => /:(line|line-approx|point)$/.test(id));
const AREA_TARGETS = LAYERS.filter((l) => l.interactive)
  .flatMap(styleLayerIds)
  .filter((id) => /:fill$/.test(id));

function refOf(layerId: string, properties: Record<string, unknown>): FeatureRef {
  return { layerId, featureId: String(properties.id ?? ''), properties };
}

export function createPlanMap(container: HTMLElement, store: Store): PlanMap {
  setWorkerUrl(workerUrl);
  const initial = store.get();
  const view = createPlanView(container, initial, {
    filtersOf: (state) => state.filters,
    analysis: true,
    map: {
      center: initial.view ? [initial.view[0], initial.view[1]] : HOME_VIEW.center,
      zoom: initial.view ? initial.view[2] : HOME_VIEW.zoom,
      maxBounds: SHANGHAI_BOUNDS,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    },
  });
  const map = view.map;
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');

  const allData = new Map<string, AnyFeature[]>();
  const loaded = view.loaded.then(() => {
    attachAnalysis(map, store, (layerId) => allData.get(layerId) ?? []);
    view.draw(store.get());
    attachCompareMap(map, store);
    attachImportedLayers(map, store);
    attachStreetCoverageHint(map, store);
  });
  let hovered: { source: string; id: string | number } | null = null;
  let litStates: { source: string; id: string | number }[] = [];

  function setHover(next: { source: string; id: string | number } | null): void {
    if (hovered) map.setFeatureState(hovered, { hover: false });
    hovered = next;
    if (hovered) map.setFeatureState(hovered, { hover: true });
    map.getCanvas().style.cursor = hovered ? 'pointer' : '';
  }

  function mapFeatureAt(point: MapMouseEvent['point']): MapGeoJSONFeature | undefined {
    const box: [[number, number], [number, number]] = [
      [point.x - 4, point.y - 4],
      [point.x + 4, point.y + 4],
    ];
    const { lng, lat } = map.unproject(point);
    const near = closestHit(map.queryRenderedFeatures(box, { layers: LINE_TARGETS }), [lng, lat]);
    if (near) return near;
    const features = store.get().features;
    return mostSpecific(map.queryRenderedFeatures(point, { layers: AREA_TARGETS }), (hit) =>
      features.get(hit.source)?.find((f) => f.properties.id === hit.properties.id),
    );
  }

  map.on('mousemove', (event) => {
    if (store.get().mode !== 'select') return setHover(null);
    const feature = mapFeatureAt(event.point);
    setHover(feature?.id !== undefined ? { source: feature.source, id: feature.id } : null);
  });
  map.on('mouseout', () => setHover(null));
  map.on('click', (event) => {
    if (store.get().mode !== 'select') return;
    const feature = mapFeatureAt(event.point);
    const selected = feature ? refOf(feature.source, feature.properties) : null;
    store.update({ selected, highlighted: [], ...(selected ? { tab: 'feature' as const } : {}) });
  });

  map.on('moveend', () => {
    const { lng, lat } = map.getCenter();
    store.update({ view: [lng, lat, map.getZoom()] });
  });

  store.subscribe((state, previous) => {
    if (state.view && state.view !== previous.view) {
      const [lon, lat, zoom] = state.view;
      const here = map.getCenter();
      const moved =
        Math.abs(here.lng - lon) > 1e-5 || Math.abs(here.lat - lat) > 1e-5 || Math.abs(map.getZoom() - zoom) > 0.01;
      if (moved) map.jumpTo({ center: [lon, lat], zoom });
    }
    if (state.selected !== previous.selected || state.highlighted !== previous.highlighted) {
      for (const lit of litStates) map.setFeatureState(lit, { selected: false });
      const keys = [
        ...(state.selected ? [{ layerId: state.selected.layerId, featureId: state.selected.featureId }] : []),
        ...state.highlighted,
      ];
      litStates = keys
        .filter((key) => findLayer(key.layerId))
        .map((key) => ({ source: key.layerId, id: key.featureId }));
      for (const lit of litStates) map.setFeatureState(lit, { selected: true });
    }
    if (state.focus && state.focus !== previous.focus) {
      const features = state.focus.keys.flatMap(
        (key) => allData.get(key.layerId)?.filter((f) => f.properties.id === key.featureId) ?? [],
      );
      if (features.length > 0) {
        const [west, south, east, north] = turf.bbox(turf.featureCollection(features));
        map.fitBounds(
          [
            [west, south],
            [east, north],
          ],
          { padding: 60, maxZoom: 14, duration: 700 },
        );
      }
    }
    view.draw(state);
  });

  return {
    map,
    whenReady: () => loaded,
    setPixelRatio: view.setPixelRatio,
    setLayerData(layerId, collection) {
      if (!findLayer(layerId)) return;
      allData.set(layerId, collection.features as AnyFeature[]);
      view.setLayerData(layerId, collection.features as AnyFeature[]);
    },
  };
}
