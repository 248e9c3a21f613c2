import { type CityPlace, readGazetteer } from '../content/city-gazetteer';
import type { LinkIndex } from '../content/links';
import type { SearchEngine } from '../content/search';
import { t } from '../i18n/strings';
import { GAZETTEER_URL } from '../map/assets';
import { setSearch } from '../state/actions';
import type { Store } from '../state/store';
import { announce } from '../ui/live-region';

const LIMIT = 18;

/** The city gazetteer, fetched with the search engine; search works without it (plan places and passages). */
async function loadCityPlaces(): Promise<CityPlace[]> {
  if (!GAZETTEER_URL) return [];
  try {
    const response = await fetch(GAZETTEER_URL);
    return response.ok ? (readGazetteer(await response.json()) ?? []) : [];
  } catch {
    return [];
  }
}

/**
 * The search plugin: builds the engine (MiniSearch, the glossary, the index) when the box first asks
 * for it (`search.engine` 'preparing'), never before the map, again when the texts change, and
 * answers every query and plan filter into `search.outcome`; the number of results is announced.
 */
export function answerSearches(store: Store): void {
  let engine: SearchEngine | null = null;
  let building: LinkIndex | null = null;
  const build = (content: LinkIndex | null) => {
    if (!content || building === content) return;
    building = content;
    Promise.all([import('../content/search'), loadCityPlaces()])
      .then(([{ createSearchEngineAsync }, city]) => createSearchEngineAsync(content, city))
      .then((built) => {
        if (store.get().content !== content) return;
        engine = built;
        setSearch(store, { engine: 'ready' });
      });
  };
  store.select(
    (s) => s.content,
    (content) => {
      engine = null;
      building = null;
      const { engine: was, open } = store.get().search;
      // New texts: the engine is built again, now if the box is open, else on its next focus.
      if (was === 'ready') setSearch(store, { engine: open ? 'preparing' : 'idle' });
      else if (was === 'preparing') build(content);
    },
  );
  store.select(
    (s) => s.search.engine === 'preparing',
    (preparing) => {
      if (preparing) build(store.get().content);
    },
  );
  store.select(
    (s) => [s.search.query, s.search.plan, s.search.engine] as const,
    ([query, plan]) => {
      const outcome = engine && query.trim() ? engine.search(query, { limit: LIMIT, plans: plan ? [plan] : [] }) : null;
      setSearch(store, { outcome, active: outcome && outcome.results.length > 0 ? 0 : -1 });
      const lang = store.get().lang;
      if (outcome) announce(t('announceResults', lang).replace('{n}', String(outcome.results.length)));
    },
  );
}
