import { describe, expect, it } from 'vitest';
import { parseColor, resolveColor } from '../../../src/style/colors';

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
