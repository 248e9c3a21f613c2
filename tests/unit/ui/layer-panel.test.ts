// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { layerPanel } from '../../../src/ui/layer-panel';
import { district, draw, mount, testId, text } from './draw';

describe('layer panel', () => {
  it('lists every layer under its group with its load state, the base switch and the export section', () => {
    const root = draw(layerPanel, defaultState({ lang: 'en' }));
    expect(root.querySelector('h2')?.textContent).toBe('Layers');
    expect(testId(root, 'toggle-rail-lines')).not.toBeNull();
    expect(text(root.querySelector('[data-layer="rail-lines"] .layer-status'))).toBe('Loading layers…');
    expect(testId(root, 'basemap-picker')).not.toBeNull();
    expect(testId(root, 'export-pdf')).not.toBeNull();
    expect(testId(root, 'close-layers')?.getAttribute('aria-label')).toBe('Close');
  });

  it('says a layer failed, with its reason, as an alert', () => {
    const root = draw(
      layerPanel,
      defaultState({ lang: 'en', loads: { parks: { state: 'failed', message: 'HTTP 404' } } }),
    );
    const status = root.querySelector('[data-layer="parks"] .layer-status');
    expect(text(status)).toBe('Layer could not be loaded: HTTP 404');
    expect(status?.getAttribute('role')).toBe('alert');
  });

  it('the district picker lists the loaded districts by name and opens the chosen one', () => {
    const features = new Map([
      [
        'base-districts',
        [
          district('songjiang', '松江区', 'Songjiang', 121.2, 31.0),
          district('pudong', '浦东新区', 'Pudong', 121.6, 31.2),
        ],
      ],
    ]);
    const { store, root } = mount(layerPanel, { lang: 'zh', features });
    const picker = testId(root, 'district-picker') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual(['— 选择一个区 —', '浦东新区', '松江区']);
    picker.value = 'songjiang';
    picker.dispatchEvent(new Event('change'));
    expect(store.get().district).toBe('songjiang');
    expect(store.get().tab).toBe('feature');
  });

  it('a layer checkbox turns the layer on and off in the store, and the × closes the drawer', () => {
    const { store, root } = mount(layerPanel, { lang: 'en', visible: new Set(), layersOpen: true });
    const box = testId(root, 'toggle-parks') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    expect(store.get().visible.has('parks')).toBe(true);
    testId(root, 'close-layers')?.click();
    expect(store.get().layersOpen).toBe(false);
  });
});
