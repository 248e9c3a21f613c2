import { describe, expect, it } from 'vitest';
import { syncImports } from '../../../src/app/imports-sync';
import type { ImportedLayer } from '../../../src/data/imports-db';
import { defaultState } from '../../../src/state/initial';
import { createStore } from '../../../src/state/store';

const layer = (id: string): ImportedLayer => ({
  id,
  name: `${id}.csv`,
  datum: 'GCJ02',
  color: '#e01b24',
  collection: {
    type: 'FeatureCollection',
    features: [0, 1].map((i) => ({
      type: 'Feature',
      properties: { 名称: `点 ${i}` },
      geometry: { type: 'Point', coordinates: [121.47 + i / 100, 31.23] },
    })),
  },
  skipped: 0,
  addedAt: '2026-12-03T08:00:00Z',
});

/** An IndexedDB stand-in: what was kept, and every write made. */
function fakeDb(initial: ImportedLayer[], failPut = false) {
  const kept = new Map(initial.map((l) => [l.id, l]));
  const writes: string[] = [];
  return {
    kept,
    writes,
    all: async () => [...kept.values()],
    put: async (l: ImportedLayer) => {
      writes.push(`put ${l.id}`);
      if (failPut) throw new Error('QuotaExceededError');
      kept.set(l.id, l);
      return l.id as IDBValidKey;
    },
    remove: async (id: string) => {
      writes.push(`remove ${id}`);
      kept.delete(id);
      return undefined;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('syncImports (the IndexedDB plugin)', () => {
  it('restores kept layers and opens the imported feature a link selects', async () => {
    const store = createStore(defaultState({ lang: 'en' }), () => undefined);
    const db = fakeDb([layer('import-a')]);
    await syncImports(store, { selected: 'import-a/1' }, db);
    const state = store.get();
    expect(state.imports.map((l) => l.id)).toEqual(['import-a']);
    expect(state.visible.has('import-a')).toBe(true);
    expect(state.selected).toEqual({
      layerId: 'import-a',
      featureId: '1',
      properties: { 名称: '点 1', layer: 'import-a.csv' },
    });
    expect(state.notices).toEqual([]);
    expect(db.writes).toEqual([]);
  });

  it('names a link to an import that is gone as an ignored link value', async () => {
    const store = createStore(defaultState({ lang: 'en' }), () => undefined);
    await syncImports(store, { selected: 'import-gone/0' }, fakeDb([layer('import-a')]));
    expect(store.get().selected).toBeNull();
    expect(store.get().notices).toEqual(['Some link parameters were invalid and were ignored: sel=import-gone/0']);
  });

  it('writes additions and removals made in the store; a removed layer’s selection closes', async () => {
    const store = createStore(defaultState(), () => undefined);
    const db = fakeDb([layer('import-a')]);
    await syncImports(store, { selected: 'import-a/0' }, db);
    store.update({ imports: [...store.get().imports, layer('import-b')] });
    store.update({ imports: store.get().imports.filter((l) => l.id !== 'import-a') });
    await settle();
    expect(db.writes).toEqual(['put import-b', 'remove import-a']);
    expect([...db.kept.keys()]).toEqual(['import-b']);
    expect(store.get().selected).toBeNull();
  });

  it('says in the user’s language when a layer could not be kept', async () => {
    const store = createStore(defaultState({ lang: 'zh' }), () => undefined);
    await syncImports(store, { selected: null }, fakeDb([], true));
    store.update({ imports: [layer('import-c')] });
    await settle();
    expect(store.get().notices).toEqual(['import-c.csv: 图层已添加，但无法保存到本机']);
  });
});
