import type { Store } from '../state/store';
import { runCoverages } from './coverage';
import { saveDownloads } from './downloads';
import { readImports } from './import-reader';
import { watchNearestClasses } from './osm-classes';
import { answerSearches } from './search';
import { shareViews } from './share';
import { loadTargets } from './targets';

/**
 * The side effects the panels ask for by named actions (state/actions.ts): saving files, the
 * coverage worker, reading imported files, OSM classes for nearest, the search engine, copying the
 * link, the targets' measures. Each plugin reacts to the store and writes its progress back to it.
 */
export function installPanelPlugins(store: Store): void {
  saveDownloads(store);
  runCoverages(store);
  readImports(store);
  watchNearestClasses(store);
  answerSearches(store);
  shareViews(store);
  loadTargets(store);
}
