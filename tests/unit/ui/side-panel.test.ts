// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { createStore } from '../../../src/state/store';
import { mountSidePanel } from '../../../src/ui/side-panel';
import { testId, text } from './draw';

describe('side panel', () => {
  it('five tabs, the open one selected and its body the only one shown', () => {
    const store = createStore(defaultState({ lang: 'en', tab: 'plans' }));
    const root = document.createElement('div');
    mountSidePanel(root, store);
    const tabs = [...root.querySelectorAll('[role="tab"]')];
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Feature', 'Plan texts', 'Analysis', 'Time', 'In view']);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false', 'false', 'false']);
    const shown = [...root.querySelectorAll('[role="tabpanel"]')].filter((body) => !(body as HTMLElement).hidden);
    expect(shown.map((body) => body.id)).toEqual(['tabpanel-plans']);
    expect(text(shown[0])).toBe('Loading the plan texts…');
  });

  it('a tab is drawn when first opened (the analysis tools loaded then) and keeps its body element; arrows move between tabs', async () => {
    const store = createStore(defaultState({ lang: 'en' }));
    const root = document.createElement('div');
    document.body.append(root);
    mountSidePanel(root, store);
    const analysis = root.querySelector('#tabpanel-analysis') as HTMLElement;
    expect(analysis.childElementCount).toBe(0);
    testId(root, 'tab-analysis')?.click();
    expect(store.get().tab).toBe('analysis');
    expect(root.querySelector('#tabpanel-analysis')).toBe(analysis);
    await vi.waitFor(() => expect(text(analysis)).toContain('Import your own data'), { timeout: 10_000 });
    testId(root, 'tab-analysis')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    expect(store.get().tab).toBe('time');
  });
});
