import * as turf from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { type Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayerFeatureCollection } from '../data/validate';
import { findLayer } from '../registry/layers';
import type { Store } from '../state/store';
import { mainFilters } from '../state/time';
import { attachAnalysis } from './analysis-overlay';
import { attachPointerDispatch } from './click-dispatch';
import { attachCompareMap } from './compare-map';
import { labelMapControls } from './control-labels';
import { attachImportedLayers } from './imported-layers';
import { attachMapKeyboard } from './map-keyboard';
import { attachOnlineBaseWatch } from './online-base-watch';
import { clearSelectionOnClick, planLayersPointer, reportOnAimedClick, reportOnPress } from './plan-pick';
import { createPlanView } from './plan-view';
import { attachPointMarker } from './point-marker';
import { attachStreetCoverageHint } from './street-coverage-hint';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** Shanghai's land fits at this view on a 1024-px-wide window. */
export const HOME_VIEW = { center: [121.47, 31.2] as [number, number], zoom: 8.6 };
export const SHANGHAI_BOUNDS: [[number, number], [number, number]] = [
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

/** What the page lays over the map's lower edge (a phone's half-open sheet), in CSS pixels. */
export type CoveredBottom = () => number;

export function createPlanMap(container: HTMLElement, store: Store, coveredBottom: CoveredBottom = () => 0): PlanMap {
  setWorkerUrl(workerUrl);
  const initial = store.get();
  const view = createPlanView(container, initial, {
    filtersOf: mainFilters,
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
  labelMapControls(map, store);
  attachOnlineBaseWatch(map, store);

  const allData = new Map<string, AnyFeature[]>();
  const loaded = view.loaded.then(() => {
    const analysisTool = attachAnalysis(map, store, (layerId) => allData.get(layerId) ?? []);
    view.draw(store.get());
    attachCompareMap(map, store);
    const importedLayers = attachImportedLayers(map, store);
    // Who gets a map click or hover, asked in this order: the first to claim it has it.
    const dispatch = attachPointerDispatch(map, [
      reportOnAimedClick(store), // "What is here?" is aiming: the tapped place
      analysisTool, // every click while a measure or nearest tool is on
      importedLayers, // the user's layers are drawn on top of the plan's
      planLayersPointer(map, store), // the nearest dot or line, else the smallest area
      reportOnPress(store), // a right-click or long press: what is planned here
      clearSelectionOnClick(store), // a click on nothing
    ]);
    attachPointMarker(map, store);
    attachStreetCoverageHint(map, store);
    attachMapKeyboard(map, dispatch);
  });
  let litStates: { source: string; id: string | number }[] = [];

  const bounds = (): [number, number, number, number] => {
    const box = map.getBounds();
    return [box.getWest(), box.getSouth(), box.getEast(), box.getNorth()];
  };
  map.on('moveend', () => {
    const { lng, lat } = map.getCenter();
    store.update({ view: [lng, lat, map.getZoom()], bounds: bounds() });
  });
  map.on('resize', () => store.update({ bounds: bounds() }));
  view.loaded.then(() => store.update({ bounds: bounds() }));

  store.select(
    (s) => s.view,
    (target) => {
      if (!target) return;
      const [lon, lat, zoom] = target;
      const here = map.getCenter();
      const moved =
        Math.abs(here.lng - lon) > 1e-5 || Math.abs(here.lat - lat) > 1e-5 || Math.abs(map.getZoom() - zoom) > 0.01;
      if (moved) map.jumpTo({ center: [lon, lat], zoom });
    },
  );
  store.select(
    (s) => [s.selected, s.highlighted] as const,
    ([selected, highlighted]) => {
      for (const lit of litStates) map.setFeatureState(lit, { selected: false });
      const keys = [
        ...(selected ? [{ layerId: selected.layerId, featureId: selected.featureId }] : []),
        ...highlighted,
      ];
      litStates = keys
        .filter((key) => findLayer(key.layerId))
        .map((key) => ({ source: key.layerId, id: key.featureId }));
      for (const lit of litStates) map.setFeatureState(lit, { selected: true });
    },
  );
  store.select(
    (s) => s.focus,
    (focus) => {
      if (!focus) return;
      const features = focus.keys.flatMap(
        (key) => allData.get(key.layerId)?.filter((f) => f.properties.id === key.featureId) ?? [],
      );
      if (features.length === 0) return;
      const [west, south, east, north] = turf.bbox(turf.featureCollection(features));
      // After this update's other listeners have run: the sheet may be opening for this very pick.
      queueMicrotask(() =>
        map.fitBounds(
          [
            [west, south],
            [east, north],
          ],
          { padding: { top: 60, left: 60, right: 60, bottom: 60 + coveredBottom() }, maxZoom: 14, duration: 700 },
        ),
      );
    },
  );
  // Exactly what the view draws from: its layers, filters (the split view's year among them), base and analysis.
  store.select(
    (s) => [s.visible, s.lang, s.filters, s.compare, s.opacity, s.basemap, s.basemapKey, s.uncovered] as const,
    (_, state) => view.draw(state),
  );

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
