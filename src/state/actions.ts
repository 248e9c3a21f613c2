import { type PrintRequest, type Store, showFeatures } from './store';
import type { CoverageState, ImportTask, SearchState } from './tools';

/** Opens the citizen view of one district (by slug) and shows it on the map; null closes it. */
export function openDistrict(store: Store, slug: string | null): void {
  store.update({ district: slug, selected: null, tab: 'feature', highlighted: [] });
  if (slug) showFeatures(store, [{ layerId: 'base-districts', featureId: slug }], { select: false });
}

/** Asks app/downloads.ts to save a file in the user's browser. */
export function downloadFile(store: Store, fileName: string, text: string, type: string): void {
  store.update({ download: { request: (store.get().download?.request ?? 0) + 1, fileName, text, type } });
}

/** Asks for a sheet (PNG, PDF, the district's plan); app/sheets.ts makes it and reports in `printStatus`. */
export function requestPrint(store: Store, request: DistributiveOmit<PrintRequest, 'request'>): void {
  store.update({ print: { ...request, request: (store.get().print?.request ?? 0) + 1 } as PrintRequest });
}

/** Asks app/map-tools.ts what is at the map's centre, or for the user's position. */
export function askMap(store: Store, what: 'here' | 'locate'): void {
  store.update({ mapAsk: { what, request: (store.get().mapAsk?.request ?? 0) + 1 } });
}

/** Asks app/coverage.ts to run the coverage of the current form (with planned lines when `compare`). */
export function runCoverage(store: Store, compare: boolean): void {
  const coverage = store.get().coverage;
  store.update({
    coverage: { ...coverage, request: { compare, request: (coverage.request?.request ?? 0) + 1 } },
  });
}

/** Changes part of the coverage tool's state (form, sort, columns). */
export function setCoverage(store: Store, change: Partial<CoverageState>): void {
  store.update({ coverage: { ...store.get().coverage, ...change } });
}

/** Changes part of the search box's state; app/search.ts answers a changed query or plan. */
export function setSearch(store: Store, change: Partial<SearchState>): void {
  store.update({ search: { ...store.get().search, ...change } });
}

/** Asks app/share.ts to copy the link or the embed code. */
export function copyShare(store: Store, what: 'link' | 'code'): void {
  const share = store.get().share;
  store.update({ share: { ...share, request: { what, request: (share.request?.request ?? 0) + 1 } } });
}

/** Asks the import plugin (app/imports-sync.ts) to read a file, read it again, or add the layer read. */
export function importTask(store: Store, task: ImportTask): void {
  const job = store.get().importJob;
  store.update({ importJob: { ...job, task: { task, request: (job.task?.request ?? 0) + 1 } } });
}

/** Adds or removes a layer from the visible ones. */
export function toggleLayer(store: Store, layerId: string, on: boolean): void {
  const visible = new Set(store.get().visible);
  if (on) visible.add(layerId);
  else visible.delete(layerId);
  store.update({ visible });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
