import { describe, expect, it } from 'vitest';
import { parseColor, resolveColor } from '../../../src/style/colors';
import { dashFor, statusAlpha, toPaths } from '../../../src/style/deck-data';

describe('parseColor', () => {
  it('reads long and short hex', () => {
    expect(parseColor('#E3002A')).toEqual([227, 0, 42, 255]);
    expect(parseColor('#fff', 100)).toEqual([255, 255, 255, 100]);
  });

  it('reads rgba with its alpha', () => {
    expect(parseColor('rgba(10, 20, 30, 0.5)')).toEqual([10, 20, 30, 128]);
  });

  it('turns anything else into grey instead of throwing', () => {
    expect(parseColor('<script>')).toEqual([128, 128, 128, 255]);
  });
});

describe('resolveColor', () => {
  it('uses a valid colour property and falls back on junk', () => {
    const spec = { property: 'color', fallback: '#555555' };
    expect(resolveColor(spec, { color: '#E3002A' })).toBe('#E3002A');
    expect(resolveColor(spec, { color: 'red; background:url(x)' })).toBe('#555555');
    expect(resolveColor(spec, {})).toBe('#555555');
  });

  it('maps a category through the theme', () => {
    const spec = { property: 'kind', map: { park: '#00ff00' }, fallback: '#000000' };
    expect(resolveColor(spec, { kind: 'park' })).toBe('#00ff00');
    expect(resolveColor(spec, { kind: 'other' })).toBe('#000000');
  });
});

describe('deck data', () => {
  it('splits multi-lines into one path each, keeping the feature', () => {
    const feature = {
      type: 'Feature' as const,
      properties: { id: 'x' },
      geometry: {
        type: 'MultiLineString' as const,
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
          [
            [2, 2],
            [3, 3],
          ],
        ],
      },
    };
    const paths = toPaths([feature, { ...feature, geometry: { type: 'Point', coordinates: [0, 0] } }]);
    expect(paths).toHaveLength(2);
    expect(paths[1]?.path).toEqual([
      [2, 2],
      [3, 3],
    ]);
    expect(paths[0]?.feature).toBe(feature);
  });

  it('dashes all but operating lines', () => {
    expect(dashFor('operating')).toEqual([0, 0]);
    expect(dashFor('planned')[0]).toBeGreaterThan(0);
    // Under construction and planned must not look alike: different dash and different strength.
    expect(dashFor('planned')).not.toEqual(dashFor('under-construction'));
    expect(dashFor('planned')[0] / dashFor('planned')[1]).toBeLessThan(
      dashFor('under-construction')[0] / dashFor('under-construction')[1] / 3,
    );
    expect(statusAlpha('planned')).toBeLessThan(statusAlpha('under-construction'));
    expect(dashFor('under-construction')[0]).toBeGreaterThan(0);
    expect(dashFor(undefined)).toEqual([0, 0]);
  });
});
