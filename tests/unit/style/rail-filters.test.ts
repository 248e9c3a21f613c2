import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { findLayer } from '../../../src/registry/layers';
import { featurePasses, filterExpression, type LayerFilters, NO_FILTERS } from '../../../src/style/filters';
import { dashExpression, featureDash } from '../../../src/style/line-dash';
import { fadeExpression, thinExpression } from '../../../src/style/maplibre-style';

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
  it.each(cases)('agree with the JS test counts and exports use (%s)', (_, filters) => {
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

describe('featureDash', () => {
  const spec = { property: 'status', map: { planned: [0.5, 2] as const } };
  it('gives the listed dash and nothing for values not listed', () => {
    expect(featureDash(spec, { status: 'planned' })).toEqual([0.5, 2]);
    expect(featureDash(spec, { status: 'operating' })).toBeUndefined();
    expect(featureDash(spec, { status: 'constructor' })).toBeUndefined();
    expect(featureDash(undefined, { status: 'planned' })).toBeUndefined();
  });
});

describe('rail status on the map', () => {
  const style = findLayer('rail-lines')?.style;
  if (style?.type !== 'line' || !style.dash || !style.fade) throw new Error('rail-lines lost its dash or fade');
  const dash = (status: string) => featureDash(style.dash, { status });
  it('draws operating solid and the two other statuses unlike each other', () => {
    expect(dash('operating')).toBeUndefined();
    const building = dash('under-construction');
    const planned = dash('planned');
    if (!building || !planned) throw new Error('a status lost its dash');
    // Long dashes vs dots: the planned dash is a small fraction of the building one.
    expect(planned[0]).toBeLessThan(building[0] / 4);
    // Round caps add one line width to each dash, so a gap must exceed it to show at all.
    expect(building[1]).toBeGreaterThan(1.5);
    expect(planned[1]).toBeGreaterThan(1.5);
  });
  it('draws planned lines paler than those being built', () => {
    const opacity = (status: string) => {
      const expression = featureFilter(
        ['==', fadeExpression(style.fade as never, 0.8), ['get', 'want']] as never,
        'filter',
      );
      return [0.8, 0.48, 0.4].find((want) =>
        expression.filter({ zoom: 10 }, { type: 2, properties: { status, want }, geometry: [] } as never),
      );
    };
    expect(opacity('under-construction')).toBe(0.8);
    expect(opacity('planned')).toBe(0.48);
  });
});

describe('thinExpression', () => {
  const thin = featureFilter(thinExpression({ zoom: 11, keep: 'transfer' }), 'filter');
  const shows = (zoom: number, transfer: boolean) =>
    thin.filter({ zoom }, { type: 1, properties: { transfer }, geometry: [] } as never);
  it('keeps only interchanges below the zoom and every station from it', () => {
    expect(shows(9, true)).toBe(true);
    expect(shows(9, false)).toBe(false);
    expect(shows(11, false)).toBe(true);
  });
});
