import type { AppState } from './store';
import { type StoreChange, URL_PARAMS, type UrlParam, type UrlState } from './url';

const PARAMS = Object.entries(URL_PARAMS) as [keyof UrlState, UrlParam<unknown>][];

/** The part of the state a link carries: each parameter's own `fromStore`. */
export function toUrlState(state: AppState): UrlState {
  return Object.fromEntries(PARAMS.map(([key, param]) => [key, param.fromStore(state)])) as unknown as UrlState;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** State changes a link asks for, each parameter's `toStore` merged; what it does not mention goes back to defaults. */
export function fromUrlState(url: UrlState): Partial<AppState> {
  const change: Record<string, unknown> = {};
  for (const [key, param] of PARAMS) {
    const asked: StoreChange = param.toStore(url[key], url);
    for (const [field, value] of Object.entries(asked)) {
      const prior = change[field];
      // Several parameters fill one object (`filters`, `compare`): their parts join.
      change[field] = isPlainObject(prior) && isPlainObject(value) ? { ...prior, ...value } : value;
    }
  }
  return change as Partial<AppState>;
}
