import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { districtSlug } from '../../../scripts/build-geo/base';
import { longestCircularRun, sharedBorderMidline } from '../../../scripts/build-geo/shared-border';

describe('longestCircularRun', () => {
  it('finds the longest run of trues', () => {
    expect(longestCircularRun([false, true, true, false, true])).toEqual([1, 2]);
  });

  it('joins a run that wraps past the end of the ring', () => {
    expect(longestCircularRun([true, true, false, false, true, true])).toEqual([4, 5, 0, 1]);
  });

  it('returns everything or nothing at the extremes', () => {
    expect(longestCircularRun([true, true])).toEqual([0, 1]);
    expect(longestCircularRun([false, false])).toEqual([]);
    expect(longestCircularRun([])).toEqual([]);
  });
});

describe('sharedBorderMidline', () => {
  // Two 0.01° squares side by side; the right one's west edge is drawn 0.0002° (≈19 m) off
  // x = 121.01, as independently simplified borders are. The midline must sit at x = 121.0101.
  const west: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [121.0, 31.0],
        [121.01, 31.0],
        [121.01, 31.005],
        [121.01, 31.01],
        [121.0, 31.01],
        [121.0, 31.0],
      ],
    ],
  };
  const east: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [121.0102, 31.0],
        [121.02, 31.0],
        [121.02, 31.01],
        [121.0102, 31.01],
        [121.0102, 31.0],
      ],
    ],
  };

  it('returns the midline of the near-coincident edge', () => {
    const line = sharedBorderMidline(west, [east], 50);
    expect(line).toHaveLength(3);
    for (const [x] of line) expect(x).toBeCloseTo(121.0101, 6);
    expect(line.map(([, y = 0]) => Math.round(y * 1e6) / 1e6)).toEqual([31.0, 31.005, 31.01]);
  });

  it('finds nothing when the neighbour is farther than the tolerance', () => {
    expect(sharedBorderMidline(west, [east], 5)).toEqual([]);
  });
});

describe('districtSlug', () => {
  it('makes URL ids from English district names', () => {
    expect(districtSlug('Pudong New District')).toBe('pudong');
    expect(districtSlug("Jing'an District")).toBe('jingan');
    expect(districtSlug('Songjiang District')).toBe('songjiang');
  });
});
