import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mostSpecific } from '../../../src/analysis/most-specific';

function square(id: string, side: number): Feature<Polygon, Record<string, unknown>> {
  return {
    type: 'Feature',
    properties: { id },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [121, 31],
          [121 + side, 31],
          [121 + side, 31 + side],
          [121, 31 + side],
          [121, 31],
        ],
      ],
    },
  };
}

describe('mostSpecific', () => {
  const district = square('district', 0.5);
  const town = square('town', 0.1);
  const byId = new Map([district, town].map((f) => [String(f.properties.id), f]));

  it('picks the smallest area under the pointer, whatever the drawing order', () => {
    expect(mostSpecific(['district', 'town'], (id) => byId.get(id))).toBe('town');
    expect(mostSpecific(['town', 'district'], (id) => byId.get(id))).toBe('town');
  });

  it('keeps the topmost when sizes are unknown, and gives nothing for nothing', () => {
    expect(mostSpecific(['a', 'b'], () => undefined)).toBe('a');
    expect(mostSpecific([], (id: string) => byId.get(id))).toBeUndefined();
  });
});
