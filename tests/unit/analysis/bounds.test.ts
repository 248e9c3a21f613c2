import { describe, expect, it } from 'vitest';
import { type Bounds, boxesOverlap, boxWithin, featureBounds } from '../../../src/analysis/bounds';

const VIEW: Bounds = [121, 31, 122, 32];

describe('bounding boxes', () => {
  it('meet when they overlap or touch, not when apart', () => {
    expect(boxesOverlap([121.5, 31.5, 123, 33], VIEW)).toBe(true);
    expect(boxesOverlap([122, 32, 123, 33], VIEW)).toBe(true);
    expect(boxesOverlap([122.01, 31, 123, 32], VIEW)).toBe(false);
    expect(boxesOverlap([121, 30, 122, 30.99], VIEW)).toBe(false);
  });

  it('lie within only when wholly inside', () => {
    expect(boxWithin([121.2, 31.2, 121.8, 31.8], VIEW)).toBe(true);
    expect(boxWithin([121.2, 31.2, 122.1, 31.8], VIEW)).toBe(false);
  });

  it('of a feature are its extremes, computed once per feature', () => {
    const line = {
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [121.1, 31.4],
          [121.6, 31.2],
          [121.3, 31.9],
        ],
      },
    };
    const box = featureBounds(line);
    expect(box).toEqual([121.1, 31.2, 121.6, 31.9]);
    expect(featureBounds(line)).toBe(box);
  });
});
