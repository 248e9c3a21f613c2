import type { Lang } from '../i18n/strings';
import { LAYERS } from '../registry/layers';
import { RAIL_STATUSES, type RailStatus } from '../registry/types';

const LAYER_IDS: ReadonlySet<string> = new Set(LAYERS.map((layer) => layer.id));

/**
 * URL parameters, each declared once: its name, how to read it (undefined = invalid), how to write
 * it. The hash is a view of the store; what does not parse is dropped and reported by name.
 */
export interface UrlParam<T> {
  name: string;
  parse(raw: string): T | undefined;
  serialise(value: T): string;
  /** Items of a parsed value that name nothing the app has: dropped from the value and named in the notice. */
  unknownItems?(value: T): string[];
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

/** Points a link may name: the map's own bounds around Shanghai. */
const inBounds = (lon: number, lat: number) => lon >= 120.3 && lon <= 122.6 && lat >= 30.3 && lat <= 32.1;

const ID = /^[a-z0-9-]+(\/[A-Za-z0-9.-]+){1,3}$/;
const SLUG = /^[a-z0-9-]{1,40}$/;

function list(valid: (item: string) => boolean): UrlParam<string[]> {
  return {
    name: '',
    parse: (raw) => {
      const items = raw.split(',').filter((item) => item !== '');
      return items.length > 0 && items.length <= 60 && items.every(valid) ? items : undefined;
    },
    serialise: (items) => items.join(','),
  };
}

function oneOf<T extends string>(values: readonly T[]): Omit<UrlParam<T>, 'name'> {
  return { parse: (raw) => (values.includes(raw as T) ? (raw as T) : undefined), serialise: (value) => value };
}

const text = (max: number, pattern: RegExp): Omit<UrlParam<string>, 'name'> => ({
  parse: (raw) => (raw.length <= max && pattern.test(raw) ? raw : undefined),
  serialise: (value) => value,
});

const freeText = (item: string) => item.length <= 40 && !/[<>"']/.test(item);

export const URL_PARAMS: { [K in keyof UrlState]: UrlParam<NonNullable<UrlState[K]>> } = {
  lang: { name: 'lang', ...oneOf(['zh', 'en'] as const) },
  clause: { name: 'clause', ...text(80, ID) },
  paragraph: { name: 'para', ...text(90, ID) },
  district: { name: 'district', ...text(40, SLUG) },
  layers: {
    ...list((id) => SLUG.test(id)),
    name: 'layers',
    unknownItems: (ids) => ids.filter((id) => !LAYER_IDS.has(id)),
  },
  view: {
    name: 'view',
    parse: (raw) => {
      const parts = raw.split(',').map(Number);
      const [lon = Number.NaN, lat = Number.NaN, zoom = Number.NaN] = parts;
      const ok = parts.length === 3 && lon > 119 && lon < 124 && lat > 29.5 && lat < 33 && zoom >= 5 && zoom <= 20;
      return ok ? [lon, lat, zoom] : undefined;
    },
    serialise: ([lon, lat, zoom]) => `${lon.toFixed(5)},${lat.toFixed(5)},${zoom.toFixed(2)}`,
  },
  selected: { name: 'sel', ...text(90, /^[a-z0-9-]+\/[A-Za-z0-9._-]+$/) },
  tab: { name: 'tab', ...oneOf(['feature', 'plans', 'analysis', 'time', 'inview'] as const) },
  status: { ...list((s) => RAIL_STATUSES.includes(s as RailStatus)), name: 'status' } as UrlParam<RailStatus[]>,
  lines: { ...list((id) => SLUG.test(id)), name: 'lines' },
  themes: { ...list(freeText), name: 'themes' },
  batches: { ...list((b) => /^(\d|unknown)$/.test(b)), name: 'batches' },
  parks: { ...list((k) => SLUG.test(k)), name: 'parks' },
  approx: {
    name: 'approx',
    parse: (raw) => (raw === '0' ? false : raw === '1' ? true : undefined),
    serialise: (value) => (value ? '1' : '0'),
  },
  base: { name: 'base', ...oneOf(['offline', 'plain', 'osm', 'tianditu'] as const) },
  year: { name: 'year', ...yearParam() },
  compare: { name: 'compare', ...yearParam() },
  compareFrom: { name: 'from', ...yearParam() },
  opacity: {
    name: 'opacity',
    parse: (raw) => {
      const entries = raw.split(',').map((item) => /^([a-z0-9-]{1,40}):(\d{1,3})$/.exec(item));
      if (entries.length > 60 || !entries.every((m) => m && Number(m[2]) <= 100)) return undefined;
      return Object.fromEntries(entries.map((m) => [m?.[1] ?? '', Number(m?.[2])]));
    },
    serialise: (value) =>
      Object.entries(value)
        .map(([id, percent]) => `${id}:${percent}`)
        .join(','),
  },
  at: { name: 'at', ...pointParam() },
  radius: {
    name: 'r',
    parse: (raw) => (/^\d{2,5}$/.test(raw) && Number(raw) >= 50 && Number(raw) <= 10_000 ? Number(raw) : undefined),
    serialise: (value) => String(Math.round(value)),
  },
  embed: {
    name: 'embed',
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    serialise: (value) => (value ? '1' : '0'),
  },
};

function pointParam(): Omit<UrlParam<[number, number]>, 'name'> {
  return {
    parse: (raw) => {
      if (!/^-?\d{1,3}(\.\d{1,8})?,-?\d{1,2}(\.\d{1,8})?$/.test(raw)) return undefined;
      const [lon = Number.NaN, lat = Number.NaN] = raw.split(',').map(Number);
      return inBounds(lon, lat) ? [lon, lat] : undefined;
    },
    serialise: ([lon, lat]) => `${Number(lon.toFixed(5))},${Number(lat.toFixed(5))}`,
  };
}

function yearParam(): Omit<UrlParam<number>, 'name'> {
  return {
    parse: (raw) => (/^\d{4}$/.test(raw) && Number(raw) >= 2010 && Number(raw) <= 2035 ? Number(raw) : undefined),
    serialise: (value) => String(value),
  };
}

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
