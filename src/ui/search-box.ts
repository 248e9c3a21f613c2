import { html, nothing, render } from 'lit-html';
import { type CityPlace, type CityPlaceKind, readGazetteer, viewOf } from '../content/city-gazetteer';
import type { LinkIndex, Passage } from '../content/links';
import type { SearchEngine, SearchOutcome, SearchResult } from '../content/search';
import { type ResultGroup, resultGroup } from '../content/search-groups';
import { snippet } from '../content/search-snippet';
import { sectionTitle } from '../content/section-titles';
import { type Lang, type StringKey, t } from '../i18n/strings';
import { GAZETTEER_URL } from '../map/assets';
import { openPointReport, type Store, showFeatures } from '../state/store';
import { announce } from './live-region';

const LIMIT = 18;

const GROUP_LABEL: Readonly<Record<ResultGroup, StringKey>> = {
  places: 'searchPlaces',
  streets: 'searchStreets',
  stations: 'searchStations',
  'plan-places': 'searchPlanPlaces',
  passages: 'searchPassages',
};

const KIND_LABEL: Readonly<Record<CityPlaceKind, StringKey>> = {
  district: 'kindDistrict',
  town: 'kindTown',
  subdistrict: 'kindSubdistrict',
  island: 'kindIsland',
  locality: 'kindLocality',
  village: 'kindVillage',
  hamlet: 'kindHamlet',
  station: 'kindStation',
  street: 'kindStreet',
  park: 'kindPark',
  water: 'kindWater',
  landuse: 'kindLanduse',
};

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

/** "§10.2.1 分类指导推进新城建设" (its English title in English): the plan's own name is shown beside it as a label. */
const sectionLabel = ({ section }: Passage, lang: Lang) =>
  `${section.number ? `§${section.number} ` : ''}${sectionTitle(section, lang)}`;

/**
 * One box for places and plan passages, with a plan filter. The search engine (MiniSearch, the
 * glossary, the index) is loaded and built on first focus, never before the map. Arrow keys move
 * through both groups, Enter opens, Escape closes; matched words are marked as text nodes.
 */
