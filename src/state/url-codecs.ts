/** How URL parameter values are read and written: each returns undefined for what it cannot read. */
export interface UrlCodec<T> {
  parse(raw: string): T | undefined;
  serialise(value: T): string;
}

/** Points a link may name: the map's own bounds around Shanghai. */
const inBounds = (lon: number, lat: number) => lon >= 120.3 && lon <= 122.6 && lat >= 30.3 && lat <= 32.1;

export const ID = /^[a-z0-9-]+(\/[A-Za-z0-9.-]+){1,3}$/;
export const SLUG = /^[a-z0-9-]{1,40}$/;

export const freeText = (item: string) => item.length <= 40 && !/[<>"']/.test(item);

export function list<T extends string = string>(valid: (item: string) => boolean): UrlCodec<T[]> {
  return {
    parse: (raw) => {
      const items = raw.split(',').filter((item) => item !== '');
      return items.length > 0 && items.length <= 60 && items.every(valid) ? (items as T[]) : undefined;
    },
    serialise: (items) => items.join(','),
  };
}

export function oneOf<T extends string>(values: readonly T[]): UrlCodec<T> {
  return { parse: (raw) => (values.includes(raw as T) ? (raw as T) : undefined), serialise: (value) => value };
}

export const text = (max: number, pattern: RegExp): UrlCodec<string> => ({
  parse: (raw) => (raw.length <= max && pattern.test(raw) ? raw : undefined),
  serialise: (value) => value,
});

export const flag: UrlCodec<boolean> = {
  parse: (raw) => (raw === '0' ? false : raw === '1' ? true : undefined),
  serialise: (value) => (value ? '1' : '0'),
};

export const view: UrlCodec<[number, number, number]> = {
  parse: (raw) => {
    const parts = raw.split(',').map(Number);
    const [lon = Number.NaN, lat = Number.NaN, zoom = Number.NaN] = parts;
    const ok = parts.length === 3 && lon > 119 && lon < 124 && lat > 29.5 && lat < 33 && zoom >= 5 && zoom <= 20;
    return ok ? [lon, lat, zoom] : undefined;
  },
  serialise: ([lon, lat, zoom]) => `${lon.toFixed(5)},${lat.toFixed(5)},${zoom.toFixed(2)}`,
};

export const point: UrlCodec<[number, number]> = {
  parse: (raw) => {
    if (!/^-?\d{1,3}(\.\d{1,8})?,-?\d{1,2}(\.\d{1,8})?$/.test(raw)) return undefined;
    const [lon = Number.NaN, lat = Number.NaN] = raw.split(',').map(Number);
    return inBounds(lon, lat) ? [lon, lat] : undefined;
  },
  serialise: ([lon, lat]) => `${Number(lon.toFixed(5))},${Number(lat.toFixed(5))}`,
};

export const year: UrlCodec<number> = {
  parse: (raw) => (/^\d{4}$/.test(raw) && Number(raw) >= 2010 && Number(raw) <= 2035 ? Number(raw) : undefined),
  serialise: (value) => String(value),
};

export const radius: UrlCodec<number> = {
  parse: (raw) => (/^\d{2,5}$/.test(raw) && Number(raw) >= 50 && Number(raw) <= 10_000 ? Number(raw) : undefined),
  serialise: (value) => String(Math.round(value)),
};

/** Percentages by layer id: "parks:40,new-towns:0". */
export const percentages: UrlCodec<Record<string, number>> = {
  parse: (raw) => {
    const entries = raw.split(',').map((item) => /^([a-z0-9-]{1,40}):(\d{1,3})$/.exec(item));
    if (entries.length > 60 || !entries.every((m) => m && Number(m[2]) <= 100)) return undefined;
    return Object.fromEntries(entries.map((m) => [m?.[1] ?? '', Number(m?.[2])]));
  },
  serialise: (value) =>
    Object.entries(value)
      .map(([id, percent]) => `${id}:${percent}`)
      .join(','),
};
