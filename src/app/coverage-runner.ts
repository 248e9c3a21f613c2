import type { MultiPolygon } from 'geojson';
import type { CoverageArea, CoverageRow, Facility } from '../analysis/coverage';

/** Runs a coverage in a Web Worker so the map keeps moving; resolves with rows and the uncovered shape. */
export function runInWorker(
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
