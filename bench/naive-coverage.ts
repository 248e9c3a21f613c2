import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { CoverageArea } from '../src/analysis/coverage';
import { cellCentre, type Grid, rasterize } from '../src/analysis/grid';

/**
 * The plain turf way, as a reference for the fast path: buffer every facility, union the buffers,
 * then test every cell centre inside each area against the union.
 */
export function naiveShares(
  areas: readonly CoverageArea[],
  points: readonly Feature<Point>[],
  radiusM: number,
  grid: Grid,
): number[] {
  const buffers = points.flatMap((p) => {
    const b = turf.buffer(p, radiusM, { units: 'meters', steps: 16 });
    return b ? [b as Feature<Polygon | MultiPolygon>] : [];
  });
  const union = buffers.length > 1 ? turf.union(turf.featureCollection(buffers)) : buffers[0];
  return areas.map((area) => {
    let total = 0;
    let reached = 0;
    rasterize(grid, area.shape, (index, row) => {
      const cellArea = grid.rowCellArea[row] ?? 0;
      total += cellArea;
      if (union && turf.booleanPointInPolygon(cellCentre(grid, index), union)) reached += cellArea;
    });
    return total > 0 ? reached / total : 0;
  });
}
