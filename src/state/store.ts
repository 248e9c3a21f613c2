import type { Feature, Geometry } from 'geojson';
import type { Measure } from '../analysis/measure';
import type { NearestResult, NearestWith } from '../analysis/nearest';
import { DEFAULT_REPORT_RADIUS_M, zoomToSee } from '../analysis/point-report';
import type { FigureResult } from '../content/figures';
import type { LinkIndex } from '../content/links';
import type { ImportedLayer } from '../data/imports-db';
import { type Lang, t } from '../i18n/strings';
import type { LayerFilters } from '../style/filters';
import type { CompareState } from './time';
import type {
  AppStatus,
  CoverageState,
  DownloadRequest,
  ImportJob,
  PdfChoices,
  SearchState,
  ShareState,
  TargetsLoad,
  TypedError,
} from './tools';

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

export interface PointReportRequest {
  at: [number, number];
  radius: number;
}

export type SheetSize = 'peek' | 'half' | 'full';

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
  tab: 'feature' | 'plans' | 'analysis' | 'time' | 'inview';
  /** The open dialog, drawn over the page; null when none is. */
  dialog: 'shortcuts' | null;
  filters: LayerFilters;
  /** Layer opacity multipliers, 0–1, by layer id (absent = 1). */
  opacity: Readonly<Record<string, number>>;
  /** The district whose plan items the citizen view lists, by slug. */
  district: string | null;
  /** "What is planned here?": the point asked about and the radius in metres around it. */
  report: PointReportRequest | null;
  /** On a phone: how far the panel sheet is pulled up, and whether the layer drawer is open. */
  sheet: SheetSize;
  layersOpen: boolean;
  /** Waiting for the browser's position ("My location"). */
  locating: boolean;
  /** "What is here?" pressed: a cross marks the map's centre until the user asks about it, taps a place or cancels. */
  aiming: boolean;
  /** A map tool asked for: what is at the map's centre, or the user's position (app/map-tools.ts answers). */
  mapAsk: { what: 'here' | 'locate'; request: number } | null;
  /** 'offline' is the detailed OpenStreetMap base, 'plain' the land and sea alone. */
  basemap: 'offline' | 'plain' | 'osm' | 'tianditu';
  /** The user's own Tianditu key, kept only in this browser. */
  basemapKey: string;
  /** Camera as [lon, lat, zoom], kept for the URL. */
  view: [number, number, number] | null;
  /** What the main map shows, [west, south, east, north], once it has drawn: for the list of features in view. */
  bounds: [number, number, number, number] | null;
  /** The split view: whether it is on and its two years (kept while it is off). */
  compare: CompareState;
  /** Layers the timeline or split view switched on, hidden again when both are off. */
  timeAdded: readonly string[];
  /** The open plan section and paragraph, as stable ids. */
  clause: string | null;
  paragraph: string | null;
  notices: readonly string[];
  /** Plan passages linked to the map's features, once text and layers are loaded. */
  content: LinkIndex | null;
  contentError: string | null;
  /** Numbers the plans state, with the map's measure, by paragraph id. */
  figures: ReadonlyMap<string, readonly FigureResult[]>;
  /** Every loaded plan layer's features, by layer id: the one place layer data lives. */
  features: ReadonlyMap<string, readonly Feature<Geometry, Record<string, unknown>>[]>;
  /** Properties of every loaded feature by layer and id, so any panel can select one (from `features`). */
  featureProps: ReadonlyMap<string, ReadonlyMap<string, Record<string, unknown>>>;
  mode: MapMode;
  measures: readonly Measure[];
  /** The measure being drawn, when a measure mode is on. */
  drawing: string | null;
  nearest: NearestResult | null;
  /** Nearest compares the plans' features, every mapped feature of the class (OSM), or an imported layer. */
  nearestWith: NearestWith;
  /** OSM facility classes loaded so far (each fetched when first picked), by class id. */
  osmClasses: ReadonlyMap<string, readonly Feature<Geometry, Record<string, unknown>>[]>;
  /** Layers the user imported, kept in IndexedDB. */
  imports: readonly ImportedLayer[];
  /** The file being imported, read by app/imports-sync.ts. */
  importJob: ImportJob;
  /** The coverage tool's form, run (app/coverage.ts runs it in a worker) and table choices. */
  coverage: CoverageState;
  /** Not-covered area of the last coverage run, drawn on the map. */
  uncovered: import('geojson').MultiPolygon | null;
  /** What each typed-coordinate box could not read, by the box's test id. */
  typedErrors: Readonly<Record<string, TypedError>>;
  /** The OSM facility classes nearest needs are loading. */
  nearestLoading: boolean;
  /** Why the OSM facility classes could not load (the panel says so and offers to try again). */
  nearestClassesError: Readonly<Record<Lang, string>> | null;
  /** The plans' targets checked against the map (app/targets.ts fetches the measures). */
  targets: TargetsLoad;
  search: SearchState;
  share: ShareState;
  appStatus: AppStatus;
  /** The last file asked to be saved (app/downloads.ts saves it). */
  download: DownloadRequest | null;
  loads: Readonly<Record<string, LayerLoad>>;
  mapError: string | null;
  /** The sheet being made (src/app/sheets.ts makes it) and how that went. */
  print: PrintRequest | null;
  /** The PDF form's paper, scale, resolution and title. */
  pdf: PdfChoices;
  printStatus: { state: 'working' | 'done' | 'failed'; message: string } | null;
  /** Shown inside another page (#embed=1): the map with its legend and credits, no panels. */
  embed: boolean;
  /** The embedded map's legend is open. */
  embedLegendOpen: boolean;
}

