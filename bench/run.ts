/**
 * Figures, never assertions: npm run bench [-- --json]. Coverage of all districts by operating
 * stations at 800 m, fast path against the plain turf way, on this machine.
 */
import type { Feature, Point } from 'geojson';
import { coverage } from '../src/analysis/coverage';
import { areasFor, facilitiesFor } from '../src/analysis/inputs';
import { loadRepository } from '../src/cli/load';
import { naiveShares } from './naive-coverage';

// Enough cells that at least 60 000 fall inside the districts.
const TARGET_CELLS = 130_000;
const RADIUS_M = 800;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const { layers } = loadRepository();
const areas = areasFor('districts', layers);
const stations = facilitiesFor('rail-stations', layers, ['operating']) as Feature<Point>[];

coverage(areas, stations, { radiusM: RADIUS_M, targetCells: TARGET_CELLS }); // warm-up (JIT)
const fastTimes: number[] = [];
let fast = coverage(areas, stations, { radiusM: RADIUS_M, targetCells: TARGET_CELLS });
for (let run = 0; run < 7; run++) {
  const started = performance.now();
  fast = coverage(areas, stations, { radiusM: RADIUS_M, targetCells: TARGET_CELLS });
  fastTimes.push(performance.now() - started);
}
const cellsInside = fast.inside.reduce((n, v) => n + v, 0);
const naiveStarted = performance.now();
const naive = naiveShares(areas, stations, RADIUS_M, fast.grid);
const naiveMs = performance.now() - naiveStarted;
const maxDifference = Math.max(...fast.rows.map((row, i) => Math.abs(row.share - (naive[i] ?? 0))));

const figures = {
  coverage_areas: areas.length,
  coverage_stations: stations.length,
  coverage_grid_cells: fast.grid.cols * fast.grid.rows,
  coverage_cells_inside_areas: cellsInside,
  coverage_fast_ms_median: Math.round(median(fastTimes) * 10) / 10,
  coverage_naive_ms: Math.round(naiveMs),
  coverage_speedup: Math.round(naiveMs / median(fastTimes)),
  coverage_max_share_difference_pp: Math.round(maxDifference * 1e6) / 1e4,
};

if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
else for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(34)} ${value}`);
