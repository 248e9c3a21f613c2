import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { createStore, shallowEqual } from '../../../src/state/store';

const quiet = () => undefined;

describe('store', () => {
  it('calls a selector listener only when what it reads changes', () => {
    const store = createStore(defaultState(), quiet);
    const years: (number | null)[] = [];
    store.select(
      (s) => s.filters.year,
      (year) => years.push(year),
    );
    store.update({ lang: 'en' });
    store.update({ filters: { ...store.get().filters, year: 2010 } });
    store.update({ filters: { ...store.get().filters, showApproximate: false } });
    store.update({ filters: { ...store.get().filters, year: 2015 } });
    expect(years).toEqual([2010, 2015]);
  });

  it('compares arrays of read values member by member', () => {
    const store = createStore(defaultState(), quiet);
    let calls = 0;
    store.select(
      (s) => [s.tab, s.lang],
      () => calls++,
    );
    store.update({ tab: 'feature', lang: 'zh' });
    store.update({ tab: 'plans' });
    expect(calls).toBe(1);
    expect(shallowEqual({ a: 1 }, { a: 1 })).toBe(true);
    expect(shallowEqual([1, 2], [1, 3])).toBe(false);
  });

  it('runs the other listeners when one throws, and reports the error in a notice', () => {
    const reported: unknown[] = [];
    const store = createStore(defaultState({ lang: 'en' }), (e) => reported.push(e));
    const seen: string[] = [];
    store.subscribe(() => seen.push('first'));
    store.select(
      (s) => s.tab,
      () => {
        throw new Error('unknown accuracy');
      },
    );
    store.subscribe((s) => seen.push(`last:${s.tab}`));
    store.update({ tab: 'plans' });
    expect(seen.slice(0, 2)).toEqual(['first', 'last:plans']);
    expect(reported).toHaveLength(1);
    expect(store.get().notices).toEqual(['Display error: unknown accuracy']);
    expect(store.get().tab).toBe('plans');
  });

  it('keeps every selector listening after one of them threw', () => {
    const store = createStore(defaultState(), quiet);
    const tabs: string[] = [];
    const langs: string[] = [];
    store.select(
      (s) => s.tab,
      (tab) => {
        if (tab === 'plans') throw new Error('first change fails');
        tabs.push(tab);
      },
    );
    store.select(
      (s) => s.lang,
      (lang) => langs.push(lang),
    );
    store.update({ tab: 'plans', lang: 'en' });
    store.update({ tab: 'time', lang: 'zh' });
    expect(tabs).toEqual(['time']);
    expect(langs).toEqual(['en', 'zh']);
  });

  it('does not loop when a listener throws on every change', () => {
    const store = createStore(defaultState(), quiet);
    store.subscribe(() => {
      throw new Error('always');
    });
    store.update({ tab: 'time' });
    expect(store.get().notices).toHaveLength(1);
  });
});
