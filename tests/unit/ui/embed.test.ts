// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { embedPanel, fullMapUrl } from '../../../src/ui/embed';
import { draw, mount, testId, text } from './draw';

describe('embed bar', () => {
  it('draws nothing outside an embedded page', () => {
    expect(draw(embedPanel, defaultState({ embed: false })).children).toHaveLength(0);
  });

  it('opens and closes the legend of the visible plan layers through the store', () => {
    const { store, root } = mount(embedPanel, { embed: true, lang: 'en', visible: new Set(['parks', 'base-land']) });
    const button = testId(root, 'embed-legend');
    const list = root.querySelector('#embed-legend-list');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(list?.hasAttribute('hidden')).toBe(true);
    expect(text(list)).toBe('Parks and country parks');
    button?.click();
    expect(store.get().embedLegendOpen).toBe(true);
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    expect(list?.hasAttribute('hidden')).toBe(false);
    store.update({ lang: 'zh' });
    expect(text(list)).toBe('公园与郊野公园');
  });

  it('links to the full map: the same view without the embed switch', () => {
    expect(fullMapUrl('https://x.test/app/#embed=1&year=2025')).toBe('https://x.test/app/#year=2025');
  });
});
