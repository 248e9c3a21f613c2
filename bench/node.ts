import { DOMParser } from '@xmldom/xmldom';
import type { Feature, Point } from 'geojson';
import { coverage } from '../src/analysis/coverage';
import { areasFor, facilitiesFor } from '../src/analysis/inputs';
import { loadRepository } from '../src/cli/load';
import { createSearch } from '../src/content/search';
import { importText } from '../src/data/import-file';
import { naiveShares } from './naive-coverage';
import { median, percentile, round } from './stats';

const TARGET_CELLS = 130_000; // enough that at least 60 000 cells fall inside the districts
const RADIUS_M = 800;

export function coverageFigures(): Record<string, number> {
  const { layers } = loadRepository();
  const areas = areasFor('districts', layers);
  const stations = facilitiesFor('rail-stations', layers, ['operating']) as Feature<Point>[];
  coverage(areas, stations, { radiusM: RADIUS_M, targetCells: TARGET_CELLS }); // warm-up (JIT)
  const times: number[] = [];
  let fast = coverage(areas, stations, { radiusM: RADIUS_M, targetCells: TARGET_CELLS });
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    fast = coverage(areas, stations, { radiusM: RADIUS_M, targetCells: TARGET_CELLS });
    times.push(performance.now() - started);
  }
  const naiveStarted = performance.now();
  const naive = naiveShares(areas, stations, RADIUS_M, fast.grid);
  const naiveMs = performance.now() - naiveStarted;
  return {
    coverage_stations: stations.length,
    coverage_grid_cells: fast.grid.cols * fast.grid.rows,
    coverage_cells_inside_areas: fast.inside.reduce((n, v) => n + v, 0),
    coverage_fast_ms_median: round(median(times)),
    coverage_naive_ms: Math.round(naiveMs),
    coverage_speedup: Math.round(naiveMs / median(times)),
    coverage_max_share_difference_pp: round(
      Math.max(...fast.rows.map((row, i) => Math.abs(row.share - (naive[i] ?? 0)))) * 100,
      2,
    ),
  };
}

/** Search over every name in the gazetteer, each name typed as a query. */
export function searchFigures(): Record<string, number> {
  const { index } = loadRepository();
  const search = createSearch(index);
  const names = [...index.places.values()].flatMap((p) => [...p.names_zh, ...p.names_en]);
  search('warm up');
  const times = names.map((name) => {
    const started = performance.now();
    search(name);
    return performance.now() - started;
  });
  return {
    search_queries: names.length,
    search_p50_ms: round(percentile(times, 0.5), 2),
    search_p95_ms: round(percentile(times, 0.95), 2),
  };
}

/** A generated 50 MB GeoJSON of small polygons, read and checked as an import. */
export function importFigures(): Record<string, number> {
  const feature = (i: number) => {
    const x = 121 + (i % 1000) / 1000;
    const y = 31 + Math.floor(i / 1000) / 1000;
    return `{"type":"Feature","properties":{"id":${i},"name":"parcel ${i}"},"geometry":{"type":"Polygon","coordinates":[[[${x},${y}],[${x + 0.0005},${y}],[${x + 0.0005},${y + 0.0005}],[${x},${y + 0.0005}],[${x},${y}]]]}}`;
  };
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < 50 * 1024 * 1024; i++) {
    const f = feature(i);
    parts.push(f);
    bytes += f.length + 1;
  }
  const text = `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
  const started = performance.now();
  const outcome = importText('big.geojson', text, {
    parseXml: (xml) => new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document,
  });
  return {
    import_mb: round(text.length / 1024 / 1024),
    import_features: outcome.ok ? outcome.collection.features.length : 0,
    import_ms: Math.round(performance.now() - started),
  };
}
