import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../src/registry/layers';
import { THEME } from '../../../src/registry/theme';
import type { PlanLayer } from '../../../src/registry/types';
import { buildMapStyle, colorExpression, styleLayerIds } from '../../../src/style/maplibre-style';

const ALL_VISIBLE = new Set(LAYERS.map((l) => l.id));

describe('buildMapStyle', () => {
  it('produces a style MapLibre’s own validator accepts', () => {
    const style = buildMapStyle({ layers: LAYERS, visible: ALL_VISIBLE, lang: 'zh', theme: THEME });
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has a source for every layer', () => {
    const style = buildMapStyle({ layers: LAYERS, visible: ALL_VISIBLE, lang: 'zh', theme: THEME });
    for (const layer of LAYERS) expect(layer.id in style.sources, layer.id).toBe(true);
  });

  it('contains every style layer id the map toggles', () => {
    const style = buildMapStyle({ layers: LAYERS, visible: ALL_VISIBLE, lang: 'zh', theme: THEME });
    const ids = new Set(style.layers.map((l) => l.id));
    for (const layer of LAYERS) {
      for (const id of styleLayerIds(layer)) expect(ids.has(id), id).toBe(true);
    }
  });

  it('fills an opened district, so it stands out from the red rail lines, and leaves the others clear', () => {
    const style = buildMapStyle({ layers: LAYERS, visible: ALL_VISIBLE, lang: 'en', theme: THEME });
    const fill = style.layers.find((l) => l.id === 'base-districts:fill');
    expect(fill?.type === 'fill' && fill.paint?.['fill-color']).toEqual([
      'case',
      ['boolean', ['feature-state', 'selected'], false],
      THEME.districtHighlight,
      THEME.district,
    ]);
    const towns = style.layers.find((l) => l.id === 'new-towns:fill');
    expect(towns?.type === 'fill' && towns.paint?.['fill-color']).toBe(THEME.newTown);
  });

  it('draws approximate outlines dashed and surveyed ones solid, in one layer', () => {
    const style = buildMapStyle({ layers: LAYERS, visible: ALL_VISIBLE, lang: 'zh', theme: THEME });
    const outline = style.layers.find((l) => l.id === 'new-towns:outline');
    expect(outline?.type === 'line' && outline.paint?.['line-dasharray']).toEqual([
      'case',
      ['==', ['get', 'accuracy'], 'approximate'],
      ['literal', [2, 2]],
      ['literal', [1, 0]],
    ]);
    expect(style.layers.some((l) => l.id.endsWith('-approx'))).toBe(false);
  });

  it('hides layers that are not visible and labels in the chosen language', () => {
    const style = buildMapStyle({ layers: LAYERS, visible: new Set(['base-land']), lang: 'en', theme: THEME });
    const fill = style.layers.find((l) => l.id === 'new-towns:fill');
    expect(fill?.layout?.visibility).toBe('none');
    const label = style.layers.find((l) => l.id === 'base-districts:label');
    expect(label?.type === 'symbol' && JSON.stringify(label.layout?.['text-field'])).toContain('name_en');
  });

  it('keeps labels above every fill and line', () => {
    const style = buildMapStyle({ layers: LAYERS, visible: ALL_VISIBLE, lang: 'zh', theme: THEME });
    const firstLabel = style.layers.findIndex((l) => l.type === 'symbol');
    const lastOther = style.layers.map((l) => l.type).lastIndexOf('line');
    expect(firstLabel).toBeGreaterThan(lastOther);
  });
});

describe('colorExpression', () => {
  it('passes a plain colour through', () => {
    expect(colorExpression('#123456')).toBe('#123456');
  });

  it('looks a property up in a map with a fallback', () => {
    expect(colorExpression({ property: 'k', map: { a: '#111111' }, fallback: '#000000' })).toEqual([
      'match',
      ['get', 'k'],
      'a',
      '#111111',
      '#000000',
    ]);
  });

  it('reads a colour property with a fallback', () => {
    const layer = LAYERS.find((l) => l.id === 'rail-lines') as PlanLayer;
    expect(layer.style.type).toBe('line');
    expect(JSON.stringify(colorExpression({ property: 'color', fallback: '#555555' }))).toContain('to-color');
  });
});
