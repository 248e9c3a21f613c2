import { describe, expect, it } from 'vitest';
import { edgeOffsetM } from '../../../scripts/build-geo/boundary-edges';
import { median, Reference, samplePath } from '../../../scripts/build-geo/measure';

/** 0.001° of latitude is 110.6 m; 0.001° of longitude at 31.2°N is 95.2 m. */
describe('offsets in metres', () => {
  const road = {
    type: 'LineString' as const,
    coordinates: [
      [121.0, 31.2],
      [121.1, 31.2],
    ],
  };

  it('measures a point beside a line and a point inside an area', () => {
    expect(new Reference([road]).distanceM([121.05, 31.201])).toBeCloseTo(110.6, 0);
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [121.0, 31.0],
          [121.01, 31.0],
          [121.01, 31.01],
          [121.0, 31.01],
          [121.0, 31.0],
        ],
      ],
    };
    expect(new Reference([square]).distanceM([121.005, 31.005])).toBe(0);
    expect(new Reference([square]).distanceM([121.012, 31.005])).toBeCloseTo(190.4, 0);
  });

  it('samples a path every step, ends included', () => {
    const samples = samplePath(road.coordinates, 1000);
    expect(samples).toHaveLength(11); // 9.52 km: 0, 1 … 9 km and the end
    expect(samples.at(-1)).toEqual([121.1, 31.2]);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });

  it('judges an edge by the road beside it, not by the road beyond its corners', () => {
    const shifted = [
      [121.02, 31.2005],
      [121.08, 31.2005],
    ];
    const longRoad = [
      [120.9, 31.2],
      [121.3, 31.2],
    ];
    expect(edgeOffsetM([longRoad], [121.02, 31.2], [121.08, 31.2], shifted)).toBe(55);
  });
});
