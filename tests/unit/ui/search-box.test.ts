// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SearchOutcome } from '../../../src/content/search';
import { defaultState } from '../../../src/state/initial';
import { DEFAULT_SEARCH } from '../../../src/state/tools';
import { searchPanel } from '../../../src/ui/search-box';
import { draw, mount, testId, text } from './draw';

const place = (id: string, zh: string, en: string) => ({
  kind: 'place' as const,
  score: 1,
  place: { id, name_zh: zh, name_en: en, targets: [{ layerId: 'key-areas', featureId: id }] },
});
const outcome = {
  results: [place('lingang', '临港', 'Lingang'), place('hongqiao', '虹桥', 'Hongqiao')],
  terms: [],
  plans: [],
  suggestions: [],
} as unknown as SearchOutcome;

describe('search box', () => {
  it('a closed box: the field, the plan filter with "All plans", no list shown', () => {
    const root = draw(searchPanel, defaultState({ lang: 'en' }));
    expect(testId(root, 'search')?.getAttribute('aria-expanded')).toBe('false');
    expect(text(testId(root, 'search-plan'))).toBe('All plans');
    expect(root.querySelector('#search-results')?.hasAttribute('hidden')).toBe(true);
  });

  it('says why there are no results yet: texts not loaded', () => {
    const search = { ...DEFAULT_SEARCH, query: 'x', open: true };
    expect(text(draw(searchPanel, defaultState({ lang: 'en', search })).querySelector('#search-results'))).toBe(
      'The plan texts are not loaded yet',
    );
  });

  it('lists the engine’s results under their group, the active one selected', () => {
    const search = { ...DEFAULT_SEARCH, query: 'l', open: true, engine: 'ready' as const, outcome, active: 1 };
    const root = draw(searchPanel, defaultState({ lang: 'zh', search }));
    const options = [...root.querySelectorAll('[role="option"]')];
    expect(options.map((o) => text(o.querySelector('.result-title')))).toEqual(['临港', '虹桥']);
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(testId(root, 'search')?.getAttribute('aria-activedescendant')).toBe('search-result-1');
  });

  it('typing asks for the engine and opens the list; arrows move, Escape closes', () => {
    const { store, root } = mount(searchPanel, { lang: 'en' });
    const input = testId(root, 'search') as HTMLInputElement;
    input.value = 'Lingang';
    input.dispatchEvent(new Event('input'));
    expect(store.get().search).toMatchObject({ query: 'Lingang', open: true, engine: 'preparing' });
    store.update({ search: { ...store.get().search, engine: 'ready', outcome, active: 0 } });
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    expect(store.get().search.active).toBe(1);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(store.get().search.open).toBe(false);
  });
});
