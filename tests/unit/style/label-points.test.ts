import { describe, expect, it } from 'vitest';
import { labelPoints } from '../../../src/style/label-points';

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe('labelPoints', () => {
  it('puts one point in the largest part of a multipolygon, keeping the properties', () => {
    const points = labelPoints({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'a', name_en: 'A' },
          geometry: { type: 'MultiPolygon', coordinates: [square(0, 0, 1), square(10, 10, 4)] },
        },
      ],
    });
    expect(points.features).toHaveLength(1);
    const [x = 0, y = 0] = points.features[0]?.geometry.coordinates ?? [];
    expect(x).toBeCloseTo(12, 1);
    expect(y).toBeCloseTo(12, 1);
    expect(points.features[0]?.properties).toEqual({ id: 'a', name_en: 'A' });
  });

  it('falls back to a point on the surface when the centroid is outside (a U shape)', () => {
    const u = [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ];
    const points = labelPoints({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: u } }],
    });
    const [x = 0, y = 0] = points.features[0]?.geometry.coordinates ?? [];
    const inHole = x > 1 && x < 2 && y > 1;
    expect(inHole).toBe(false);
  });

  it('keeps points where they are and skips lines', () => {
    const points = labelPoints({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'p' }, geometry: { type: 'Point', coordinates: [121.5, 31.2] } },
        {
          type: 'Feature',
          properties: { id: 'l' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        },
      ],
    });
    expect(points.features.map((f) => [f.properties.id, f.geometry.coordinates])).toEqual([['p', [121.5, 31.2]]]);
  });
});
