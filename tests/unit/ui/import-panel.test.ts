// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ImportedLayer } from '../../../src/data/imports-db';
import { defaultState } from '../../../src/state/initial';
import { NO_IMPORT } from '../../../src/state/tools';
import { importPanel } from '../../../src/ui/import-panel';
import { draw, mount, testId, text } from './draw';

const point = {
  type: 'Feature' as const,
  properties: { name: '站' },
  geometry: { type: 'Point' as const, coordinates: [121.4, 31.2] },
};
const collection = { type: 'FeatureCollection' as const, features: [point, point] };

describe('import panel', () => {
  it('the file field, the hint and no message before a file', () => {
    const root = draw(importPanel, defaultState({ lang: 'en' }));
    expect(text(root.querySelector('h3'))).toBe('Import your own data');
    expect(testId(root, 'import-file')?.getAttribute('accept')).toContain('.geojson');
    expect(testId(root, 'import-message')).toBeNull();
  });

  it('a refused file is an alert naming the file, as text', () => {
    const importJob = {
      ...NO_IMPORT,
      message: {
        kind: 'refused' as const,
        name: '<b>x</b>.json',
        problem: { key: 'import.unreadable' as const, values: { detail: 'bad' } },
      },
    };
    const root = draw(importPanel, defaultState({ lang: 'en', importJob }));
    const message = testId(root, 'import-message');
    expect(message?.getAttribute('role')).toBe('alert');
    expect(text(message)).toMatch(/^<b>x<\/b>\.json: /);
    expect(message?.querySelector('b')).toBeNull();
  });

  it('a file read: its count, the datum still being checked, and Add asks the import plugin', () => {
    const importJob = {
      ...NO_IMPORT,
      source: { name: 'sites.geojson', bytes: new Uint8Array(), choices: {} },
      pending: { collection, skipped: [], datum: null },
    };
    const { store, root } = mount(importPanel, { lang: 'en', importJob });
    expect(text(testId(root, 'import-summary'))).toBe('sites.geojson: 2 features');
    expect(text(testId(root, 'datum-evidence'))).toBe('Checking the datum…');
    expect((testId(root, 'datum-WGS84') as HTMLInputElement).checked).toBe(true);
    (testId(root, 'datum-form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    expect(store.get().importJob.task).toEqual({ request: 1, task: { kind: 'confirm', datum: 'WGS84' } });
    expect(testId(root, 'import-outside')).toBeNull();
  });

  it('a file whose features all lie outside Shanghai says the map cannot show them', () => {
    const paris = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Point' as const, coordinates: [2.35, 48.85] },
    };
    const importJob = {
      ...NO_IMPORT,
      source: { name: 'paris.geojson', bytes: new Uint8Array(), choices: {} },
      pending: { collection: { type: 'FeatureCollection' as const, features: [paris] }, skipped: [], datum: null },
    };
    const root = draw(importPanel, defaultState({ lang: 'zh', importJob }));
    expect(text(testId(root, 'import-outside'))).toContain('都不在上海范围内');
  });

  it('lists the kept layers with their count and datum; Remove takes one away', () => {
    const layer = {
      id: 'import-a',
      name: 'Mine',
      datum: 'GCJ02',
      color: '#e01b24',
      collection,
      skipped: 0,
      addedAt: '',
    };
    const { store, root } = mount(importPanel, { lang: 'en', imports: [layer as ImportedLayer] });
    expect(text(testId(root, 'imports'))).toBe('Mine (2, GCJ-02)Remove');
    const remove = root.querySelector<HTMLElement>('[data-testid="imports"] button');
    // Several layers each have a Remove: the name says which.
    expect(remove?.getAttribute('aria-label')).toBe('Remove Mine');
    remove?.click();
    expect(store.get().imports).toEqual([]);
  });
});
