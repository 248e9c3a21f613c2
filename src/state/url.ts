import { DEFAULT_REPORT_RADIUS_M, zoomToSee } from '../analysis/point-report';
import type { Lang } from '../i18n/strings';
import { LAYERS } from '../registry/layers';
import { RAIL_STATUSES, type RailStatus } from '../registry/types';
import { type LayerFilters, NO_FILTERS } from '../style/filters';
import type { AppState } from './store';
import { DEFAULT_COMPARE, TIMELINE_LAYERS } from './time';
import {
  flag,
  freeText,
  ID,
  list,
  oneOf,
  percentages,
  point,
  radius,
  SLUG,
  text,
  type UrlCodec,
  view,
  year,
} from './url-codecs';

const LAYER_IDS: ReadonlySet<string> = new Set(LAYERS.map((layer) => layer.id));
const DEFAULT_LAYERS = LAYERS.filter((l) => l.defaultVisible).map((l) => l.id);

/** What one parameter asks of the store; `filters` and `compare` are filled by several parameters. */
export type StoreChange = Partial<Omit<AppState, 'filters' | 'compare'>> & {
  filters?: Partial<LayerFilters>;
  compare?: Partial<AppState['compare']>;
};

/**
 * URL parameters, each declared once (as web-mapviewer's storeSync config does): its name, how to
 * read and write its text (undefined = invalid), which value of the store it carries, and what it
 * asks of the store. The hash is a view of the store; what does not parse is dropped and reported.
 */
export interface UrlParam<T> extends UrlCodec<T> {
  name: string;
  /** Items of a parsed value that name nothing the app has: dropped from the value and named in the notice. */
  unknownItems?(value: T): string[];
  /** The value a link carries for this state; null = the default, left out so links stay short. */
  fromStore(state: AppState): T | null;
  /** What a link asks for (null = the parameter is absent: the default); some read their neighbours. */
  toStore(value: T | null, url: UrlState): StoreChange;
}

export interface UrlState {
  lang: Lang | null;
  clause: string | null;
  paragraph: string | null;
  district: string | null;
  /** Visible layer ids; null = the registry's defaults. */
  layers: string[] | null;
  view: [number, number, number] | null;
  selected: string | null;
  tab: 'feature' | 'plans' | 'analysis' | 'time' | 'inview' | null;
  status: RailStatus[] | null;
  lines: string[] | null;
  themes: string[] | null;
  batches: string[] | null;
  parks: string[] | null;
  approx: boolean | null;
  base: 'offline' | 'plain' | 'osm' | 'tianditu' | null;
  year: number | null;
  /** The split view's right-hand year; present = the split view is on. */
  compare: number | null;
  /** The split view's left-hand year (older links used `year` for it). */
  compareFrom: number | null;
  /** Layer opacity in percent, by layer id, for the layers not fully opaque. */
  opacity: Record<string, number> | null;
  /** The point of "What is planned here?", and the radius around it in metres. */
  at: [number, number] | null;
  radius: number | null;
  /** The minimal interface for a page that embeds the map. */
  embed: boolean | null;
}

const listOrNull = <T>(items: readonly T[]) => (items.length > 0 ? [...items] : null);

/** A list filter: empty in the store = every value = left out of the link. */
function filterList<K extends 'railLines' | 'industryThemes' | 'industryBatches' | 'parkKinds'>(
  name: string,
  field: K,
  valid: (item: string) => boolean,
): UrlParam<string[]> {
  return {
    name,
    ...list(valid),
    fromStore: (state) => listOrNull(state.filters[field]),
    toStore: (value) => ({ filters: { [field]: value ?? NO_FILTERS[field] } }),
  };
}

