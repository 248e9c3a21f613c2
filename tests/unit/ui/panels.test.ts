// @vitest-environment happy-dom
import type { Feature, Geometry } from 'geojson';
import { render } from 'lit-html';
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { type AppState, createStore } from '../../../src/state/store';
import { attributionPanel } from '../../../src/ui/attribution';
import { headerPanel } from '../../../src/ui/header';
import { inViewPanel } from '../../../src/ui/in-view-panel';
import type { Panel } from '../../../src/ui/panel';
import { mountPanel } from '../../../src/ui/panel';
import { readerPanel } from '../../../src/ui/reader-panel';
import { shortcutsDialog } from '../../../src/ui/shortcuts-dialog';

/** A panel's view drawn for one state, as the text a reader would see. */
function draw(panel: Panel, state: AppState): HTMLElement {
  const root = document.createElement('div');
  render(panel.view(state, createStore(state)), root);
  return root;
}
const text = (root: HTMLElement) => (root.textContent ?? '').replace(/\s+/g, ' ').trim();

const park = (id: string, name: string, lon: number, lat: number): Feature<Geometry, Record<string, unknown>> => ({
  type: 'Feature',
  properties: { id, name_zh: name, name_en: name, accuracy: 'approximate' },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

describe('panel views, rendered against state fixtures', () => {
  it('header: title and a language switch named in the language it switches to', () => {
    const root = draw(headerPanel, defaultState({ lang: 'en' }));
    expect(root.querySelector('h1')?.textContent).toBe('Shanghai Five-Year Plans Map');
    const button = root.querySelector('[data-testid="lang-switch"]');
    expect(button?.textContent).toBe('中文');
    expect(button?.getAttribute('lang')).toBe('zh-CN');
    expect(root.querySelector('[data-testid="open-shortcuts"]')?.textContent).toBe('Keyboard shortcuts');
    expect(text(draw(headerPanel, defaultState({ lang: 'zh' })))).toContain('键盘快捷键');
  });

  it('header: the status notices sit in the title block (on a phone they cover the title only)', () => {
    const appStatus = { offline: false, savedForOffline: true, updateReady: false, reload: false };
    const root = draw(headerPanel, defaultState({ lang: 'en', appStatus }));
    expect(text(root.querySelector('.header-title .app-status') as HTMLElement)).toContain('Saved on this device');
    expect(root.querySelector('.header-tools .app-status')).toBeNull();
  });

  it('header: the buttons act on the store', () => {
    const store = createStore(defaultState({ lang: 'zh' }));
    const root = document.createElement('div');
    mountPanel(root, store, headerPanel);
    (root.querySelector('[data-testid="lang-switch"]') as HTMLButtonElement).click();
    expect(store.get().lang).toBe('en');
    expect(root.querySelector('h1')?.textContent).toBe('Shanghai Five-Year Plans Map');
    (root.querySelector('[data-testid="open-shortcuts"]') as HTMLButtonElement).click();
    expect(store.get().dialog).toBe('shortcuts');
  });

  it('attribution: OSM always, the basemap credit first, one item per licence', () => {
    const root = draw(attributionPanel, defaultState({ lang: 'en', visible: new Set() }));
    const items = [...root.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items[0]).toContain('Geofabrik');
    expect(items.some((item) => item.includes('OpenStreetMap contributors'))).toBe(true);
    expect(text(root)).toMatch(/^Data:/);
  });

  it('reader: says the texts are loading, or why they failed', () => {
    expect(text(draw(readerPanel, defaultState({ lang: 'en' })))).toBe('Loading the plan texts…');
    const failed = draw(readerPanel, defaultState({ lang: 'zh', contentError: 'HTTP 404' }));
    expect(text(failed)).toContain('HTTP 404');
  });

  it('shortcuts: every key and what it does, in the interface language', () => {
    const open = draw(shortcutsDialog, defaultState({ lang: 'zh', dialog: 'shortcuts' }));
    expect(open.querySelector('h2')?.textContent).toBe('键盘快捷键');
    expect(open.querySelectorAll('dt')).toHaveLength(6);
    expect(text(open)).toContain('放大 / 缩小');
    expect(draw(shortcutsDialog, defaultState({ lang: 'en' })).querySelector('h2')).toBeNull();
  });

  it('features in view: by layer, names as buttons, the approximate ones said so in words', () => {
    const state = defaultState({
      lang: 'en',
      visible: new Set(['parks']),
      bounds: [121, 31, 122, 32],
      features: new Map([['parks', [park('p1', 'Century Park', 121.55, 31.22), park('p2', 'Far Park', 120, 30)]]]),
    });
    const root = draw(inViewPanel, state);
    expect(root.querySelector('h2')?.textContent).toBe('Features in view');
    const group = root.querySelector('[data-layer="parks"]');
    expect(group?.querySelector('h3')?.textContent).toMatch(/\(1\)$/);
    expect([...(group?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual(['Century Park']);
    expect(text(root)).toContain('Approximate');
    expect(text(draw(inViewPanel, { ...state, bounds: [100, 10, 101, 11] }))).toContain('No features in view');
  });
});
