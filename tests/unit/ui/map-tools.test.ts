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

  it('"What is here?" first shows the cross and how to aim, then asks app/map-tools.ts about the centre', () => {
    const { store, root } = mount(mapToolsPanel, { lang: 'en' });
    answerMapTools(store, () => [121.47, 31.23]);
    testId(root, 'what-is-here')?.click();
    expect(store.get().report).toBeNull();
    expect(testId(root, 'what-is-here')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('.aim-cross')).not.toBeNull();
    expect(text(testId(root, 'aim-bar'))).toContain('Move the map until the cross is on the place, or tap the place.');
    expect(document.activeElement).toBe(testId(root, 'aim-ask'));
    testId(root, 'aim-ask')?.click();
    expect(store.get().mapAsk).toEqual({ what: 'here', request: 1 });
    expect(store.get().report?.at).toEqual([121.47, 31.23]);
    expect(store.get().tab).toBe('feature');
    expect(store.get().aiming).toBe(false);
    expect(root.querySelector('.aim-cross')).toBeNull();
  });

  it('aiming is cancelled by its button or Escape, and the focus returns to "What is here?"', () => {
    document.body.replaceChildren();
    const { store, root } = mount(mapToolsPanel, { lang: 'zh' });
    answerMapTools(store, () => [121.47, 31.23]);
    testId(root, 'what-is-here')?.click();
    expect(text(testId(root, 'aim-cancel'))).toBe('取消');
    testId(root, 'aim-cancel')?.click();
    expect(store.get().aiming).toBe(false);
    expect(document.activeElement).toBe(testId(root, 'what-is-here'));
    testId(root, 'what-is-here')?.click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(store.get().aiming).toBe(false);
    expect(store.get().report).toBeNull();
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
