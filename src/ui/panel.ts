import { render, type TemplateResult } from 'lit-html';
import type { AppState, Store } from '../state/store';

/**
 * The one way a panel is written. `view(state, store)` is a function of the state alone that returns
 * a lit-html template (text bindings only, never HTML); its buttons call `store.update` or a named
 * action from `src/state/`. `reads` names exactly what the view reads: the panel is mounted once and
 * redrawn, in place, only when one of those changes. Side effects (storage, workers, downloads,
 * focus, document title) are not in views but in small `src/app/` plugins that react to the state.
 */
export interface Panel {
  reads(state: AppState): readonly unknown[];
  view(state: AppState, store: Store): TemplateResult;
}

/** Mounts a panel into `root` and redraws it through `store.select`; returns the unsubscribe. */
export function mountPanel(root: HTMLElement, store: Store, panel: Panel): () => void {
  return store.select(
    (state) => panel.reads(state),
    (_, state) => render(panel.view(state, store), root),
    { immediate: true },
  );
}
