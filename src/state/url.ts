import type { Lang } from '../i18n/strings';

/**
 * URL parameters, each declared once: how to read it, how to write it, and when it is absent.
 * The hash is a view of the store; a value that does not parse is dropped with its name reported.
 */
export interface UrlParam<T> {
  name: string;
  parse(raw: string): T | undefined;
  serialise(value: T): string;
}

export interface UrlState {
  lang: Lang | null;
  clause: string | null;
  paragraph: string | null;
}

const ID = /^[a-z0-9-]+(\/[A-Za-z0-9.-]+){1,3}$/;

export const URL_PARAMS: { [K in keyof UrlState]: UrlParam<NonNullable<UrlState[K]>> } = {
  lang: {
    name: 'lang',
    parse: (raw) => (raw === 'zh' || raw === 'en' ? raw : undefined),
    serialise: (value) => value,
  },
  clause: {
    name: 'clause',
    parse: (raw) => (ID.test(raw) && raw.length < 80 ? raw : undefined),
    serialise: (value) => value,
  },
  paragraph: {
    name: 'para',
    parse: (raw) => (ID.test(raw) && raw.length < 90 ? raw : undefined),
    serialise: (value) => value,
  },
};

export function readHash(hash: string): { state: UrlState; ignored: string[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: UrlState = { lang: null, clause: null, paragraph: null };
  const ignored: string[] = [];
  const known = new Set(Object.values(URL_PARAMS).map((p) => p.name));
  for (const [key, param] of Object.entries(URL_PARAMS) as [keyof UrlState, UrlParam<string>][]) {
    const raw = params.get(param.name);
    if (raw === null) continue;
    const value = param.parse(raw);
    if (value === undefined) ignored.push(param.name);
    else (state as unknown as Record<string, string>)[key] = value;
  }
  for (const name of params.keys()) if (!known.has(name)) ignored.push(name);
  return { state, ignored: [...new Set(ignored)] };
}

export function writeHash(state: UrlState): string {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(URL_PARAMS) as [keyof UrlState, UrlParam<string>][]) {
    const value = state[key];
    if (value) params.set(param.name, param.serialise(value));
  }
  // Slashes are legal in a fragment; keeping them makes "#clause=p14/10.1.2" readable.
  const text = params.toString().replace(/%2F/g, '/');
  return text ? `#${text}` : '';
}
