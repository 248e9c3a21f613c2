// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { answerMapTools } from '../../../src/app/map-tools';
import { defaultState } from '../../../src/state/initial';
import { mapToolsPanel } from '../../../src/ui/map-tools';
import { draw, mount, testId, text } from './draw';

describe('map tools', () => {
  it('open the layer drawer and say whether it is open', () => {
    const { store, root } = mount(mapToolsPanel, { lang: 'en', layersOpen: false });
    testId(root, 'open-layers')?.click();
    expect(store.get().layersOpen).toBe(true);
    expect(testId(root, 'open-layers')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('ask app/map-tools.ts for the report at the map centre, which opens it there', () => {
    const { store, root } = mount(mapToolsPanel, { lang: 'en' });
    answerMapTools(store, () => [121.47, 31.23]);
    testId(root, 'what-is-here')?.click();
    expect(store.get().mapAsk).toEqual({ what: 'here', request: 1 });
    expect(store.get().report?.at).toEqual([121.47, 31.23]);
    expect(store.get().tab).toBe('feature');
  });

  it('"My location" says why it cannot when the browser has no position, and is off while locating', () => {
    const { store, root } = mount(mapToolsPanel, { lang: 'en' });
    answerMapTools(store, () => null);
    Object.defineProperty(navigator, 'geolocation', { value: undefined, configurable: true });
    testId(root, 'my-location')?.click();
    expect(store.get().locating).toBe(false);
    expect(store.get().notices).toHaveLength(1);
    store.update({ locating: true });
    expect((testId(root, 'my-location') as HTMLButtonElement).disabled).toBe(true);
    expect(testId(root, 'my-location')?.getAttribute('aria-busy')).toBe('true');
  });

  it('"What is here?" is off when the map could not be made', () => {
    const root = draw(mapToolsPanel, defaultState({ lang: 'zh', mapError: 'no WebGL' }));
    expect((testId(root, 'what-is-here') as HTMLButtonElement).disabled).toBe(true);
    expect(text(testId(root, 'open-layers'))).toBe('图层');
  });
});