export function mountSearchBox(root: HTMLElement, store: Store): void {
  let engine: SearchEngine | null = null;
  let building: Promise<void> | null = null;
  let query = '';
  let plan = '';
  let outcome: SearchOutcome | null = null;
  let active = -1;
  let open = false;

  const options = (): SearchResult[] => outcome?.results ?? [];

  const prepare = () => {
    const content = store.get().content;
    if (!content || building) return;
    building = Promise.all([import('../content/search'), loadCityPlaces()])
      .then(([{ createSearchEngineAsync }, city]) => createSearchEngineAsync(content, city))
      .then((built) => {
        if (store.get().content !== content) return;
        engine = built;
        runSearch();
      });
  };

  const runSearch = () => {
    outcome = engine && query.trim() ? engine.search(query, { limit: LIMIT, plans: plan ? [plan] : [] }) : null;
    active = outcome && outcome.results.length > 0 ? 0 : -1;
    open = query.trim() !== '';
    draw();
    const lang = store.get().lang;
    if (outcome) announce(t('announceResults', lang).replace('{n}', String(outcome.results.length)));
  };

  const close = () => {
    open = false;
    draw();
  };

  const choose = (result: SearchResult) => {
    open = false;
    draw();
    if (result.kind === 'city') {
      const [layerId, featureId] = result.city.feature?.split('/') ?? [];
      // A station is a plan-layer feature: select it. Any other place: the map goes there and says
      // what the plans have at and around it, the question a citizen searching their place comes with.
      if (layerId && featureId) {
        store.update({ tab: 'feature' });
        showFeatures(store, [{ layerId, featureId }]);
      } else {
        const view = viewOf(result.city);
        openPointReport(store, view[0], view[1]);
        store.update({ view });
      }
    } else if (result.kind === 'place') {
      store.update({ tab: 'feature' });
      showFeatures(store, result.place.targets);
    } else {
      store.update({ tab: 'plans', clause: result.passage.section.id, paragraph: result.passage.paragraph.id });
    }
  };

  const useSuggestion = (text: string) => {
    query = text;
    runSearch();
    root.querySelector('input')?.focus();
  };

  const option = (result: SearchResult, i: number, lang: Lang) => {
    const selected = i === active;
    const pick = (event: Event) => {
      event.preventDefault();
      choose(result);
    };
    if (result.kind === 'city') {
      const { city } = result;
      const [first, second] = lang === 'zh' ? [city.name_zh, city.name_en] : [city.name_en, city.name_zh];
      const where = [t(KIND_LABEL[city.kind], lang), city.district ? city.district[lang] : ''].filter(Boolean);
      return html`<li id=${`search-result-${i}`} role="option" aria-selected=${String(selected)}
        class="result result-place result-city" data-kind=${city.kind} @mousedown=${pick}>
        <span class="result-title">${first}</span> <span class="result-alt">${second === first ? '' : second}</span>
        <span class="result-kind">${where.join(' · ')}</span>
      </li>`;
    }
    if (result.kind === 'place') {
      const [first, second] =
        lang === 'zh' ? [result.place.name_zh, result.place.name_en] : [result.place.name_en, result.place.name_zh];
      return html`<li id=${`search-result-${i}`} role="option" aria-selected=${String(selected)}
        class="result result-place" @mousedown=${pick}>
        <span class="result-title">${first}</span> <span class="result-alt">${second}</span>
      </li>`;
    }
    const { passage } = result;
    const parts = snippet(
      `${passage.paragraph.title ? `${passage.paragraph.title} ` : ''}${passage.paragraph.text}`,
      outcome?.terms ?? [],
    );
    return html`<li id=${`search-result-${i}`} role="option" aria-selected=${String(selected)}
      class="result result-passage" @mousedown=${pick}>
      <span class="result-ref"><span class="result-plan">${passage.plan.short[lang]}</span>${sectionLabel(passage, lang)}</span>
      <span class="result-snippet">${parts.map((part) => (part.mark ? html`<mark>${part.text}</mark>` : part.text))}</span>
    </li>`;
  };

  const listBody = (lang: Lang) => {
    if (!engine) {
      const message = store.get().content ? t('searchPreparing', lang) : t('searchNotReady', lang);
      return html`<li class="hint" role="presentation">${message}</li>`;
    }
    const results = options();
    if (results.length === 0) {
      return html`<li class="hint" role="presentation">
        ${t('searchTry', lang)}
        ${(outcome?.suggestions ?? []).map(
          (s) => html`<button type="button" class="search-suggestion" tabindex="-1"
            @mousedown=${(e: Event) => {
              e.preventDefault();
              useSuggestion(s);
            }}>${s}</button>`,
        )}
        ${outcome?.suggestions.length ? nothing : t('noResults', lang)}
      </li>`;
    }
    const preferring = (outcome?.plans ?? []).map((id) => planName(id, lang)).filter(Boolean);
    // Results come grouped from the engine; a heading starts each run of one group.
    return results.map((r, i) => {
      const group = resultGroup(r);
      const heading =
        i === 0 || resultGroup(results[i - 1] as SearchResult) !== group
          ? html`<li class="search-group" role="presentation">${t(GROUP_LABEL[group], lang)}${
              group === 'passages' && preferring.length
                ? html` <span class="search-preferring">· ${t('searchPreferring', lang)} ${preferring.join(', ')}</span>`
                : nothing
            }</li>`
          : nothing;
      return html`${heading}${option(r, i, lang)}`;
    });
  };

  const plans = (content: LinkIndex | null) => {
    const seen = new Map<string, LinkIndex['passages'][number]['plan']>();
    for (const passage of content?.passages ?? []) seen.set(passage.plan.id, passage.plan);
    return [...seen.values()];
  };
  const planName = (id: string, lang: Lang) => plans(store.get().content).find((p) => p.id === id)?.short[lang] ?? '';

  const onKey = (event: KeyboardEvent) => {
    const count = options().length;
    if (event.key === 'ArrowDown' && count > 0) {
      active = open ? (active + 1) % count : 0;
      open = true;
    } else if (event.key === 'ArrowUp' && count > 0) {
      active = (active - 1 + count) % count;
      open = true;
    } else if (event.key === 'Enter') {
      const result = options()[active];
      if (open && result) choose(result);
      return;
    } else if (event.key === 'Escape') {
      close();
      return;
    } else return;
    event.preventDefault();
    draw();
    document.getElementById(`search-result-${active}`)?.scrollIntoView({ block: 'nearest' });
  };

  const draw = () => {
    const state = store.get();
    const lang = state.lang;
    render(
      html`<div class="search-bar">
          <input type="search" data-testid="search" role="combobox" autocomplete="off"
            aria-autocomplete="list" aria-controls="search-results" aria-expanded=${String(open)}
            aria-activedescendant=${open && active >= 0 ? `search-result-${active}` : nothing}
            aria-label=${t('searchLabel', lang)} placeholder=${t('search', lang)} .value=${query}
            @focus=${prepare}
            @input=${(e: Event) => {
              query = (e.target as HTMLInputElement).value;
              prepare();
              runSearch();
            }}
            @keydown=${onKey} />
          <select class="search-plan" data-testid="search-plan" aria-label=${t('searchPlanFilter', lang)}
            @change=${(e: Event) => {
              plan = (e.target as HTMLSelectElement).value;
              if (query.trim()) runSearch();
            }}>
            <option value="" ?selected=${plan === ''}>${t('searchAllPlans', lang)}</option>
            ${plans(state.content).map((p) => html`<option value=${p.id} ?selected=${plan === p.id}>${p.short[lang]}</option>`)}
          </select>
        </div>
        <ul id="search-results" role="listbox" class="search-results" aria-label=${t('searchLabel', lang)} ?hidden=${!open}>
          ${open ? listBody(lang) : nothing}
        </ul>`,
      root,
    );
  };

  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) close();
  });
  draw();
  store.subscribe((state, previous) => {
    if (state.content !== previous.content) {
      engine = null;
      building = null;
      if (open) prepare();
    }
    if (state.lang !== previous.lang || state.content !== previous.content) draw();
  });
}
