/// <reference lib="webworker" />
import { type CoverageArea, coverage, type Facility, uncoveredShape } from './coverage';

export interface CoverageRequest {
  areas: CoverageArea[];
  facilities: Facility[];
  radiusM: number;
}

/** Runs a coverage off the main thread so the map keeps moving; reports progress as it goes. */
self.onmessage = (event: MessageEvent<CoverageRequest>) => {
  const { areas, facilities, radiusM } = event.data;
  try {
    const result = coverage(areas, facilities, {
      radiusM,
      onProgress: (done, total) => self.postMessage({ type: 'progress', done, total }),
    });
    self.postMessage({ type: 'result', rows: result.rows, uncovered: uncoveredShape(result) });
  } catch (error) {
    self.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
