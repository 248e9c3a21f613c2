import * as turf from '@turf/turf';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';

/** The outer ring of the largest part: where a district's main land border runs. */
export function mainOuterRing(shape: Polygon | MultiPolygon): Position[] {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  let best: Position[] = [];
  let bestArea = -1;
  for (const polygon of polygons) {
    const outer = polygon[0] ?? [];
    const area = turf.area(turf.polygon([outer]));
    if (area > bestArea) {
      best = outer;
      bestArea = area;
    }
  }
  return best;
}

function boundaryLines(shape: Polygon | MultiPolygon): LineString[] {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  return polygons.flatMap((polygon) => polygon.map((ring) => ({ type: 'LineString' as const, coordinates: ring })));
}

/**
 * The longest stretch of `shape`'s outer ring that lies within `toleranceM` of any of the
 * `neighbours`' borders, as the midline between the two borders. Two districts simplified
 * independently do not share vertices, so "shared" means "near", and the midline halves the
 * simplification error of either side.
 */
export function sharedBorderMidline(
  shape: Polygon | MultiPolygon,
  neighbours: (Polygon | MultiPolygon)[],
  toleranceM: number,
): Position[] {
  const ring = mainOuterRing(shape).slice(0, -1);
  const lines = neighbours.flatMap(boundaryLines);
  const nearest: (Position | null)[] = ring.map((vertex) => {
    let best: Position | null = null;
    let bestDistance = toleranceM;
    for (const line of lines) {
      const snapped = turf.nearestPointOnLine(line, vertex, {
        units: 'meters',
      });
      const distance = snapped.properties.dist ?? Number.POSITIVE_INFINITY;
      if (distance <= bestDistance) {
        bestDistance = distance;
        best = snapped.geometry.coordinates;
      }
    }
    return best;
  });
  const run = longestCircularRun(nearest.map((p) => p !== null));
  return run.map((index) => {
    const [x1 = 0, y1 = 0] = ring[index] ?? [];
    const [x2 = 0, y2 = 0] = nearest[index] ?? [];
    return [(x1 + x2) / 2, (y1 + y2) / 2];
  });
}

/** Indices of the longest run of true values in a circular list. */
export function longestCircularRun(flags: boolean[]): number[] {
  const n = flags.length;
  if (n === 0) return [];
  if (flags.every(Boolean)) return flags.map((_, i) => i);
  const start = flags.indexOf(false);
  let best: number[] = [];
  let current: number[] = [];
  for (let step = 1; step <= n; step++) {
    const index = (start + step) % n;
    if (flags[index]) {
      current.push(index);
      if (current.length > best.length) best = current;
    } else {
      current = [];
    }
  }
  return best;
}
