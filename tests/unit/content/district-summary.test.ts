import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DISTRICT_LAYERS, type DistrictItems } from '../../../src/analysis/district-items';
import { placePassageCount } from '../../../src/content/district-summary';
import type { LinkIndex, Passage } from '../../../src/content/links';
import type { Quote } from '../../../src/content/quotes';
import { type DistrictCounts, districtSummary } from '../../../src/i18n/summary';

const counts = (passages: number, placePassages: number): DistrictCounts => ({
  name: 'Xuhui District',
  population: null,
  newTowns: [],
  waterfront: 0,
  linesOperating: 2,
  linesPlanned: 0,
  stations: 5,
  parks: 0,
  industrialParks: 0,
  passages,
  placePassages,
});

describe('a district summary', () => {
  it('counts passages in good English: one passage names it, more are about its places', () => {
    expect(districtSummary(counts(1, 0), 'en')).toContain('. 1 passage of the five plans names it.');
    expect(districtSummary(counts(3, 1), 'en')).toContain(
      '. 3 passages of the five plans name it, and 1 more is about places in it.',
    );
    expect(districtSummary(counts(0, 12), 'en')).toContain('0 passages of the five plans name it, and 12 more are');
  });

  it('says the same in Chinese', () => {
    expect(districtSummary(counts(1, 12), 'zh')).toContain('五份规划中有 1 段文字提到本区，另有 12 段写到区内的地方。');
    expect(districtSummary(counts(2, 0), 'zh')).toMatch(/有 2 段文字提到本区。$/);
  });
});

describe('placePassageCount', () => {
  const passage = (id: string, placeIds: string[]) =>
    ({ paragraph: { id }, mentions: placeIds.map((placeId) => ({ start: 0, end: 1, placeId })) }) as unknown as Passage;
  const index = {
    passages: [passage('a', ['xuhui']), passage('b', ['line-9', 'x']), passage('c', ['line-9']), passage('d', ['y'])],
    placesByFeature: new Map([
      ['rail-lines/9', ['line-9']],
      ['base-districts/xuhui', ['xuhui']],
    ]),
  } as unknown as LinkIndex;
  const items = Object.fromEntries(DISTRICT_LAYERS.map((id) => [id, []])) as unknown as DistrictItems;
  items['rail-lines'] = [
    { type: 'Feature', properties: { id: '9' }, geometry: { type: 'Point', coordinates: [0, 0] } },
  ] as Feature<Geometry, Record<string, unknown>>[];
  const districtQuote = { passage: index.passages[0], text: '', marks: [] } as Quote;

  it('counts each passage about the district’s places once, leaving out those that name the district', () => {
    expect(placePassageCount(index, items, [districtQuote])).toBe(2);
    const bothNamed = { passage: index.passages[1], text: '', marks: [] } as Quote;
    expect(placePassageCount(index, items, [districtQuote, bothNamed])).toBe(1);
  });
});
