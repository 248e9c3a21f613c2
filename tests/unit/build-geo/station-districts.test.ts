import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../../../scripts/build-geo/feature';
import { assignStationDistricts } from '../../../scripts/build-geo/station-districts';

const square = (id: string, west: number): LayerFeature =>
  ({
    type: 'Feature',
    properties: { id },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, 31],
          [west + 0.1, 31],
          [west + 0.1, 31.1],
          [west, 31.1],
          [west, 31],
        ],
      ],
    },
  }) as unknown as LayerFeature;
const station = (id: string, lon: number, lat: number): LayerFeature =>
  ({
    type: 'Feature',
    properties: { id },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  }) as unknown as LayerFeature;

describe('assignStationDistricts', () => {
  it('names the district whose outline holds each station, and none outside every outline', () => {
    const stations = [station('a', 121.05, 31.05), station('b', 121.15, 31.02), station('c', 120.9, 31.05)];
    assignStationDistricts(
      new Map([
        ['base-districts', [square('west', 121), square('east', 121.1)]],
        ['rail-stations', stations],
      ]),
    );
    expect(stations.map((s) => (s.properties as { district?: string }).district)).toEqual(['west', 'east', undefined]);
  });
});
