import { createSearch, type SearchResult } from '../content/search';
import { t } from '../i18n/strings';
import { type AppState, type Store, showFeatures } from '../state/store';
import { el } from './dom';
import { passageReference } from './passage-view';

/** One box for places and passages; arrow keys move, Enter opens, Escape closes. */
export function mountSearchBox(root: HTMLElement, store: Store): void {
  const input = el('input', {
    type: 'search',
    'data-testid': 'search',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    autocomplete: 'off',
  });
  const list = el('ul', { id: 'search-results', role: 'listbox', class: 'search-results', hidden: '' });
  root.replaceChildren(input, list);
  let results: SearchResult[] = [];
  let active = -1;
  let search: ReturnType<typeof createSearch> | null = null;

  const labels = (state: AppState) => {
    input.placeholder = t('search', state.lang);
    input.setAttribute('aria-label', t('searchLabel', state.lang));
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const choose = (result: SearchResult) => {
    close();
    if (result.kind === 'place') {
      store.update({ tab: 'feature' });
      showFeatures(store, result.place.targets);
    } else {
      store.update({ tab: 'plans', clause: result.passage.section.id, paragraph: result.passage.paragraph.id });
    }
  };

  const render = () => {
    const lang = store.get().lang;
    list.replaceChildren(
      ...(results.length === 0
        ? [el('li', { class: 'hint', role: 'option', 'aria-disabled': 'true' }, t('noResults', lang))]
        : results.map((result, i) => {
            const item = el(
              'li',
              {
                id: `search-result-${i}`,
                role: 'option',
                'aria-selected': String(i === active),
                class: `result result-${result.kind}`,
              },
              el('span', { class: 'result-kind' }, t(result.kind === 'place' ? 'resultPlace' : 'resultPassage', lang)),
              result.kind === 'place'
                ? `${lang === 'zh' ? result.place.name_zh : result.place.name_en} · ${lang === 'zh' ? result.place.name_en : result.place.name_zh}`
                : `${passageReference(result.passage, lang)}: ${result.passage.paragraph.text.slice(0, 60)}…`,
            );
            item.addEventListener('mousedown', (event) => {
              event.preventDefault();
              choose(result);
            });
            return item;
          })),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-result-${active}`);
    document.getElementById(`search-result-${active}`)?.scrollIntoView({ block: 'nearest' });
  };

  input.addEventListener('input', () => {
    const index = store.get().content;
    if (!index) return;
    search ??= createSearch(index);
    results = input.value.trim() ? search(input.value, 12) : [];
    active = results.length > 0 ? 0 : -1;
    if (input.value.trim()) render();
    else close();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      active = (active + 1) % results.length;
      render();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      active = (active - 1 + results.length) % results.length;
      render();
      event.preventDefault();
    } else if (event.key === 'Enter' && active >= 0) {
      const result = results[active];
      if (result) choose(result);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  labels(store.get());
  store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) labels(state);
    if (state.content !== previous.content) search = null;
  });
}
