import { html, nothing, type TemplateResult } from 'lit-html';
import { type CityPlaceKind, viewOf } from '../content/city-gazetteer';
import type { LinkIndex, Passage } from '../content/links';
import type { SearchResult } from '../content/search';
import { type ResultGroup, resultGroup } from '../content/search-groups';
import { snippet } from '../content/search-snippet';
import { sectionReference, sectionTitle } from '../content/section-titles';
import { type Lang, type StringKey, t } from '../i18n/strings';
import { setSearch } from '../state/actions';
import { type AppState, openPointReport, type Store, showFeatures } from '../state/store';
import type { Panel } from './panel';

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

/** "§10.2.1 分类指导推进新城建设" (its English title in English): the plan's own name is shown beside it as a label. */
const sectionLabel = ({ section }: Passage, lang: Lang) =>
  `${section.number ? `${sectionReference(section.number, lang)} ` : ''}${sectionTitle(section, lang)}`;

/** Opens a result: a plan-layer feature is selected, another place gets its report, a passage opens in the reader. */
function choose(store: Store, result: SearchResult): void {
  setSearch(store, { open: false });
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
}

function option(state: AppState, store: Store, result: SearchResult, i: number): TemplateResult {
  const lang = state.lang;
  const selected = i === state.search.active;
  const pick = (event: Event) => {
    event.preventDefault();
    choose(store, result);
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
    state.search.outcome?.terms ?? [],
  );
  return html`<li id=${`search-result-${i}`} role="option" aria-selected=${String(selected)}
    class="result result-passage" @mousedown=${pick}>
    <span class="result-ref"><span class="result-plan">${passage.plan.short[lang]}</span>${sectionLabel(passage, lang)}</span>
    <span class="result-snippet">${parts.map((part) => (part.mark ? html`<mark>${part.text}</mark>` : part.text))}</span>
  </li>`;
}

function plansOf(content: LinkIndex | null) {
  const seen = new Map<string, LinkIndex['passages'][number]['plan']>();
  for (const passage of content?.passages ?? []) seen.set(passage.plan.id, passage.plan);
  return [...seen.values()];
}

function listBody(state: AppState, store: Store) {
  const lang = state.lang;
  const { engine, outcome } = state.search;
  if (engine !== 'ready') {
    const message = state.content ? t('searchPreparing', lang) : t('searchNotReady', lang);
    return html`<li class="hint" role="presentation">${message}</li>`;
  }
  const results = outcome?.results ?? [];
  if (results.length === 0) {
    const useSuggestion = (text: string) => (event: Event) => {
      event.preventDefault();
      setSearch(store, { query: text, open: true });
      document.querySelector<HTMLInputElement>('[data-testid="search"]')?.focus();
    };
    return html`<li class="hint" role="presentation">
      ${t('searchTry', lang)}
      ${(outcome?.suggestions ?? []).map(
        (s) =>
          html`<button type="button" class="search-suggestion" tabindex="-1" @mousedown=${useSuggestion(s)}>${s}</button>`,
      )}
      ${outcome?.suggestions.length ? nothing : t('noResults', lang)}
    </li>`;
  }
  const plans = plansOf(state.content);
  const preferring = (outcome?.plans ?? [])
    .map((id) => plans.find((p) => p.id === id)?.short[lang] ?? '')
    .filter(Boolean);
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
    return html`${heading}${option(state, store, r, i)}`;
  });
}

/** Arrow keys move through both groups, Enter opens, Escape closes. */
function onKey(event: KeyboardEvent, store: Store): void {
  const { outcome, open, active } = store.get().search;
  const results = outcome?.results ?? [];
  const count = results.length;
  let next = active;
  if (event.key === 'ArrowDown' && count > 0) next = open ? (active + 1) % count : 0;
  else if (event.key === 'ArrowUp' && count > 0) next = (active - 1 + count) % count;
  else if (event.key === 'Enter') {
    const result = results[active];
    if (open && result) choose(store, result);
    return;
  } else if (event.key === 'Escape') {
    setSearch(store, { open: false });
    return;
  } else return;
  event.preventDefault();
  setSearch(store, { active: next, open: true });
  document.getElementById(`search-result-${next}`)?.scrollIntoView({ block: 'nearest' });
}

/**
 * One box for places and plan passages, with a plan filter. The search engine is built by the
 * search plugin (app/search.ts) on first focus, never before the map; matched words are marked as
 * text nodes.
 */
export const searchPanel: Panel = {
  reads: (s) => [s.lang, s.content, s.search],
  view: (state, store) => {
    const lang = state.lang;
    const { query, plan, open, active } = state.search;
    const prepare = () => {
      if (store.get().search.engine === 'idle') setSearch(store, { engine: 'preparing' });
    };
    const input = (event: Event) => {
      const text = (event.target as HTMLInputElement).value;
      const engine = store.get().search.engine;
      setSearch(store, { query: text, open: text.trim() !== '', engine: engine === 'idle' ? 'preparing' : engine });
    };
    const pickPlan = (event: Event) => {
      const chosen = (event.target as HTMLSelectElement).value;
      setSearch(store, { plan: chosen, ...(store.get().search.query.trim() ? { open: true } : {}) });
    };
    const leave = (event: FocusEvent) => {
      const root = (event.currentTarget as HTMLElement).parentElement;
      if (!root?.contains(event.relatedTarget as Node | null)) setSearch(store, { open: false });
    };
    return html`<div class="search-bar" @focusout=${leave}>
        <input type="search" data-testid="search" role="combobox" autocomplete="off"
          aria-autocomplete="list" aria-controls="search-results" aria-expanded=${String(open)}
          aria-activedescendant=${open && active >= 0 ? `search-result-${active}` : nothing}
          aria-label=${t('searchLabel', lang)} placeholder=${t('search', lang)} .value=${query}
          @focus=${prepare} @input=${input} @keydown=${(event: KeyboardEvent) => onKey(event, store)} />
        <select class="search-plan" data-testid="search-plan" aria-label=${t('searchPlanFilter', lang)} @change=${pickPlan}>
          <option value="" ?selected=${plan === ''}>${t('searchAllPlans', lang)}</option>
          ${plansOf(state.content).map((p) => html`<option value=${p.id} ?selected=${plan === p.id}>${p.short[lang]}</option>`)}
        </select>
      </div>
      <ul id="search-results" role="listbox" class="search-results" aria-label=${t('searchLabel', lang)} ?hidden=${!open}
        @focusout=${leave}>
        ${open ? listBody(state, store) : nothing}
      </ul>`;
  },
};
