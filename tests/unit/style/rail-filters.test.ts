import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { featurePasses, filterExpression, type LayerFilters, NO_FILTERS } from '../../../src/style/filters';
import { dashExpression } from '../../../src/style/maplibre-style';

/** Hand-made rail lines: opening dates and statuses whose answers are known for every year. */
const LINES: Record<string, unknown>[] = [
  { id: 'a', status: 'operating', opened: '1993-05-28', accuracy: 'surveyed' },
  { id: 'b', status: 'operating', opened: '2010-04-20', accuracy: 'surveyed' },
  { id: 'c', status: 'operating', accuracy: 'surveyed' },
  { id: 'd', status: 'operating', opened: 'unknown', accuracy: 'surveyed' },
  { id: 'e', status: 'planned', accuracy: 'approximate' },
  { id: 'f', status: 'under-construction', opened: '', accuracy: 'approximate' },
];

const passesInMapLibre = (filters: LayerFilters, props: Record<string, unknown>) => {
  const expression = filterExpression('rail-lines', filters);
  if (!expression) return true;
  const filter = featureFilter(expression, 'layers[0].filter');
  return filter.filter({ zoom: 10 }, { type: 1, properties: props, geometry: [] } as never);
};

describe('rail filters as MapLibre expressions', () => {
  const cases: [string, LayerFilters][] = [
    ['none', NO_FILTERS],
    ['1995', { ...NO_FILTERS, year: 1995 }],
    ['2015', { ...NO_FILTERS, year: 2015 }],
    ['2025', { ...NO_FILTERS, year: 2025 }],
    ['planned only', { ...NO_FILTERS, railStatus: ['planned'] }],
    ['line b', { ...NO_FILTERS, railLines: ['b'] }],
    ['exact only', { ...NO_FILTERS, showApproximate: false }],
  ];
  it.each(cases)('agree with the deck.gl test (%s)', (_, filters) => {
    for (const props of LINES) {
      expect(passesInMapLibre(filters, props), String(props.id)).toBe(featurePasses('rail-lines', props, filters));
    }
  });

  it('know the answers', () => {
    const shown = (filters: LayerFilters) => LINES.filter((p) => passesInMapLibre(filters, p)).map((p) => p.id);
    expect(shown({ ...NO_FILTERS, year: 1995 })).toEqual(['a']);
    expect(shown({ ...NO_FILTERS, year: 2025 })).toEqual(['a', 'b', 'e', 'f']);
  });
});

describe('dashExpression', () => {
  it('reads the dash from the property and draws anything else solid', () => {
    expect(dashExpression({ property: 'status', map: { planned: [1.5, 2] } })).toEqual([
      'match',
      ['get', 'status'],
      'planned',
      ['literal', [1.5, 2]],
      ['literal', [1, 0]],
    ]);
  });
});
