import { ignoredNotice } from '../state/link-check';
import type { Store } from '../state/store';
import { readHash, writeHash } from '../state/url';
import { fromUrlState, toUrlState } from '../state/url-sync';

/**
 * The URL is a view of the store. Changes made in one task (one click, one key press) are written
 * once, so one user action is one history entry however many updates it made. Camera moves replace
 * the entry; everything else adds one, so back and forward step through what the user did.
 */
export function syncHistory(store: Store): void {
  let applyingUrl = false;
  let pending = false;
  let written = store.get();
  const flush = () => {
    pending = false;
    const state = store.get();
    const hash = writeHash(toUrlState(state));
    const before = written;
    written = state;
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const onlyView = writeHash(toUrlState({ ...state, view: before.view })) === location.hash;
    if (onlyView) history.replaceState(null, '', hash || location.pathname);
    else history.pushState(null, '', hash || location.pathname);
  };
  // The landing link is written back as the app reads it (bad values dropped, defaults left out).
  pending = true;
  queueMicrotask(flush);
  // Then exactly what a link carries: a change elsewhere (hover, bounds) writes nothing.
  store.select(
    (state) => writeHash(toUrlState(state)),
    (_, state) => {
      if (applyingUrl) {
        written = state;
        return;
      }
      if (pending) return;
      pending = true;
      queueMicrotask(flush);
    },
  );
  window.addEventListener('popstate', () => {
    const { state: url, ignored } = readHash(location.hash);
    const [layerId, featureId] = (url.selected ?? '').split('/');
    const current = store.get();
    const properties = layerId && featureId ? current.featureProps.get(layerId)?.get(featureId) : undefined;
    applyingUrl = true;
    try {
      store.update({
        ...fromUrlState(url),
        selected: layerId && featureId && properties ? { layerId, featureId, properties } : null,
        highlighted: [],
        ...(ignored.length > 0 ? { notices: ignoredNotice(ignored, current.lang) } : {}),
      });
    } finally {
      applyingUrl = false;
    }
  });
}
