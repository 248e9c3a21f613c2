import type { Lang } from '../i18n/strings';

export interface FeatureRef {
  layerId: string;
  featureId: string;
  properties: Record<string, unknown>;
}

export type LayerLoad =
  | { state: 'loading' }
  | { state: 'ready'; count: number; problems: string[] }
  | { state: 'failed'; message: string };

export interface AppState {
  lang: Lang;
  visible: ReadonlySet<string>;
  selected: FeatureRef | null;
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