/** A sheet to print, as the user asked for it; `request` makes a repeated request distinct. */
export type PrintRequest = { request: number } & (
  | { kind: 'png'; preset: 'a4' | 'a3' }
  | ({ kind: 'pdf' } & PdfChoices)
  | { kind: 'district' }
);

export type Listener = (state: AppState, previous: AppState) => void;
export type Equality<T> = (a: T, b: T) => boolean;

export interface Store {
  get(): AppState;
  /** One user action: one change, one round of listeners, one history entry. */
  update(change: Partial<AppState>): void;
  /** Calls `listener` after every change. Prefer `select`, which names what it reads. */
  subscribe(listener: Listener): () => void;
  /**
   * Calls `onChange` when what `selector` reads changes (by `equals`, default: same value, or
   * arrays/plain objects with the same members), and once at once when `immediate` is set.
   */
  select<T>(
    selector: (state: AppState) => T,
    onChange: (value: T, state: AppState) => void,
    options?: { equals?: Equality<T>; immediate?: boolean },
  ): () => void;
}

/** Same value, or arrays / plain objects whose members are the same values. */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.prototype && !Array.isArray(a)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * One small store; panels and the map subscribe, nothing else holds app state. Listeners are
 * isolated: one that throws is reported in a notice, and the others still run.
 */
export function createStore(initial: AppState, report: (error: unknown) => void = console.error): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  let failing = false;
  const store: Store = {
    get: () => state,
    update(change) {
      const previous = state;
      state = { ...state, ...change };
      const failures: unknown[] = [];
      for (const listener of [...listeners]) {
        try {
          listener(state, previous);
        } catch (error) {
          failures.push(error);
        }
      }
      if (failures.length === 0) return;
      for (const error of failures) report(error);
      // A listener that throws on its own notice must not loop: report once per round.
      if (failing) return;
      failing = true;
      try {
        const message = failures.map((e) => (e instanceof Error ? e.message : String(e))).join('; ');
        store.update({ notices: [...state.notices, `${t('displayError', state.lang)}: ${message}`] });
      } finally {
        failing = false;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    select(selector, onChange, { equals = shallowEqual, immediate = false } = {}) {
      let current = selector(state);
      if (immediate) onChange(current, state);
      return store.subscribe((next) => {
        const value = selector(next);
        if (equals(value, current)) return;
        current = value;
        onChange(value, next);
      });
    },
  };
  return store;
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
  // A feature shown from search or a passage is drawn even when its layer was off.
  const hidden = keys.filter((k) => !state.visible.has(k.layerId) && k.layerId !== 'base-districts');
  store.update({
    selected: select && first && properties ? { ...first, properties } : state.selected,
    highlighted: keys,
    ...(hidden.length > 0 ? { visible: new Set([...state.visible, ...hidden.map((k) => k.layerId)]) } : {}),
    focus: fly ? { keys, request: (state.focus?.request ?? 0) + 1 } : state.focus,
    // One update, so one history entry, for one user action.
    ...also,
  });
}

/**
 * Opens the report of what is planned at a point (a right-click, a long press, the map centre, the
 * user's position, or a place chosen in search). `fly` brings the point into view, close enough to
 * see the report's radius.
 */
export function openPointReport(
  store: Store,
  lon: number,
  lat: number,
  { radius, fly = false }: { radius?: number; fly?: boolean } = {},
): void {
  const state = store.get();
  store.update({
    report: { at: [lon, lat], radius: radius ?? state.report?.radius ?? DEFAULT_REPORT_RADIUS_M },
    aiming: false,
    selected: null,
    highlighted: [],
    tab: 'feature',
    layersOpen: false,
    sheet: state.sheet === 'peek' ? 'half' : state.sheet,
    ...(fly ? { view: [lon, lat, zoomToSee(radius ?? DEFAULT_REPORT_RADIUS_M)] as [number, number, number] } : {}),
  });
}

/** The plan layers and the user's imported ones, as analysis and export see them. */
export function allLayerData(
  state: AppState,
): ReadonlyMap<string, readonly Feature<Geometry, Record<string, unknown>>[]> {
  if (state.imports.length === 0) return state.features;
  const merged = new Map(state.features);
  for (const layer of state.imports)
    merged.set(layer.id, layer.collection.features as Feature<Geometry, Record<string, unknown>>[]);
  return merged;
}
