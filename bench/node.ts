import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature, Point } from 'geojson';
import { coverage } from '../src/analysis/coverage';
import { areasFor, facilitiesFor } from '../src/analysis/inputs';
import { loadRepository } from '../src/cli/load';
import { createSearchEngine } from '../src/content/search';
import { importText } from '../src/data/import-file';
import { evaluate } from '../tests/search-eval/evaluate';
import { HELDOUT_QUERIES as SECOND_HELDOUT } from '../tests/search-eval/heldout-2-queries';
import { HELDOUT_QUERIES as THIRD_HELDOUT } from '../tests/search-eval/heldout-3-queries';
import { HELDOUT_QUERIES } from '../tests/search-eval/heldout-queries';
import { EVAL_QUERIES } from '../tests/search-eval/queries';
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

/**
 * Search: recall@5 per kind on the evaluation set and the held-out set (tests/search-eval), latency over its queries and
 * every gazetteer name (the fastest of five runs each, so other processes on a shared machine count less), the cost of building the index in place, and
 * what it would weigh shipped serialised; the lazily loaded search chunk of the built site and the
 * lexicon it carries (text/search-lexicon.json).
 */
export function searchFigures(): Record<string, number> {
  const { index, city } = loadRepository();
  const buildStarted = performance.now();
  const engine = createSearchEngine(index, city);
  const buildMs = performance.now() - buildStarted;
  const report = evaluate(engine);
  // The held-out set (written blind to the engine) is reported, never tuned on.
  const heldout = evaluate(
    engine,
    5,
    HELDOUT_QUERIES.map((q) => ({ ...q, kind: q.lang })),
  );
  const secondHeldout = evaluate(
    engine,
    5,
    SECOND_HELDOUT.map((q) => ({ ...q, kind: q.lang })),
  );
  const thirdHeldout = evaluate(
    engine,
    5,
    THIRD_HELDOUT.map((q) => ({ ...q, kind: q.lang })),
  );
  const lexicon = readFileSync(join(import.meta.dirname, '..', 'text', 'search-lexicon.json'));
  const names = [...index.places.values()].flatMap((p) => [...p.names_zh, ...p.names_en]);
  // Every 10th name of the city gazetteer, in Chinese and in English, as citizens type their place.
  const cityNames = city.filter((_, i) => i % 10 === 0).flatMap((p) => [p.name_zh, p.name_en]);
  const queries = [...EVAL_QUERIES.map((q) => q.query), ...names, ...cityNames];
  const times = queries.map((query) =>
    Math.min(
      ...[0, 1, 2, 3, 4].map(() => {
        const started = performance.now();
        engine.search(query);
        return performance.now() - started;
      }),
    ),
  );
  const json = engine.indexJson();
  const assets = join(import.meta.dirname, '..', 'dist', 'assets');
  const chunk = existsSync(assets) ? readdirSync(assets).find((f) => /^search-.*\.js$/.test(f)) : undefined;
  return {
    search_passages: engine.size,
    search_city_names: city.length,
    search_eval_queries: EVAL_QUERIES.length,
    search_recall5_zh: round(report.recall.zh, 3),
    search_recall5_en: round(report.recall.en, 3),
    search_recall5_cross: round(report.recall.cross, 3),
    search_recall5_all: round(report.recall.all, 3),
    search_mrr_all: round(report.mrr.all, 3),
    search_heldout_queries: HELDOUT_QUERIES.length,
    search_heldout_recall5_zh: round(heldout.recall.zh, 3),
    search_heldout_recall5_en: round(heldout.recall.en, 3),
    search_heldout_recall5_mixed: round(heldout.recall.mixed, 3),
    search_heldout_recall5_all: round(heldout.recall.all, 3),
    search_heldout_mrr_all: round(heldout.mrr.all, 3),
    search_heldout2_queries: SECOND_HELDOUT.length,
    search_heldout2_recall5_zh: round(secondHeldout.recall.zh, 3),
    search_heldout2_recall5_en: round(secondHeldout.recall.en, 3),
    search_heldout2_recall5_all: round(secondHeldout.recall.all, 3),
    search_heldout2_mrr_all: round(secondHeldout.mrr.all, 3),
    search_heldout3_queries: THIRD_HELDOUT.length,
    search_heldout3_recall5_zh: round(thirdHeldout.recall.zh, 3),
    search_heldout3_recall5_en: round(thirdHeldout.recall.en, 3),
    search_heldout3_recall5_all: round(thirdHeldout.recall.all, 3),
    search_heldout3_mrr_all: round(thirdHeldout.mrr.all, 3),
    search_lexicon_kb: round(lexicon.length / 1024, 1),
    search_lexicon_gzip_kb: round(gzipSync(lexicon).length / 1024, 1),
    search_queries_timed: queries.length,
    search_p50_ms: round(percentile(times, 0.5), 2),
    search_p95_ms: round(percentile(times, 0.95), 2),
    // Latency on a shared machine means little without its load (1-minute average, runnable processes).
    search_load_average_1min: round(loadavg()[0] ?? 0, 2),
    search_index_build_ms: Math.round(buildMs),
    search_index_serialised_kb: Math.round(json.length / 1024),
    search_index_serialised_gzip_kb: Math.round(gzipSync(json).length / 1024),
    search_chunk_gzip_kb: chunk ? round(gzipSync(readFileSync(join(assets, chunk))).length / 1024, 1) : -1,
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