function opacityPercent(opacity: AppState['opacity']): Record<string, number> | null {
  const entries = Object.entries(opacity)
    .map(([id, value]) => [id, Math.round(value * 100)] as const)
    .filter(([, percent]) => percent < 100);
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

export const URL_PARAMS: { [K in keyof UrlState]: UrlParam<NonNullable<UrlState[K]>> } = {
  lang: {
    name: 'lang',
    ...oneOf(['zh', 'en'] as const),
    fromStore: (state) => state.lang,
    toStore: (value) => (value ? { lang: value } : {}),
  },
  clause: {
    name: 'clause',
    ...text(80, ID),
    fromStore: (state) => state.clause,
    toStore: (value) => ({ clause: value }),
  },
  paragraph: {
    name: 'para',
    ...text(90, ID),
    fromStore: (state) => state.paragraph,
    toStore: (value) => ({ paragraph: value }),
  },
  district: {
    name: 'district',
    ...text(40, SLUG),
    fromStore: (state) => state.district,
    toStore: (value) => ({ district: value }),
  },
  layers: {
    name: 'layers',
    ...list((id) => SLUG.test(id)),
    unknownItems: (ids) => ids.filter((id) => !LAYER_IDS.has(id)),
    fromStore: (state) => {
      const visible = LAYERS.map((l) => l.id).filter((id) => state.visible.has(id));
      const same = visible.length === DEFAULT_LAYERS.length && visible.every((id, i) => id === DEFAULT_LAYERS[i]);
      return same ? null : visible;
    },
    toStore: (value, url) => ({
      visible: new Set(
        [
          ...(value ?? DEFAULT_LAYERS),
          // A link to a year without its own layer list shows that year's new towns.
          ...(value === null && (url.year !== null || url.compare !== null) ? TIMELINE_LAYERS : []),
        ].filter((id) => LAYER_IDS.has(id)),
      ),
    }),
  },
  view: {
    name: 'view',
    ...view,
    fromStore: (state) => state.view,
    // A shared report link without a camera opens on its point.
    toStore: (value, url) => ({
      view: value ?? (url.at ? [url.at[0], url.at[1], zoomToSee(url.radius ?? DEFAULT_REPORT_RADIUS_M)] : null),
    }),
  },
  selected: {
    name: 'sel',
    ...text(90, /^[a-z0-9-]+\/[A-Za-z0-9._-]+$/),
    fromStore: (state) => (state.selected ? `${state.selected.layerId}/${state.selected.featureId}` : null),
    // The selection needs the feature's properties: the caller selects it once the layer has loaded.
    toStore: () => ({}),
  },
  tab: {
    name: 'tab',
    ...oneOf(['feature', 'plans', 'analysis', 'time', 'inview'] as const),
    fromStore: (state) => (state.tab === 'feature' ? null : state.tab),
    toStore: (value, url) => ({ tab: value ?? (url.clause ? 'plans' : 'feature') }),
  },
  status: {
    name: 'status',
    ...list<RailStatus>((s) => RAIL_STATUSES.includes(s as RailStatus)),
    fromStore: (state) => listOrNull(state.filters.railStatus),
    toStore: (value) => ({ filters: { railStatus: value ?? NO_FILTERS.railStatus } }),
  },
  lines: filterList('lines', 'railLines', (id) => SLUG.test(id)),
  themes: filterList('themes', 'industryThemes', freeText),
  batches: filterList('batches', 'industryBatches', (b) => /^(\d|unknown)$/.test(b)),
  parks: filterList('parks', 'parkKinds', (k) => SLUG.test(k)),
  approx: {
    name: 'approx',
    ...flag,
    fromStore: (state) => (state.filters.showApproximate ? null : false),
    toStore: (value) => ({ filters: { showApproximate: value ?? true } }),
  },
  base: {
    name: 'base',
    ...oneOf(['offline', 'plain', 'osm', 'tianditu'] as const),
    fromStore: (state) => (state.basemap === 'offline' ? null : state.basemap),
    toStore: (value) => ({ basemap: value ?? 'offline' }),
  },
  year: {
    name: 'year',
    ...year,
    fromStore: (state) => state.filters.year,
    toStore: (value) => ({ filters: { year: value } }),
  },
  compare: {
    name: 'compare',
    ...year,
    fromStore: (state) => (state.compare.on ? state.compare.to : null),
    toStore: (value) => ({ compare: { on: value !== null, to: value ?? DEFAULT_COMPARE.to } }),
  },
  compareFrom: {
    name: 'from',
    ...year,
    fromStore: (state) => (state.compare.on ? state.compare.from : null),
    // Older links used `year` for the left-hand year.
    toStore: (value, url) => ({ compare: { from: value ?? url.year ?? DEFAULT_COMPARE.from } }),
  },
  opacity: {
    name: 'opacity',
    ...percentages,
    fromStore: (state) => opacityPercent(state.opacity),
    toStore: (value) => ({
      opacity: Object.fromEntries(
        Object.entries(value ?? {})
          .filter(([id]) => LAYER_IDS.has(id))
          .map(([id, percent]) => [id, percent / 100]),
      ),
    }),
  },
  at: {
    name: 'at',
    ...point,
    fromStore: (state) => state.report?.at ?? null,
    toStore: (value, url) => ({ report: value ? { at: value, radius: url.radius ?? DEFAULT_REPORT_RADIUS_M } : null }),
  },
  radius: {
    name: 'r',
    ...radius,
    fromStore: (state) =>
      state.report && state.report.radius !== DEFAULT_REPORT_RADIUS_M ? state.report.radius : null,
    // Read by `at` (the report) and `view` (the camera around it).
    toStore: () => ({}),
  },
  embed: {
    name: 'embed',
    ...flag,
    fromStore: (state) => (state.embed ? true : null),
    toStore: (value) => ({ embed: value ?? false }),
  },
};

export function emptyUrlState(): UrlState {
  return Object.fromEntries(Object.keys(URL_PARAMS).map((key) => [key, null])) as unknown as UrlState;
}

export function readHash(hash: string): { state: UrlState; ignored: string[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { state: emptyUrlState(), ignored: ['#'] };
  }
  const state = emptyUrlState() as unknown as Record<string, unknown>;
  const ignored: string[] = [];
  const known = new Set(Object.values(URL_PARAMS).map((p) => p.name));
  for (const [key, param] of Object.entries(URL_PARAMS) as [string, UrlParam<unknown>][]) {
    const raw = params.get(param.name);
    if (raw === null) continue;
    const value = param.parse(raw);
    if (value === undefined) {
      ignored.push(param.name);
      continue;
    }
    const unknown = param.unknownItems?.(value) ?? [];
    ignored.push(...unknown.map((item) => `${param.name}=${item}`));
    const kept = unknown.length > 0 && Array.isArray(value) ? value.filter((item) => !unknown.includes(item)) : value;
    // A list left empty asks for nothing the app has: the default stands.
    if (!Array.isArray(kept) || kept.length > 0) state[key] = kept;
  }
  for (const name of params.keys()) if (!known.has(name)) ignored.push(name.slice(0, 40));
  return { state: state as unknown as UrlState, ignored: [...new Set(ignored)] };
}

export function writeHash(state: UrlState): string {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(URL_PARAMS) as [keyof UrlState, UrlParam<unknown>][]) {
    const value = state[key];
    if (value !== null && value !== undefined) params.set(param.name, param.serialise(value));
  }
  // Slashes, commas and colons are legal in a fragment; keeping them makes links readable.
  const text = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `#${text}` : '';
}
