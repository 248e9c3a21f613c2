import type { Feature, Geometry } from 'geojson';
import { type GeoJSONSource, Map as MapLibreMap, type MapOptions } from 'maplibre-gl';
import { findLayer, LAYERS } from '../registry/layers';
import type { AppState } from '../state/store';
import { basemapLayerIds, buildBasemapStyle } from '../style/basemap-style';
import { basemapSource } from '../style/basemaps';
import type { LayerFilters } from '../style/filters';
import { labelPoints, labelSourceId } from '../style/label-points';
import { buildMapStyle, styleLayerIds } from '../style/maplibre-style';
import { BASEMAP_TILE_URL, FONT_FACES } from './assets';
import type { DeckOverlay } from './deck-overlay';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/**
 * One map of the plans, as the main map and the split view's second map both need it: the style
 * built from the registry, the layer data, and the state it draws (filters, opacity, visibility,
 * language, base). It remembers what it drew, so `draw` changes only what differs.
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

/** The offline OpenStreetMap tiles, shown when the detailed base is picked. */
function osmBasemap(state: AppState) {
  return buildBasemapStyle({ tileUrl: BASEMAP_TILE_URL, lang: state.lang, visible: state.basemap === 'offline' });
}

export function createPlanView(container: HTMLElement, initial: AppState, options: PlanViewOptions): PlanView {
  const map = new MapLibreMap({
    ...options.map,
    container,
    style: buildMapStyle({
      layers: LAYERS,
      visible: initial.visible,
      lang: initial.lang,
      fontFaces: FONT_FACES,
      filters: options.filtersOf(initial),
      opacity: initial.opacity,
      basemap: osmBasemap(initial),
    }),
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
  // What the map shows now, as keys compared with the next state's.
  let drawn = {
    filters: JSON.stringify(options.filtersOf(initial)),
    opacity: initial.opacity,
    visible: initial.visible,
    lang: initial.lang,
    basemap: '',
  };

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

  /** Online bases sit above the offline land and sea and below everything of the plans. */
  function drawBasemap(state: AppState): void {
    if (map.getLayer('basemap')) map.removeLayer('basemap');
    if (map.getSource('basemap')) map.removeSource('basemap');
    const osm = osmBasemap(state);
    for (const id of basemapLayerIds(osm)) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', state.basemap === 'offline' ? 'visible' : 'none');
    }
    const source = basemapSource(state.basemap, state.basemapKey);
    if (!source) return;
    map.addSource('basemap', source);
    map.addLayer({ id: 'basemap', type: 'raster', source: 'basemap' }, 'base-districts:fill');
  }

  /** Filters, opacity and label language as the style builder states them: the one place they are made. */
  function drawStyle(state: AppState, filters: LayerFilters): void {
    const spec = buildMapStyle({
      layers: LAYERS,
      visible: state.visible,
      lang: state.lang,
      filters,
      opacity: state.opacity,
      basemap: osmBasemap(state),
    });
    for (const layer of spec.layers) {
      if (!map.getLayer(layer.id) || !('source' in layer)) continue;
      map.setFilter(layer.id, 'filter' in layer ? (layer.filter ?? null) : null);
      for (const [name, value] of Object.entries(layer.paint ?? {})) {
        if (name.endsWith('opacity')) map.setPaintProperty(layer.id, name as 'fill-opacity', value);
      }
      if (layer.type === 'symbol' && layer.layout?.['text-field'])
        map.setLayoutProperty(layer.id, 'text-field', layer.layout['text-field']);
    }
  }

  function drawVisibility(visible: ReadonlySet<string>): void {
    for (const layer of LAYERS) {
      for (const id of styleLayerIds(layer)) {
        if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible.has(layer.id) ? 'visible' : 'none');
      }
    }
  }

  function draw(state: AppState): void {
    latest = state;
    // Before the style exists there is nothing to change: the first draw after it loads does it all.
    if (!styleReady) return;
    const filters = options.filtersOf(state);
    const filtersKey = JSON.stringify(filters);
    const basemapKey = `${state.basemap} ${state.basemapKey ?? ''} ${state.lang}`;
    if (filtersKey !== drawn.filters || state.opacity !== drawn.opacity || state.lang !== drawn.lang) {
      drawStyle(state, filters);
    }
    if (basemapKey !== drawn.basemap) drawBasemap(state);
    if (state.visible !== drawn.visible) drawVisibility(state.visible);
    drawn = {
      filters: filtersKey,
      opacity: state.opacity,
      visible: state.visible,
      lang: state.lang,
      basemap: basemapKey,
    };
    drawDeck(state);
  }

  return {
    map,
    loaded,
    draw,
    setLayerData(layerId, features) {
      const layer = findLayer(layerId);
      if (!layer) return;
      const collection = { type: 'FeatureCollection' as const, features: [...features] };
      (map.getSource(layerId) as GeoJSONSource | undefined)?.setData(collection);
      if (layer.label)
        (map.getSource(labelSourceId(layerId)) as GeoJSONSource | undefined)?.setData(labelPoints(collection));
    },
    setPixelRatio(ratio) {
      map.setPixelRatio(ratio ?? window.devicePixelRatio);
      deck?.setPixelRatio(ratio);
    },
  };
}
