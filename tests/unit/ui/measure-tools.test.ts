// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { measurePanel, nearestPanel } from '../../../src/ui/measure-tools';
import { draw, mount, testId, text } from './draw';

describe('measure and nearest tools', () => {
  it('lists each measure with its length, in the interface language', () => {
    const measures = [
      { id: 'm1', kind: 'line' as const, points: [[121, 31] as [number, number], [121.01, 31] as [number, number]] },
    ];
    const root = draw(measurePanel, defaultState({ lang: 'en', measures }));
    expect(text(root.querySelector('[data-measure="m1"]'))).toMatch(/^Distance 95\d m$/);
    expect(testId(root, 'measure-line')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('typed points: too few is said under the box, enough become a measure', () => {
    const { store, root } = mount(measurePanel, { lang: 'en' });
    const input = testId(root, 'measure-typed') as HTMLInputElement;
    input.value = '121.47, 31.23';
    testId(root, 'measure-typed-line')?.click();
    expect(text(root.querySelector('.typed-points [role="status"]'))).toBe('Not enough points');
    input.value = '121.47, 31.23; 121.50, 31.24';
    testId(root, 'measure-typed-line')?.click();
    expect(store.get().measures).toHaveLength(1);
    expect(text(root.querySelector('.typed-points [role="status"]'))).toBe('');
    expect(input.value).toBe('');
  });

  it('nearest: the toggle starts the mode; loading and results are shown from the state', () => {
    const { store, root } = mount(nearestPanel, { lang: 'en', nearestLoading: true });
    expect(text(root)).toContain('Loading facility data…');
    testId(root, 'nearest-toggle')?.click();
    expect(store.get().mode).toBe('nearest');
    expect(testId(root, 'nearest-toggle')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('nearest: a failed facility load says why instead of loading forever, and Try again clears it', () => {
    const nearest = { from: [121.47, 31.23] as [number, number], with: 'osm' as const, hits: [] };
    const { store, root } = mount(nearestPanel, {
      lang: 'zh',
      nearest,
      nearestClassesError: { zh: '无法载入 OSM 设施数据 parks.json（HTTP 404）', en: 'Could not load (HTTP 404)' },
    });
    expect(text(root)).not.toContain('正在载入设施数据');
    expect(text(testId(root, 'nearest-failed'))).toBe('无法载入 OSM 设施数据 parks.json（HTTP 404）');
    testId(root, 'nearest-retry')?.click();
    expect(store.get().nearestClassesError).toBeNull();
  });
});
