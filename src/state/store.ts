import type { FigureResult } from '../content/figures';
import type { LinkIndex } from '../content/links';
import type { ImportedLayer } from '../data/imports-db';
import type { Lang } from '../i18n/strings';
import type { LayerFilters } from '../style/filters';

export interface FeatureRef {
  layerId: string;
  featureId: string;
  properties: Record<string, unknown>;
}

export type LayerLoad =
  | { state: 'loading' }
  | { state: 'ready'; count: number; problems: string[] }
  | { state: 'failed'; message: string };

export interface FeatureKey {
  layerId: string;
  featureId: string;
}

export interface Measure {
  id: string;
  kind: 'line' | 'area';
  points: [number, number][];
}

export interface NearestResult {
  from: [number, number];
  hits: {
    kind: 'station' | 'park' | 'industrial-park';
    name_zh: string;
    name_en: string;
    distanceM: number;
    to: [number, number];
  }[];
}

/** What a map click does: select features (default), add a measure vertex, or ask for the nearest. */
export type MapMode = 'select' | 'measure-line' | 'measure-area' | 'nearest';

export interface AppState {
  lang: Lang;
  visible: ReadonlySet<string>;
  selected: FeatureRef | null;
  /** Features lit up together, e.g. every place a paragraph names. */
  highlighted: readonly FeatureKey[];
  /** A request to bring features into view; the number makes repeated requests distinct. */
  focus: { keys: readonly FeatureKey[]; request: number } | null;
  tab: 'feature' | 'plans' | 'analysis' | 'time';
  filters: LayerFilters;
  /** Layer opacity multipliers, 0–1, by layer id (absent = 1). */
  opacity: Readonly<Record<string, number>>;
  /** The district whose plan items the citizen view lists, by slug. */
  district: string | null;
  /** 'offline' is the detailed OpenStreetMap base, 'plain' the land and sea alone. */
  basemap: 'offline' | 'plain' | 'osm' | 'tianditu';
  /** The user's own Tianditu key, kept only in this browser. */
  basemapKey: string;
  /** Camera as [lon, lat, zoom], kept for the URL. */
  view: [number, number, number] | null;
  /** The year shown on the right of the split view, or null for no split. */
  compareYear: number | null;
  /** The open plan section and paragraph, as stable ids. */
  clause: string | null;
  paragraph: string | null;
  notices: readonly string[];
  /** Plan passages linked to the map's features, once text and layers are loaded. */
  content: LinkIndex | null;
  contentError: string | null;
  /** Numbers the plans state, with the map's measure, by paragraph id. */
  figures: ReadonlyMap<string, readonly FigureResult[]>;
  /** Properties of every loaded feature by layer and id, so any panel can select one. */
  featureProps: ReadonlyMap<string, ReadonlyMap<string, Record<string, unknown>>>;
  mode: MapMode;
  measures: readonly Measure[];
  /** The measure being drawn, when a measure mode is on. */
  drawing: string | null;
  nearest: NearestResult | null;
  /** Layers the user imported, kept in IndexedDB. */
  imports: readonly ImportedLayer[];
  /** Not-covered area of the last coverage run, drawn on the map. */
  uncovered: import('geojson').MultiPolygon | null;
  loads: Readonly<Record<string, LayerLoad>>;
  mapError: string | null;
}

export type Listener = (state: AppState, previous: AppState) => void;

export interface Store {
  get(): AppState;
  update(change: Partial<AppState>): void;
  subscribe(listener: Listener): () => void;
}

/** One small store; panels and the map subscribe, nothing else holds app state. */
export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(change) {
      const previous = state;
      state = { ...state, ...change };
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Selects one feature (panel) and lights up and shows all the given ones (map). */
export function showFeatures(
  store: Store,
  keys: readonly FeatureKey[],
  { fly = true, select = true, also = {} as Partial<AppState> } = {},
): void {
  const state = store.get();
  const first = keys[0];
  const properties = first ? state.featureProps.get(first.layerId)?.get(first.featureId) : undefined;
  store.update({
    selected: select && first && properties ? { ...first, properties } : state.selected,
    highlighted: keys,
    focus: fly ? { keys, request: (state.focus?.request ?? 0) + 1 } : state.focus,
    // One update, so one history entry, for one user action.
    ...also,
  });
}
