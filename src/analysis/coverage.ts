import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { distance } from 'geokdbush';
import { cellCentre, type Grid, makeGrid, rasterize } from './grid';

export interface CoverageArea {
  id: string;
  name_zh: string;
  name_en: string;
  shape: Polygon | MultiPolygon;
  /** Residents, assumed evenly spread over the area; null when unknown. */
  population: number | null;
}

export type Facility = Feature<Point | Polygon | MultiPolygon>;

export interface CoverageRow {
  id: string;
  name_zh: string;
  name_en: string;
  area_km2: number;
  covered_km2: number;
  share: number;
  population: number | null;
  covered_population: number | null;
}

export interface CoverageResult {
  rows: CoverageRow[];
  grid: Grid;
  /** 1 where a cell centre is within reach of a facility. */
  covered: Uint8Array;
  /** Cells inside any area, for drawing what is not covered. */
  inside: Uint8Array;
}

export interface CoverageOptions {
  radiusM: number;
  /** Grid cells over the areas' bounding box; more is finer and slower. */
  targetCells?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Marks every cell whose centre is within `radiusM` of a point facility (great-circle distance). */
function markPoint(grid: Grid, covered: Uint8Array, [lon, lat]: number[], radiusKm: number): void {
  if (lon === undefined || lat === undefined) return;
  // Search window only (5 % wider than a degree of latitude needs); the test itself is great-circle.
  const dLat = (radiusKm / 111.2) * 1.05;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  const row0 = Math.max(0, Math.floor((lat - dLat - grid.south) / grid.dLat));
  const row1 = Math.min(grid.rows - 1, Math.floor((lat + dLat - grid.south) / grid.dLat));
  const col0 = Math.max(0, Math.floor((lon - dLon - grid.west) / grid.dLon));
  const col1 = Math.min(grid.cols - 1, Math.floor((lon + dLon - grid.west) / grid.dLon));
  for (let row = row0; row <= row1; row++) {
    const y = grid.south + (row + 0.5) * grid.dLat;
    for (let col = col0; col <= col1; col++) {
      const index = row * grid.cols + col;
      if (covered[index]) continue;
      if (distance(lon, lat, grid.west + (col + 0.5) * grid.dLon, y) <= radiusKm) covered[index] = 1;
    }
  }
}

/**
 * Marks every cell within `radiusKm` of a polygon: its inside, then discs around points along its
 * edges, spaced a quarter of the radius apart, which reach within r/128 of the exact buffer (sagitta
 * of the gap between discs). Much faster than a turf buffer for thousands of parks.
 */
function markPolygon(grid: Grid, covered: Uint8Array, shape: Polygon | MultiPolygon, radiusKm: number): void {
  rasterize(grid, shape, (index) => (covered[index] = 1));
  if (radiusKm <= 0) return;
  const stepKm = radiusKm / 4;
  const rings = shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
      const [x1 = 0, y1 = 0] = ring[i] ?? [];
      const steps = Math.max(1, Math.ceil(distance(x0, y0, x1, y1) / stepKm));
      for (let k = 0; k < steps; k++)
        markPoint(grid, covered, [x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps], radiusKm);
    }
  }
}

/**
 * Share of each area within reach of the facilities: a grid over the areas, cells marked from each
 * facility outwards (points by distance, polygons by their inside and discs along their edges),
 * areas rasterized by scanline. Population within reach assumes residents are spread evenly inside each area.
 */
export function coverage(
  areas: readonly CoverageArea[],
  facilities: readonly Facility[],
  options: CoverageOptions,
): CoverageResult {
  const bbox = turf.bbox(turf.featureCollection(areas.map((a) => turf.feature(a.shape)))) as [
    number,
    number,
    number,
    number,
  ];
  const grid = makeGrid(bbox, options.targetCells ?? 80_000);
  const covered = new Uint8Array(grid.cols * grid.rows);
  const inside = new Uint8Array(grid.cols * grid.rows);
  const radiusKm = options.radiusM / 1000;
  facilities.forEach((facility, i) => {
    const geometry = facility.geometry;
    if (geometry.type === 'Point') markPoint(grid, covered, geometry.coordinates, radiusKm);
    else markPolygon(grid, covered, geometry, radiusKm);
    if (i % 50 === 0) options.onProgress?.(i, facilities.length + areas.length);
  });
  const rows = areas.map((area, i) => {
    let total = 0;
    let reached = 0;
    rasterize(grid, area.shape, (index, row) => {
      const cellArea = grid.rowCellArea[row] ?? 0;
      inside[index] = 1;
      total += cellArea;
      if (covered[index]) reached += cellArea;
    });
    options.onProgress?.(facilities.length + i, facilities.length + areas.length);
    const areaKm2 = turf.area(area.shape) / 1e6;
    const share = total > 0 ? reached / total : 0;
    return {
      id: area.id,
      name_zh: area.name_zh,
      name_en: area.name_en,
      area_km2: round(areaKm2, 2),
      covered_km2: round(areaKm2 * share, 2),
      share: round(share, 4),
      population: area.population,
      covered_population: area.population === null ? null : Math.round(area.population * share),
    };
  });
  return { rows, grid, covered, inside };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** What is not within reach, as one rectangle per run of uncovered cells in a row: for drawing. */
export function uncoveredShape(result: CoverageResult): MultiPolygon {
  const { grid, covered, inside } = result;
  const polygons: MultiPolygon['coordinates'] = [];
  for (let row = 0; row < grid.rows; row++) {
    let start = -1;
    for (let col = 0; col <= grid.cols; col++) {
      const index = row * grid.cols + col;
      const open = col < grid.cols && inside[index] === 1 && covered[index] === 0;
      if (open && start < 0) start = col;
      if (!open && start >= 0) {
        const [w, s] = cellCentre(grid, row * grid.cols + start);
        const x0 = w - grid.dLon / 2;
        const y0 = s - grid.dLat / 2;
        const x1 = grid.west + col * grid.dLon;
        polygons.push([
          [
            [x0, y0],
            [x1, y0],
            [x1, y0 + grid.dLat],
            [x0, y0 + grid.dLat],
            [x0, y0],
          ],
        ]);
        start = -1;
      }
    }
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}
