import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A regular lon/lat grid; cell (col, row) has its centre at west + (col + ½)·dLon, south + (row + ½)·dLat. */
export interface Grid {
  west: number;
  south: number;
  dLon: number;
  dLat: number;
  cols: number;
  rows: number;
  /** Geodesic area of one cell in each row, m² (cells shrink northwards). */
  rowCellArea: Float64Array;
}

/**
 * A grid over a bounding box with about `targetCells` cells in it, cells roughly square on the
 * ground at the box's middle latitude.
 */
export function makeGrid(bbox: [number, number, number, number], targetCells: number): Grid {
  const [west, south, east, north] = bbox;
  const midLat = (south + north) / 2;
  const widthM = turf.distance([west, midLat], [east, midLat], { units: 'meters' });
  const heightM = turf.distance([west, south], [west, north], { units: 'meters' });
  const sideM = Math.sqrt((widthM * heightM) / targetCells);
  const cols = Math.max(1, Math.ceil(widthM / sideM));
  const rows = Math.max(1, Math.ceil(heightM / sideM));
  const dLon = (east - west) / cols;
  const dLat = (north - south) / rows;
  const rowCellArea = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    const s = south + row * dLat;
    rowCellArea[row] = turf.area(turf.bboxPolygon([west, s, west + dLon, s + dLat]));
  }
  return { west, south, dLon, dLat, cols, rows, rowCellArea };
}

function rings(shape: Polygon | MultiPolygon): Position[][] {
  return shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
}

/**
 * Calls `visit(index, row)` for every cell whose centre lies inside the shape (even-odd rule over all
 * rings, so holes are holes). Scanline: per row, the crossings of the centre latitude with the edges.
 */
export function rasterize(
  grid: Grid,
  shape: Polygon | MultiPolygon,
  visit: (index: number, row: number) => void,
): void {
  const edges = rings(shape).flatMap((ring) => ring.slice(1).map((end, i) => [ring[i] as Position, end] as const));
  const [, south, , north] = turf.bbox(shape);
  const firstRow = Math.max(0, Math.floor((south - grid.south) / grid.dLat));
  const lastRow = Math.min(grid.rows - 1, Math.ceil((north - grid.south) / grid.dLat));
  const crossings: number[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const y = grid.south + (row + 0.5) * grid.dLat;
    crossings.length = 0;
    for (const [[x1 = 0, y1 = 0], [x2 = 0, y2 = 0]] of edges) {
      if ((y1 <= y && y2 > y) || (y2 <= y && y1 > y)) crossings.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
    }
    crossings.sort((a, b) => a - b);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      const from = Math.max(0, Math.ceil(((crossings[k] ?? 0) - grid.west) / grid.dLon - 0.5));
      const to = Math.min(grid.cols - 1, Math.floor(((crossings[k + 1] ?? 0) - grid.west) / grid.dLon - 0.5));
      for (let col = from; col <= to; col++) visit(row * grid.cols + col, row);
    }
  }
}

export function cellCentre(grid: Grid, index: number): [number, number] {
  const row = Math.floor(index / grid.cols);
  const col = index - row * grid.cols;
  return [grid.west + (col + 0.5) * grid.dLon, grid.south + (row + 0.5) * grid.dLat];
}
