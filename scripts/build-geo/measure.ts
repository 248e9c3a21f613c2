/**
 * Offsets between geometries in metres, for the build report and the unit tests. Shanghai spans
 * under 1.5° of latitude, so a local equirectangular projection is good to ~0.2%.
 */
import type { Geometry, Position } from 'geojson';

const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON = 111_320 * Math.cos((31.2 * Math.PI) / 180);

type XY = [number, number];
const xy = (p: Position): XY => [(p[0] ?? 0) * M_PER_DEG_LON, (p[1] ?? 0) * M_PER_DEG_LAT];

function segmentDistance(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

interface Path {
  points: XY[];
  box: [number, number, number, number];
}

function toPath(coords: Position[]): Path {
  const points = coords.map(xy);
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return { points, box };
}

const boxDistance = (p: XY, b: Path['box']) =>
  Math.hypot(Math.max(b[0] - p[0], 0, p[0] - b[2]), Math.max(b[1] - p[1], 0, p[1] - b[3]));

function pathDistance(p: XY, path: Path, best: number): number {
  if (boxDistance(p, path.box) >= best) return best;
  let d = best;
  for (let i = 1; i < path.points.length; i++) {
    d = Math.min(d, segmentDistance(p, path.points[i - 1] as XY, path.points[i] as XY));
  }
  return d;
}

function insideRing(p: XY, ring: XY[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as XY;
    const [xj, yj] = ring[j] as XY;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A reference to measure against: lines, or areas (distance 0 inside). */
export class Reference {
  private readonly paths: Path[] = [];
  private readonly polygons: Path[][] = [];

  constructor(geometries: Geometry[]) {
    for (const g of geometries) {
      if (g.type === 'LineString') this.paths.push(toPath(g.coordinates));
      if (g.type === 'MultiLineString') for (const c of g.coordinates) this.paths.push(toPath(c));
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      for (const poly of polys) {
        const rings = poly.map(toPath);
        this.polygons.push(rings);
        this.paths.push(...rings);
      }
    }
  }

  distanceM(position: Position): number {
    const p = xy(position);
    for (const rings of this.polygons) {
      const outer = rings[0];
      if (!outer || boxDistance(p, outer.box) > 0 || !insideRing(p, outer.points)) continue;
      if (!rings.slice(1).some((hole) => insideRing(p, hole.points))) return 0;
    }
    let best = Infinity;
    for (const path of this.paths) best = pathDistance(p, path, best);
    return best;
  }
}

/** Points every stepM metres along a path (both ends included). */
export function samplePath(coords: Position[], stepM: number): Position[] {
  const out: Position[] = [];
  let carried = 0;
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1] as Position;
    const b = coords[i] as Position;
    const [ax, ay] = xy(a);
    const [bx, by] = xy(b);
    const length = Math.hypot(bx - ax, by - ay);
    for (let s = carried; s < length; s += stepM) {
      const t = s / length;
      out.push([(a[0] ?? 0) + t * ((b[0] ?? 0) - (a[0] ?? 0)), (a[1] ?? 0) + t * ((b[1] ?? 0) - (a[1] ?? 0))]);
    }
    carried = (((carried - length) % stepM) + stepM) % stepM;
  }
  const last = coords.at(-1);
  if (last) out.push(last);
  return out;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median distance (m) from points every stepM along the paths to the reference. */
export function medianOffsetM(paths: Position[][], reference: Reference, stepM = 100): number {
  return median(paths.flatMap((path) => samplePath(path, stepM)).map((p) => reference.distanceM(p)));
}
