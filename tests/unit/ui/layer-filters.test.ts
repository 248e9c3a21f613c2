// @vitest-environment happy-dom
import { render } from 'lit-html';
import { describe, expect, it } from 'vitest';
import type { PlanLayer } from '../../../src/registry/types';
import { defaultState } from '../../../src/state/initial';
import { createStore } from '../../../src/state/store';
import { filtersFor } from '../../../src/ui/layer-filters';
import { testId, text } from './draw';

/** A made-up layer declaring one filter of each kind, over three features whose answers are known. */
const fixture: PlanLayer = {
  id: 'fixture',
  group: 'rail',
  title: { zh: '样例', en: 'Fixture' },
  file: 'fixture.geojson',
  style: { type: 'line', color: '#000', width: 1 },
  legend: { swatch: 'line', color: '#000' },
  defaultVisible: true,
  interactive: true,
  attributions: [],
  filterBy: { railStatus: 'status', railLines: 'code', industryThemes: 'theme', industryBatches: 'batch' },
  filters: [
    {
      role: 'railStatus',
      legend: 'withStatus',
      choices: { from: 'list', values: ['operating', 'planned'], labelPrefix: 'status.' },
    },
    {
      role: 'railLines',
      legend: 'filterLines',
      choices: { from: 'features', color: 'colour' },
      foldedAs: 'fixture-lines',
    },
    { role: 'industryThemes', legend: 'filterTheme', choices: { from: 'values' } },
    { role: 'industryBatches', legend: 'filterBatch', choices: { from: 'batches' } },
  ],
};

const props = new Map([
  [
    'a',
    {
      id: 'a',
      code: 'L1',
      name_zh: '一号线',
      name_en: 'Line 1',
      colour: '#E4002B',
      theme: 'B',
      batch: '2nd batch (2021)',
    },
  ],
  ['b', { id: 'b', code: 'L2', name_zh: '二号线', name_en: 'Line 2', colour: 'red;x', theme: 'A', batch: '' }],
  ['c', { id: 'c', code: 'L3', name_zh: '三号线', name_en: 'Line 3', theme: 'A', batch: '1st batch (2020)' }],
]);

function drawFilters(layer: PlanLayer, lang: 'zh' | 'en' = 'en') {
  const state = defaultState({ lang, featureProps: new Map([['fixture', props]]) });
  const store = createStore(state);
  const root = document.createElement('div');
  const redraw = () => render(filtersFor(layer, store.get(), store), root);
  store.subscribe(redraw);
  redraw();
  return { root, store };
}

const values = (root: Element, key: string) =>
  [...root.querySelectorAll<HTMLInputElement>(`fieldset[data-filter="${key}"] input`)].map((i) => i.id);

describe('layer filters drawn from the record', () => {
  it('draws each declared filter in order, in one box, its choices from the list or the data', () => {
    const { root } = drawFilters(fixture);
    const box = root.querySelector('.filters');
    expect([...(box?.querySelectorAll('legend') ?? [])].map((l) => l.textContent)).toEqual([
      'Line status',
      'By line',
      'Theme industry',
      'Batch',
    ]);
    expect(values(root, 'railStatus')).toEqual(['filter-railStatus-operating', 'filter-railStatus-planned']);
    expect(values(root, 'railLines')).toEqual(['filter-railLines-L1', 'filter-railLines-L2', 'filter-railLines-L3']);
    expect(values(root, 'industryThemes')).toEqual(['filter-industryThemes-A', 'filter-industryThemes-B']);
    expect(values(root, 'industryBatches')).toEqual([
      'filter-industryBatches-1',
      'filter-industryBatches-2',
      'filter-industryBatches-unknown',
    ]);
    expect(text(root.querySelector('label[for="filter-industryBatches-unknown"]'))).toBe('Batch unknown');
  });

  it('folds a long list under its legend, names each feature and lets only a hex colour through', () => {
    const { root } = drawFilters(fixture, 'zh');
    const folded = testId(root, 'fixture-lines');
    expect(folded?.tagName).toBe('DETAILS');
    expect(text(folded?.querySelector('summary'))).toBe(text(folded?.querySelector('legend')));
    expect(text(root.querySelector('label[for="filter-railLines-L1"]'))).toBe('一号线');
    const swatches = [...(folded?.querySelectorAll<HTMLElement>('.swatch-line') ?? [])];
    expect(swatches.map((s) => s.getAttribute('style'))).toEqual(['--swatch: #E4002B']);
  });

  it('a single filter stands alone; a layer declaring none draws nothing', () => {
    const one = drawFilters({ ...fixture, filters: fixture.filters?.slice(2, 3) }).root;
    expect(one.querySelector('.filters')).toBeNull();
    expect(one.querySelectorAll('fieldset')).toHaveLength(1);
    expect(drawFilters({ ...fixture, filters: undefined }).root.querySelector('fieldset')).toBeNull();
  });

  it('unticking a choice keeps the others; ticking every one again means no restriction', () => {
    const { root, store } = drawFilters(fixture);
    const box = root.querySelector<HTMLInputElement>('#filter-industryThemes-A');
    if (!box) throw new Error('no box');
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    expect(store.get().filters.industryThemes).toEqual(['B']);
    const again = root.querySelector<HTMLInputElement>('#filter-industryThemes-A');
    if (!again) throw new Error('no box');
    expect(again.checked).toBe(false);
    again.checked = true;
    again.dispatchEvent(new Event('change'));
    expect(store.get().filters.industryThemes).toEqual([]);
  });
});
