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

/**
 * Mounts a panel into `root` and redraws it through `store.select`; returns the unsubscribe. With
 * `shown`, it is drawn only while shown (a closed tab keeps what it last drew, and costs nothing).
 */
export function mountPanel(
  root: HTMLElement,
  store: Store,
  panel: Panel,
  shown: (state: AppState) => boolean = () => true,
): () => void {
  return store.select(
    (state) => (shown(state) ? panel.reads(state) : null),
    (value, state) => {
      if (value !== null) render(panel.view(state, store), root);
    },
    { immediate: true },
  );
}
