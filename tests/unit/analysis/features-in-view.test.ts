import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresInView, isInView } from '../../../src/analysis/features-in-view';
import { NO_FILTERS } from '../../../src/style/filters';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;
const point = (id: string, lon: number, lat: number, extra = {}): AnyFeature => ({
  type: 'Feature',
  properties: { id, name_zh: `公园${id}`, name_en: `Park ${id}`, accuracy: 'surveyed', ...extra },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});
const line = (id: string, coords: [number, number][], status: string): AnyFeature => ({
  type: 'Feature',
  properties: { id, name_zh: `线${id}`, name_en: `Line ${id}`, status, accuracy: 'approximate' },
  geometry: { type: 'LineString', coordinates: coords },
});
const VIEW: [number, number, number, number] = [121, 31, 122, 32];

describe('features in view', () => {
  it('keeps a point inside the box and drops one outside', () => {
    expect(isInView(point('a', 121.5, 31.5), VIEW)).toBe(true);
    expect(isInView(point('b', 120.5, 31.5), VIEW)).toBe(false);
  });

  it('counts a line crossing the view, not one whose box only overlaps a corner', () => {
    expect(
      isInView(
        line(
          'x',
          [
            [120.5, 31.5],
            [122.5, 31.5],
          ],
          'operating',
        ),
        VIEW,
      ),
    ).toBe(true);
    // The box [120.5..121.5, 30.5..31.5] overlaps the view, the line itself runs below-left of it.
    expect(
      isInView(
        line(
          'y',
          [
            [120.5, 31.4],
            [121.4, 30.5],
          ],
          'operating',
        ),
        VIEW,
      ),
    ).toBe(false);
  });

  it('groups visible layers in registry order, sorts by name, and counts what it leaves out', () => {
    const features = new Map([
      ['parks', [point('2', 121.5, 31.5), point('1', 121.6, 31.6), point('3', 121.7, 31.7), point('9', 120, 30)]],
      [
        'rail-lines',
        [
          line(
            '5',
            [
              [121.1, 31.1],
              [121.2, 31.2],
            ],
            'planned',
          ),
        ],
      ],
      ['facilities', [point('f', 121.5, 31.5)]],
    ]);
    const groups = featuresInView(features, new Set(['parks', 'rail-lines']), NO_FILTERS, VIEW, 'en', 2);
    // In the layer panel's order: rail before parks.
    expect(groups.map((g) => g.layerId)).toEqual(['rail-lines', 'parks']);
    expect(groups[1]?.items.map((i) => i.name_en)).toEqual(['Park 1', 'Park 2']);
    expect(groups[1]?.more).toBe(1);
    expect(groups[0]?.items[0]).toMatchObject({ featureId: '5', status: 'planned', accuracy: 'approximate' });
  });

  it('lists nothing for a layer that is off or a view with nothing in it', () => {
    const features = new Map([['parks', [point('1', 121.5, 31.5)]]]);
    expect(featuresInView(features, new Set(), NO_FILTERS, VIEW, 'zh')).toEqual([]);
    expect(featuresInView(features, new Set(['parks']), NO_FILTERS, [100, 10, 101, 11], 'zh')).toEqual([]);
  });
});
