import type { Feature, Geometry, MultiPolygon } from 'geojson';
import type { CoverageArea, CoverageRow, Facility } from '../analysis/coverage';
import { areasFor, areasFromLayer, facilitiesFor } from '../analysis/inputs';
import { osmClass } from '../analysis/osm-classes';
import { stripBidi } from '../i18n/bidi';
import { t } from '../i18n/strings';
import { RAIL_STATUSES, type RailStatus } from '../registry/types';
import { type AppState, allLayerData, type Store } from '../state/store';
import type { CoverageForm, CoverageRun } from '../state/tools';
import { ensureOsmClasses, OsmClassError } from './osm-classes';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** Runs a coverage in a Web Worker so the map keeps moving; resolves with rows and the uncovered shape. */
function runInWorker(
  areas: CoverageArea[],
  facilities: Facility[],
  radiusM: number,
  onProgress: (share: number) => void,
): Promise<{ rows: CoverageRow[]; uncovered: MultiPolygon }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../analysis/coverage.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent) => {
      const message = event.data as
        | { type: 'progress'; done: number; total: number }
        | { type: 'result'; rows: CoverageRow[]; uncovered: MultiPolygon }
        | { type: 'error'; message: string };
      if (message.type === 'progress') onProgress(message.done / Math.max(1, message.total));
      else {
        worker.terminate();
        if (message.type === 'result') resolve(message);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ areas, facilities, radiusM });
  });
}

/** The areas the form reports by: districts, new towns, an imported layer's polygons or the last drawn area. */
export function areasForForm(form: CoverageForm, state: AppState): CoverageArea[] | null {
  if (form.by === 'districts' || form.by === 'new-towns') return areasFor(form.by, state.features);
  if (form.by !== 'drawn') {
    const layer = state.imports.find((l) => l.id === form.by);
    const areas = layer ? areasFromLayer(layer.collection.features as AnyFeature[], stripBidi(layer.name)) : [];
    return areas.length > 0 ? areas : null;
  }
  const drawn = [...state.measures].reverse().find((m) => m.kind === 'area' && m.points.length >= 3);
  if (!drawn) return null;
  return [
    {
      id: drawn.id,
      name_zh: '绘制的面',
      name_en: 'Drawn area',
      shape: { type: 'Polygon', coordinates: [[...drawn.points, drawn.points[0] as [number, number]]] },
      population: null,
    },
  ];
}

/**
 * The coverage plugin: runs each coverage the panel asks for (`runCoverage`) in a Web Worker and
 * writes its progress, rows (and planned rows) and the uncovered shape into the store.
 */
export function runCoverages(store: Store): void {
  let current = 0;
  const setRun = (request: number, run: CoverageRun) => {
    // A newer request owns the tool's state: an older run that finishes late writes nothing.
    if (request === current) store.update({ coverage: { ...store.get().coverage, run } });
  };
  const run = async (request: number, compare: boolean) => {
    const state = store.get();
    const { form } = state.coverage;
    const lang = state.lang;
    const areas = areasForForm(form, state);
    if (!areas) {
      setRun(request, {
        state: 'failed',
        message: t(form.by === 'drawn' ? 'needDrawnArea' : 'needAreaPolygons', lang),
      });
      return;
    }
    setRun(request, { state: 'running', progress: 0 });
    const progress = (share: number) => setRun(request, { state: 'running', progress: share });
    /** Layer data plus the OSM classes loaded so far, under their class ids. */
    const inputs = () => new Map([...allLayerData(store.get()), ...store.get().osmClasses]);
    try {
      if (osmClass(form.facilities)) await ensureOsmClasses(store, [form.facilities]);
      const statuses: RailStatus[] = compare ? ['operating'] : [...form.statuses];
      const facilities = facilitiesFor(form.facilities, inputs(), statuses);
      if (facilities.length === 0) throw new Error(t('noFacilities', lang));
      const today = await runInWorker(areas, facilities, form.radiusM, progress);
      let planned: CoverageRow[] | undefined;
      let uncovered = today.uncovered;
      if (compare) {
        const all = facilitiesFor(form.facilities, inputs(), [...RAIL_STATUSES]);
        const later = await runInWorker(areas, all, form.radiusM, progress);
        planned = later.rows;
        uncovered = later.uncovered;
      }
      if (request !== current) return;
      store.update({
        coverage: {
          ...store.get().coverage,
          run: { state: 'done', rows: today.rows, ...(planned ? { planned } : {}) },
        },
        uncovered,
      });
    } catch (error) {
      const message =
        error instanceof OsmClassError
          ? error.messages[store.get().lang]
          : error instanceof Error
            ? error.message
            : String(error);
      setRun(request, { state: 'failed', message });
    }
  };
  store.select(
    (s) => s.coverage.request,
    (request) => {
      if (!request) return;
      current = request.request;
      void run(request.request, request.compare);
    },
    // Installed when the first run is asked for: that request is answered at once.
    { immediate: true },
  );
}
