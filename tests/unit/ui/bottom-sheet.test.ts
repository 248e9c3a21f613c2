// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { syncBottomSheet } from '../../../src/app/bottom-sheet';
import { defaultState } from '../../../src/state/initial';
import { createStore } from '../../../src/state/store';
import { settleAt, sheetHandlePanel } from '../../../src/ui/bottom-sheet';
import { mountPanel } from '../../../src/ui/panel';
import { mount, testId } from './draw';

const key = (el: Element | null, k: string) =>
  el?.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
const pointer = (el: Element, type: string, clientY: number) =>
  el.dispatchEvent(new PointerEvent(type, { clientY, pointerId: 1, bubbles: true }));

describe('bottom sheet handle', () => {
  it('its buttons, arrow keys and taps size the sheet in the store, and say its size', () => {
    const { store, root } = mount(sheetHandlePanel, { lang: 'en', sheet: 'peek' });
    const grip = testId(root, 'sheet-grip');
    key(grip, 'ArrowUp');
    expect(store.get().sheet).toBe('half');
    expect(grip?.getAttribute('aria-label')).toContain('(');
    expect(testId(root, 'sheet-half')?.getAttribute('aria-pressed')).toBe('true');
    grip?.click();
    expect(store.get().sheet).toBe('full');
    grip?.click();
    expect(store.get().sheet).toBe('peek');
    key(grip, 'ArrowDown');
    expect(store.get().sheet).toBe('peek');
    testId(root, 'sheet-full')?.click();
    expect(store.get().sheet).toBe('full');
  });

  it('a drag sets the sheet’s height while it lasts, settles at the nearest size, and is not also a tap', () => {
    const store = createStore(defaultState({ sheet: 'peek' }));
    const sheet = document.createElement('aside');
    sheet.className = 'side-panel';
    const bar = document.createElement('div');
    sheet.append(bar);
    document.body.append(sheet);
    mountPanel(bar, store, sheetHandlePanel);
    const grip = testId(bar, 'sheet-grip') as HTMLElement;
    pointer(grip, 'pointerdown', 700);
    pointer(grip, 'pointermove', 300);
    expect(sheet.style.height).toBe('400px');
    expect(sheet.classList.contains('dragging')).toBe(true);
    sheet.getBoundingClientRect = () => ({ height: 400 }) as DOMRect;
    pointer(grip, 'pointerup', 300);
    expect(sheet.style.height).toBe('');
    expect(store.get().sheet).toBe(settleAt(400 / window.innerHeight));
    const settled = store.get().sheet;
    grip.click();
    expect(store.get().sheet).toBe(settled);
  });

  it('settles under 30 % at peek, under 72 % at half, else full', () => {
    expect([0.1, 0.5, 0.9].map(settleAt)).toEqual(['peek', 'half', 'full']);
  });

  it('app/bottom-sheet.ts sizes the sheet and pulls it up to half when a feature is chosen', () => {
    const store = createStore(defaultState({ sheet: 'peek', layersOpen: true }));
    const sheet = document.createElement('aside');
    syncBottomSheet(store, sheet);
    expect(sheet.dataset.sheet).toBe('peek');
    store.update({ selected: { layerId: 'parks', featureId: 'x', properties: {} } });
    expect(store.get().sheet).toBe('half');
    expect(store.get().layersOpen).toBe(false);
    expect(sheet.dataset.sheet).toBe('half');
  });

  it('a tool that waits for clicks on the map lowers a full sheet to half, so the map is seen', () => {
    const store = createStore(defaultState({ sheet: 'full' }));
    syncBottomSheet(store, document.createElement('aside'));
    store.update({ mode: 'measure-line' });
    expect(store.get().sheet).toBe('half');
  });

  it('a plan passage opened from a link pulls the sheet up, so the passage is seen', () => {
    const store = createStore(defaultState({ sheet: 'peek', clause: 'p14/10.2.1', tab: 'plans' }));
    syncBottomSheet(store, document.createElement('aside'));
    expect(store.get().sheet).toBe('half');
    // A district picked in the layer drawer closes it, with the sheet already up.
    store.update({ layersOpen: true });
    store.update({ district: 'songjiang' });
    expect(store.get().layersOpen).toBe(false);
  });
});
