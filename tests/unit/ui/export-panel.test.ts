// @vitest-environment happy-dom

import { render } from 'lit-html';
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { createStore } from '../../../src/state/store';
import { exportView } from '../../../src/ui/export-panel';
import { layerPanel } from '../../../src/ui/layer-panel';
import { embedSnippet } from '../../../src/ui/share-panel';
import { mount, testId, text } from './draw';

describe('export and share (in the layer panel)', () => {
  it('the sheet’s status, and the print buttons off while one is made', () => {
    const root = document.createElement('div');
    const state = defaultState({ lang: 'en', printStatus: { state: 'working', message: 'Making…' } });
    render(exportView(state, createStore(state)), root);
    expect(text(testId(root, 'export-status'))).toBe('Making…');
    expect((testId(root, 'export-a4') as HTMLButtonElement).disabled).toBe(true);
  });

  it('the buttons ask by named actions: a PNG from app/sheets, a copy from app/share, the embed code shown', () => {
    const { store, root } = mount(layerPanel, { lang: 'en' });
    testId(root, 'export-a3')?.click();
    expect(store.get().print).toEqual({ kind: 'png', preset: 'a3', request: 1 });
    testId(root, 'share')?.click();
    expect(store.get().share.request).toEqual({ what: 'link', request: 1 });
    store.update({ share: { ...store.get().share, copied: 'link' } });
    expect(text(testId(root, 'share-status'))).toBe('Link copied');
    testId(root, 'embed')?.click();
    expect((testId(root, 'embed-code') as HTMLTextAreaElement).value).toContain('embed=1');
  });

  it('the PDF form keeps its choices in the store, shows them after a redraw and asks for that sheet', () => {
    const { store, root } = mount(layerPanel, { lang: 'en' });
    const choose = (id: string, value: string, event = 'change') => {
      const field = testId(root, id) as HTMLInputElement | HTMLSelectElement;
      field.value = value;
      field.dispatchEvent(new Event(event));
    };
    choose('pdf-paper', 'a3-portrait');
    choose('pdf-scale', '10000');
    choose('pdf-dpi', '300');
    choose('pdf-title', 'Songjiang', 'input');
    expect(store.get().pdf).toEqual({
      paper: 'a3',
      orientation: 'portrait',
      scale: 10000,
      dpi: 300,
      title: 'Songjiang',
    });
    store.update({ lang: 'zh' });
    expect((testId(root, 'pdf-paper') as HTMLSelectElement).value).toBe('a3-portrait');
    expect((testId(root, 'pdf-dpi') as HTMLSelectElement).value).toBe('300');
    expect((testId(root, 'pdf-title') as HTMLInputElement).value).toBe('Songjiang');
    // Says "PDF" once, not "下载 PDF (PDF)".
    expect(text(testId(root, 'export-pdf'))).toBe('下载 PDF');
    testId(root, 'export-pdf')?.click();
    expect(store.get().print).toEqual({ kind: 'pdf', ...store.get().pdf, request: 1 });
  });

  it('the embed snippet escapes the URL and title as attribute values', () => {
    expect(embedSnippet('https://x.test/#a=1"', 'T"<')).toContain('title="T&quot;&lt;"');
  });
});
