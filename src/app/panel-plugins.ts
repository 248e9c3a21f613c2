import { importTask } from '../state/actions';
import type { AppState, Store } from '../state/store';
import { saveDownloads } from './downloads';
import { answerSearches } from './search';
import { shareViews } from './share';
import { loadTargets } from './targets';

/** Installs a plugin whose code (geometry, file readers) loads only when the state first needs it. */
function whenNeeded(store: Store, needed: (state: AppState) => boolean, load: () => Promise<(store: Store) => void>) {
  let loading = false;
  store.select(
    needed,
    (need) => {
      if (!need || loading) return;
      loading = true;
      void load().then((install) => install(store));
    },
    { immediate: true },
  );
}

/**
 * The side effects the panels ask for by named actions (state/actions.ts): saving files, the
 * coverage worker, reading imported files, OSM classes for nearest, the search engine, copying the
 * link, the targets' measures. Each plugin reacts to the store and writes its progress back to it.
 */
export function installPanelPlugins(store: Store): void {
  saveDownloads(store);
  answerSearches(store);
  shareViews(store);
  loadTargets(store);
  whenNeeded(
    store,
    (s) => s.coverage.request !== null,
    () => import('./coverage').then((m) => m.runCoverages),
  );
  whenNeeded(
    store,
    (s) => s.importJob.task !== null,
    () => import('./import-reader').then((m) => m.readImports),
  );
  whenNeeded(
    store,
    (s) => s.mode === 'nearest' || s.nearest !== null,
    () => import('./osm-classes').then((m) => m.watchNearestClasses),
  );
  // A file dropped anywhere on the page is imported too.
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    store.update({ tab: 'analysis' });
    importTask(store, { kind: 'file', file });
  });
}
