import { MapLibreOverlay } from '@deck.gl/maplibre';
import * as turf from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import {
  type GeoJSONSource,
  Map as MapLibreMap,
  type MapMouseEvent,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayerFeatureCollection } from '../data/validate';
import { findLayer, LAYERS } from '../registry/layers';
import type { AppState, Store } from '../state/store';
import { basemapLayerIds, buildBasemapStyle } from '../style/basemap-style';
import { basemapSource } from '../style/basemaps';
import { labelPoints, labelSourceId } from '../style/label-points';
import { buildMapStyle, styleLayerIds } from '../style/maplibre-style';
import { attachAnalysis } from './analysis-overlay';
import { BASEMAP_TILE_URL, FONT_FACES } from './assets';
import { attachPointerDispatch, type PointerDispatch } from './click-dispatch';
import { attachCompareMap } from './compare-map';
import { buildDeckLayers } from './deck-layers';
import { attachImportedLayers } from './imported-layers';
import { clearSelectionOnClick, deckPicker, planLayersPointer } from './plan-pick';
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

/** The offline OpenStreetMap tiles, shown when the detailed base is picked. */
function osmBasemap(state: AppState) {
  return buildBasemapStyle({ tileUrl: BASEMAP_TILE_URL, lang: state.lang, visible: state.basemap === 'offline' });
}

