import type { Feature, Geometry } from 'geojson';
import { type GeoJSONSource, Map as MapLibreMap, type MapOptions } from 'maplibre-gl';
import { findLayer } from '../registry/layers';
import type { AppState } from '../state/store';
import type { LayerFilters } from '../style/filters';
import { labelPoints, labelSourceId } from '../style/label-points';
import { BASEMAP_TILE_URL, FONT_FACES } from './assets';
import type { DeckOverlay } from './deck-overlay';
import {
  describeStyle,
  describeView,
  diffViews,
  type MapOperation,
  RASTER_BELOW,
  type ViewInput,
  viewStyle,
} from './view-description';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/**
 * One map of the plans, as the main map and the split view's second map both need it: the style
 * built from the registry, the layer data, and the state it draws (filters, opacity, visibility,
 * language, base). `draw` describes the view the state asks for (view-description.ts) and applies
 * only the operations that differ from the description it drew last.
 */
export interface PlanView {
  map: MapLibreMap;
  /** Resolves once the style and its sources exist. */
  loaded: Promise<void>;
  setLayerData(layerId: string, features: readonly AnyFeature[]): void;
  draw(state: AppState): void;
  setPixelRatio(ratio: number | null): void;
}

export interface PlanViewOptions {
  /** The filters this view draws with: the split view draws another year. */
  filtersOf(state: AppState): LayerFilters;
  /** Whether this view draws the analysis results (the split view does not). */
  analysis: boolean;
  map: Omit<MapOptions, 'style' | 'container'>;
}

const inputOf = (state: AppState, options: PlanViewOptions): ViewInput => ({
  visible: state.visible,
  lang: state.lang,
  filters: options.filtersOf(state),
  opacity: state.opacity,
  basemap: state.basemap,
  basemapKey: state.basemapKey,
});

export function createPlanView(container: HTMLElement, initial: AppState, options: PlanViewOptions): PlanView {
  const style = viewStyle(inputOf(initial, options), BASEMAP_TILE_URL, FONT_FACES);
  const map = new MapLibreMap({
    ...options.map,
    container,
    style,
    // Labels appear at once rather than fading in: MapLibre then places them all in one frame, where a
    // fade spreads placement over frames, each a full redraw (slow without a GPU).
    fadeDuration: 0,
    // The style builders' output is checked against the style spec by the unit tests, not on every load.
    validateStyle: false,
  });
  let styleReady = false;
  const loaded = new Promise<void>((resolve) =>
    map.once('load', () => {
      styleReady = true;
      resolve();
    }),
  );
  let deck: DeckOverlay | null = null;
  let deckLoading = false;
  let latest = initial;
  // What the map shows now: the style it was made with, and no online base yet.
  let drawn = describeStyle(style, null);

  /** deck.gl's chunk loads the first time an analysis result needs it, never for first paint. */
  function needDeck(): void {
    if (deck || deckLoading) return;
    deckLoading = true;
    Promise.all([import('./deck-overlay'), loaded])
      .then(([module]) => {
        deck = module.createDeckOverlay(map);
        drawDeck(latest);
      })
      .catch((error: unknown) => console.warn('deck.gl:', error));
  }

  function drawDeck(state: AppState): void {
    const uncovered = options.analysis ? state.uncovered : null;
    if (uncovered) needDeck();
    deck?.draw({ uncovered, beforeId: map.getStyle()?.layers.find((l) => l.type === 'symbol')?.id });
  }

  function apply(op: MapOperation): void {
    if (op.op === 'addRaster') {
      map.addSource('basemap', op.source);
      map.addLayer({ id: 'basemap', type: 'raster', source: 'basemap' }, RASTER_BELOW);
    } else if (op.op === 'removeRaster') {
      if (map.getLayer('basemap')) map.removeLayer('basemap');
      if (map.getSource('basemap')) map.removeSource('basemap');
    } else if (!map.getLayer(op.layer)) {
      return;
    } else if (op.op === 'setFilter') {
      map.setFilter(op.layer, op.value);
    } else if (op.op === 'setLayoutProperty') {
      map.setLayoutProperty(op.layer, op.name as 'visibility', op.value as 'visible');
    } else {
      map.setPaintProperty(op.layer, op.name as 'fill-opacity', op.value as number);
    }
  }

  /** Data of layers not shown yet: MapLibre's worker indexes a source's data as soon as it gets it. */
  const hidden = new Map<string, readonly AnyFeature[]>();

  function handOver(layerId: string, features: readonly AnyFeature[]): void {
    const collection = { type: 'FeatureCollection' as const, features: [...features] };
    (map.getSource(layerId) as GeoJSONSource | undefined)?.setData(collection);
    if (findLayer(layerId)?.label)
      (map.getSource(labelSourceId(layerId)) as GeoJSONSource | undefined)?.setData(labelPoints(collection));
  }

  function draw(state: AppState): void {
    latest = state;
    // Before the style exists there is nothing to change: the first draw after it loads does it all.
    if (!styleReady) return;
    for (const [layerId, features] of hidden) {
      if (!state.visible.has(layerId)) continue;
      hidden.delete(layerId);
      handOver(layerId, features);
    }
    const next = describeView(inputOf(state, options), BASEMAP_TILE_URL);
    for (const op of diffViews(drawn, next)) apply(op);
    drawn = next;
    drawDeck(state);
  }

  return {
    map,
    loaded,
    draw,
    setLayerData(layerId, features) {
      if (!findLayer(layerId)) return;
      // A hidden layer's data waits until the layer is first shown, off the first load's work.
      if (latest.visible.has(layerId)) {
        hidden.delete(layerId);
        handOver(layerId, features);
      } else {
        hidden.set(layerId, features);
      }
    },
    setPixelRatio(ratio) {
      map.setPixelRatio(ratio ?? window.devicePixelRatio);
      deck?.setPixelRatio(ratio);
    },
  };
}
