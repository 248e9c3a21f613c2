import { describe, expect, it } from 'vitest';
import { readPlacements, withPlacements } from '../../../scripts/build-geo/places/placements';
import type { PlaceRecord } from '../../../scripts/build-geo/places/types';

const unplaced: PlaceRecord = {
  id: 'a-museum',
  name_zh: '某馆',
  name_en: 'A Museum',
  kind: 'facility',
  districts: [],
  locate: { by: 'none', reason: 'the site is not in the sources' },
};
const evidence = [{ url: 'https://example.org/a', title: 'A page', says: '位于某路1号' }];

describe('placements found since a record was written', () => {
  it('replace the locate and districts of the record they name, and cite their page in its note', () => {
    const [placed] = withPlacements([unplaced], {
      'a-museum': {
        locate: { by: 'point', at: [121.48, 31.25], accuracy_m: 300, from: 'a junction' },
        districts: ['hongkou'],
        evidence,
      },
    });
    expect(placed?.locate).toEqual({ by: 'point', at: [121.48, 31.25], accuracy_m: 300, from: 'a junction' });
    expect(placed?.districts).toEqual(['hongkou']);
    expect(placed?.note).toContain('https://example.org/a');
  });
  it('leave other records alone', () => {
    expect(withPlacements([unplaced], {})).toEqual([unplaced]);
  });
  it('stop the build when they name no record', () => {
    expect(() =>
      withPlacements([unplaced], { 'no-such-place': { locate: { by: 'none', reason: 'x' }, evidence } }),
    ).toThrow(/no-such-place/);
  });
  it('every placement in the data file cites at least one page', () => {
    for (const [id, p] of Object.entries(readPlacements())) expect(p.evidence.length, id).toBeGreaterThan(0);
  });
});