export function createPlanMap(container: HTMLElement, store: Store): PlanMap {
  setWorkerUrl(workerUrl);
  const initial = store.get();
  const map = new MapLibreMap({
    container,
    style: buildMapStyle({
      layers: LAYERS,
      visible: initial.visible,
      lang: initial.lang,
      fontFaces: FONT_FACES,
      filters: initial.filters,
      opacity: initial.opacity,
      basemap: osmBasemap(initial),
    }),
    center: initial.view ? [initial.view[0], initial.view[1]] : HOME_VIEW.center,
    zoom: initial.view ? initial.view[2] : HOME_VIEW.zoom,
    maxBounds: SHANGHAI_BOUNDS,
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');

  const deckData = new Map<string, AnyFeature[]>();
  const allData = new Map<string, AnyFeature[]>();
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay);

  let pointer: PointerDispatch<MapMouseEvent> | null = null;
  const loaded = new Promise<void>((resolve) =>
    map.once('load', () => {
      const analysisTool = attachAnalysis(map, store, (layerId) => allData.get(layerId) ?? []);
      setBasemap(store.get());
      attachCompareMap(map, store, () => allData);
      const importedLayers = attachImportedLayers(map, store);
      // Who gets a map click or hover, asked in this order: the first to claim it has it.
      pointer = attachPointerDispatch(map, [
        analysisTool, // every click while a measure or nearest tool is on
        importedLayers, // the user's layers are drawn on top of the plan's
        planLayersPointer(map, store, deckPicker(overlay)), // deck.gl's, then MapLibre's
        clearSelectionOnClick(store), // a click on nothing
      ]);
      attachStreetCoverageHint(map, store);
      resolve();
    }),
  );
  let litStates: { source: string; id: string | number }[] = [];

  function renderDeck(state: AppState): void {
    const firstLabel = map.getStyle()?.layers.find((l) => l.type === 'symbol')?.id;
    overlay.setProps({
      layers: buildDeckLayers({
        layers: LAYERS,
        data: deckData,
        visible: state.visible,
        selectedIds: new Set([
          ...(state.selected ? [state.selected.featureId] : []),
          ...state.highlighted.map((k) => k.featureId),
        ]),
        beforeId: firstLabel,
        filters: state.filters,
        opacity: state.opacity,
      }),
      // The pointer dispatch decides the cursor; deck.gl would otherwise reset it every frame.
      getCursor: () => pointer?.cursor() ?? '',
    });
  }

  /** Online bases sit above the offline land and sea and below everything of the plans. */
  function setBasemap(state: AppState): void {
    if (map.getLayer('basemap')) map.removeLayer('basemap');
    if (map.getSource('basemap')) map.removeSource('basemap');
    const source = basemapSource(state.basemap, state.basemapKey);
    if (!source) return;
    map.addSource('basemap', source);
    map.addLayer({ id: 'basemap', type: 'raster', source: 'basemap' }, 'base-districts:fill');
  }

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
    if (state.filters !== previous.filters || state.opacity !== previous.opacity) {
      // The style builder is the one place filters and opacity become MapLibre properties.
      const spec = buildMapStyle({
        layers: LAYERS,
        visible: state.visible,
        lang: state.lang,
        filters: state.filters,
        opacity: state.opacity,
      });
      for (const layer of spec.layers) {
        if (!map.getLayer(layer.id) || !('source' in layer)) continue;
        map.setFilter(layer.id, 'filter' in layer ? (layer.filter ?? null) : null);
        for (const [name, value] of Object.entries(layer.paint ?? {})) {
          if (name.endsWith('opacity')) map.setPaintProperty(layer.id, name as 'fill-opacity', value);
        }
      }
    }
    if (state.basemap !== previous.basemap || state.basemapKey !== previous.basemapKey) setBasemap(state);
    if (state.basemap !== previous.basemap || state.lang !== previous.lang) {
      const osm = osmBasemap(state);
      for (const id of basemapLayerIds(osm)) {
        if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', state.basemap === 'offline' ? 'visible' : 'none');
      }
      for (const layer of osm.labels) {
        if (layer.type === 'symbol' && map.getLayer(layer.id))
          map.setLayoutProperty(layer.id, 'text-field', layer.layout?.['text-field']);
      }
    }
    if (state.visible !== previous.visible) {
      for (const layer of LAYERS.filter((l) => l.renderer === 'maplibre')) {
        for (const id of styleLayerIds(layer)) {
          if (map.getLayer(id))
            map.setLayoutProperty(id, 'visibility', state.visible.has(layer.id) ? 'visible' : 'none');
        }
      }
    }
    if (state.lang !== previous.lang) {
      for (const layer of LAYERS) {
        if (layer.label && map.getLayer(`${layer.id}:label`)) {
          map.setLayoutProperty(`${layer.id}:label`, 'text-field', [
            'coalesce',
            ['get', layer.label[state.lang]],
            ['get', 'name_zh'],
          ]);
        }
      }
    }
    if (state.selected !== previous.selected || state.highlighted !== previous.highlighted) {
      for (const lit of litStates) map.setFeatureState(lit, { selected: false });
      const keys = [
        ...(state.selected ? [{ layerId: state.selected.layerId, featureId: state.selected.featureId }] : []),
        ...state.highlighted,
      ];
      litStates = keys
        .filter((key) => findLayer(key.layerId)?.renderer === 'maplibre')
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
    renderDeck(state);
  });

  return {
    map,
    whenReady: () => loaded,
    setPixelRatio(ratio) {
      map.setPixelRatio(ratio ?? window.devicePixelRatio);
      // Interleaved, MapLibreOverlay does not pass useDevicePixels on, so deck.gl would keep the
      // screen's ratio and draw into a corner of the larger print canvas: tell its Deck directly.
      (overlay as unknown as { _deck?: { setProps(props: object): void } })._deck?.setProps({
        useDevicePixels: ratio ?? true,
      });
    },
    setLayerData(layerId, collection) {
      const layer = findLayer(layerId);
      if (!layer) return;
      allData.set(layerId, collection.features as AnyFeature[]);
      if (layer.renderer === 'deck') {
        deckData.set(layerId, collection.features as AnyFeature[]);
        renderDeck(store.get());
      } else {
        (map.getSource(layerId) as GeoJSONSource | undefined)?.setData(collection);
        if (layer.label)
          (map.getSource(labelSourceId(layerId)) as GeoJSONSource | undefined)?.setData(labelPoints(collection));
      }
    },
  };
}
