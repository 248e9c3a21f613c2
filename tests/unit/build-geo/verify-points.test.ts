import { describe, expect, it } from 'vitest';
import { type NamedReference, verifyPlaces } from '../../../scripts/build-geo/places/verify-points';

// 0.01° of latitude is 1.11 km: distances below are known by hand.
const station: NamedReference = {
  name: '莘庄',
  from: 'metro stations',
  geometry: { type: 'Point', coordinates: [121.38, 31.11] },
};
const terminal: NamedReference = {
  name: '吴淞口国际邮轮码头',
  from: 'OSM transport areas',
  geometry: { type: 'Point', coordinates: [121.5, 31.4] },
};
const park: NamedReference = {
  name: '世纪公园',
  from: 'OSM green areas',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [121.54, 31.21],
        [121.56, 31.21],
        [121.56, 31.22],
        [121.54, 31.22],
        [121.54, 31.21],
      ],
    ],
  },
};
const place = (id: string, name: string, at: [number, number], accuracy_m: number, note = '') => ({
  id,
  name_zh: name,
  names: [name],
  at,
  accuracy_m,
  note,
});
const rejected = [{ place: '吴淞创新城', reference: '吴淞口国际邮轮码头', why: 'a different place' }];

describe('the hand-placed point check', () => {
  it('passes a point inside its radius of a related reference (莘庄城市副中心 → 莘庄 station)', () => {
    const v = verifyPlaces([place('a', '莘庄城市副中心', [121.38, 31.12], 1500)], [station], [], {});
    expect(v.checks[0]).toMatchObject({ relation: 'related', within: true });
    expect(v.checks[0]?.distanceM).toBeGreaterThan(1100);
    expect(v.failures).toEqual([]);
  });
  it('fails a point farther from its reference than its radius', () => {
    const v = verifyPlaces([place('a', '莘庄', [121.38, 31.13], 1000)], [station], [], {});
    expect(v.checks[0]?.within).toBe(false);
    expect(v.failures).toHaveLength(1);
  });
  it('skips a rejected name pair and reports it', () => {
    const v = verifyPlaces([place('w', '吴淞创新城', [121.45, 31.37], 3500)], [terminal], rejected, {});
    expect(v.checks).toEqual([]);
    expect(v.rejected).toMatchObject([{ id: 'w', reference: '吴淞口国际邮轮码头' }]);
  });
  it('fails a note that names an anchor no entry checks, and checks a corner anchor within 150 m', () => {
    const note = 'the north-west corner of Century Park';
    const unchecked = verifyPlaces([place('l', '上海图书馆东馆', [121.541, 31.2195], 300, note)], [park], [], {});
    expect(unchecked.failures).toHaveLength(1);
    const anchors = { l: { reference: '世纪公园', corner: 'NW' as const } };
    const atCorner = verifyPlaces([place('l', '上海图书馆东馆', [121.5405, 31.2195], 300, note)], [park], [], anchors);
    expect(atCorner.anchors[0]?.within).toBe(true);
    const atCentre = verifyPlaces([place('l', '上海图书馆东馆', [121.55, 31.215], 300, note)], [park], [], anchors);
    expect(atCentre.anchors[0]?.within).toBe(false);
    expect(atCentre.failures).toHaveLength(1);
  });
});
