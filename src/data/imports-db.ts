import type { FeatureCollection } from 'geojson';

/** A layer the user brought, as kept in this browser (IndexedDB); nothing is uploaded. */
export interface ImportedLayer {
  id: string;
  name: string;
  datum: 'WGS84' | 'GCJ02' | 'BD09';
  color: string;
  collection: FeatureCollection;
  skipped: number;
  addedAt: string;
}

const DB = 'plan-viewer';
const STORE = 'imports';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const request = action(db.transaction(STORE, mode).objectStore(STORE));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      }),
  );
}

export const importsDb = {
  all: () => run<ImportedLayer[]>('readonly', (s) => s.getAll() as IDBRequest<ImportedLayer[]>),
  put: (layer: ImportedLayer) => run('readwrite', (s) => s.put(layer)),
  remove: (id: string) => run('readwrite', (s) => s.delete(id)),
};
