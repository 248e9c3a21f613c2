import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { closestHit } from '../../../src/analysis/closest-hit';

const feature = (id: string, geometry: Geometry): Feature<Geometry, Record<string, unknown>> => ({
  type: 'Feature',
  properties: { id },
  geometry,
});

// Two lines crossing at (121.5, 31.2): one west-east, one south-north.
const westEast = feature('we', {
  type: 'LineString',
  coordinates: [
    [121.4, 31.2],
    [121.6, 31.2],
  ],
});
const southNorth = feature('sn', {
  type: 'MultiLineString',
  coordinates: [
    [
      [121.5, 31.1],
      [121.5, 31.3],
    ],
  ],
});

describe('closestHit', () => {
  it('picks the line the pointer is on beside a crossing, whatever the drawing order', () => {
    // 0.0005° north of the west-east line, 0.002° east of the south-north one.
    const at = [121.502, 31.2005];
    expect(closestHit([southNorth, westEast], at)?.properties.id).toBe('we');
    expect(closestHit([westEast, southNorth], at)?.properties.id).toBe('we');
    expect(closestHit([westEast, southNorth], [121.5003, 31.25])?.properties.id).toBe('sn');
  });

  it('prefers a dot to the line it sits on', () => {
    const station = feature('st', { type: 'Point', coordinates: [121.5008, 31.2] });
    expect(closestHit([westEast, station], [121.5, 31.2])?.properties.id).toBe('st');
  });

  it('answers nothing for no hits and keeps the first of equals', () => {
    expect(closestHit([], [121.5, 31.2])).toBeUndefined();
    const copy = feature('copy', westEast.geometry);
    expect(closestHit([westEast, copy], [121.45, 31.2])?.properties.id).toBe('we');
  });
});
