// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { DEFAULT_COVERAGE } from '../../../src/state/tools';
import { coveragePanel } from '../../../src/ui/coverage-tool';
import { draw, mount, testId, text } from './draw';

const row = (id: string, name: string, share: number) => ({
  id,
  name_zh: name,
  name_en: name,
  area_km2: 10,
  covered_km2: 10 * share,
  share,
  population: 1000,
  covered_population: Math.round(1000 * share),
});

describe('coverage tool', () => {
  it('the form: stations by default with their statuses, 800 m, by new towns', () => {
    const root = draw(coveragePanel, defaultState({ lang: 'en' }));
    expect(text(root.querySelector('h3'))).toBe('Coverage');
    expect((testId(root, 'coverage-radius') as HTMLInputElement).value).toBe('800');
    expect((testId(root, 'coverage-status-operating') as HTMLInputElement).checked).toBe(true);
    expect(testId(root, 'coverage-compare')).not.toBeNull();
    expect(testId(root, 'coverage-table')).toBeNull();
  });

  it('Run asks the coverage plugin by a named action; the progress shows while it runs', () => {
    const { store, root } = mount(coveragePanel, { lang: 'en' });
    testId(root, 'coverage-run')?.click();
    expect(store.get().coverage.request).toEqual({ compare: false, request: 1 });
    store.update({ coverage: { ...store.get().coverage, run: { state: 'running', progress: 0.42 } } });
    expect(text(testId(root, 'coverage-progress'))).toBe('Running… 42 %');
  });

  it('a result is a table sorted by share, highest first; a header click sorts the other way', () => {
    const run = { state: 'done' as const, rows: [row('a', 'Alpha', 0.25), row('b', 'Beta', 0.75)] };
    const { store, root } = mount(coveragePanel, { lang: 'en', coverage: { ...DEFAULT_COVERAGE, run } });
    const names = () => [...root.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(names()).toEqual(['Beta', 'Alpha']);
    expect([...root.querySelectorAll('tbody td[data-share]')].map((td) => td.textContent)).toEqual([
      '75.0 %',
      '25.0 %',
    ]);
    (root.querySelector('th[aria-sort="descending"] button') as HTMLButtonElement).click();
    expect(store.get().coverage.descending).toBe(false);
    expect(names()).toEqual(['Alpha', 'Beta']);
  });

  it('a failed run says why, as an alert', () => {
    const coverage = { ...DEFAULT_COVERAGE, run: { state: 'failed' as const, message: 'Draw an area first' } };
    const root = draw(coveragePanel, defaultState({ lang: 'en', coverage }));
    expect(text(root.querySelector('[role="alert"]'))).toBe('Draw an area first');
  });
});
