/**
 * Outlines drawn edge by edge along the features a boundary text names: each edge follows the OSM
 * geometry of its road, river or railway between two corners, or is a straight line where no open
 * geometry of the named feature is available (then its error radius says so).
 */
import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import { median, Reference, samplePath } from './measure';
import { OSM_2025, osmFeatures, pathsOf, roadPaths } from './osm2025';

/** `coast`: an edge at sea; the outline is clipped to the district outlines, whose coast makes that side. */
export type EdgeSource = 'road' | 'river' | 'rail' | 'straight' | 'coast';

export interface EdgeSpec {
  /** The boundary text this edge stands for, e.g. "南至 S32 申嘉湖高速". */
  text: string;
  source: EdgeSource;
  /** OSM names of the feature (roads file, waterways or railways); empty for a straight edge. */
  names: string[];
}

export interface OutlineSpec {
  /** Corner hints [lon, lat]: corner i starts edge i; a corner snaps onto its edges' geometry. */
  corners: [number, number][];
  edges: EdgeSpec[];
  /** Error radius of the straight edges, metres: how far the unnamed-in-OSM road may be. */
  straightAccuracyM: number;
}

const SOURCE_FILES: Record<EdgeSource, string> = {
  road: 'roads/elevated-roads-expressways-all.osm-geofabrik-260728.wgs84.geojson (OSM 2026-07-28)',
  river: `${OSM_2025.waterways} (OSM 2025-03-18)`,
  rail: `${OSM_2025.railways} (OSM 2025-03-18)`,
  straight: '',
  coast: '',
};

export function edgePaths(edge: EdgeSpec): Position[][] {
  const named = (path: string) =>
    osmFeatures(path)
      .filter((f) => edge.names.includes(f.properties.name))
      .flatMap((f) => pathsOf(f.geometry));
  if (edge.source === 'road') return roadPaths(edge.names);
  if (edge.source === 'river') return named(OSM_2025.waterways);
  if (edge.source === 'rail') return named(OSM_2025.railways);
  return [];
}

const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON = 111_320 * Math.cos((31.2 * Math.PI) / 180);
/** Vertices are averaged in bins this long along an edge: carriageways and ramps merge into one line. */
const BIN_M = 150;

/**
 * The part of the paths between corners a and b: every vertex that projects onto the chord a→b and
 * lies within a band of it, averaged per bin along the chord.
 */
function between(paths: Position[][], a: Position, b: Position): Position[] {
  const ax = (a[0] ?? 0) * M_PER_DEG_LON;
  const ay = (a[1] ?? 0) * M_PER_DEG_LAT;
  const dx = (b[0] ?? 0) * M_PER_DEG_LON - ax;
  const dy = (b[1] ?? 0) * M_PER_DEG_LAT - ay;
  const length = Math.hypot(dx, dy);
  const band = Math.max(800, 0.3 * length);
  const bins = new Map<number, { lon: number; lat: number; n: number }>();
  for (const path of paths) {
    for (const p of path) {
      const px = (p[0] ?? 0) * M_PER_DEG_LON - ax;
      const py = (p[1] ?? 0) * M_PER_DEG_LAT - ay;
      const along = (px * dx + py * dy) / length;
      const across = Math.abs(px * dy - py * dx) / length;
      if (along <= BIN_M / 2 || along >= length - BIN_M / 2 || across > band) continue;
      const key = Math.round(along / BIN_M);
      const bin = bins.get(key) ?? { lon: 0, lat: 0, n: 0 };
      bin.lon += p[0] ?? 0;
      bin.lat += p[1] ?? 0;
      bin.n++;
      bins.set(key, bin);
    }
  }
  return [...bins.entries()].sort((x, y) => x[0] - y[0]).map(([, v]) => [v.lon / v.n, v.lat / v.n]);
}

/** A corner moves onto the named features beside it: the mean of their nearest points to the hint. */
function snapCorner(hint: Position, neighbours: Position[][][]): Position {
  const snapped = neighbours
    .filter((paths) => paths.length > 0)
    .map((paths) => {
      const lines = turf.multiLineString(paths.filter((p) => p.length > 1));
      return turf.nearestPointOnLine(lines, hint).geometry.coordinates;
    })
    .filter((p) => turf.distance(p, hint, { units: 'meters' }) < 2500);
  if (snapped.length === 0) return hint;
  return [
    snapped.reduce((s, p) => s + (p[0] ?? 0), 0) / snapped.length,
    snapped.reduce((s, p) => s + (p[1] ?? 0), 0) / snapped.length,
  ];
}

/**
 * Median distance from the named feature (its vertices beside this edge, resampled every 100 m) to
 * the drawn edge. Measured this way round because several roads are only bridge pieces in OSM:
 * the edge is judged where the road is known.
 */
export function edgeOffsetM(paths: Position[][], a: Position, b: Position, edge: Position[]): number {
  const reference = new Reference([{ type: 'LineString', coordinates: edge }]);
  const near = paths.flatMap((p) => samplePath(p, 100)).filter((p) => between([[p]], a, b).length > 0);
  return Math.round(median(near.map((p) => reference.distanceM(p))));
}

export interface DrawnOutline {
  ring: Position[];
  /** Per edge: its text, where its geometry came from, and the median offset to that geometry. */
  edges: { text: string; from: string; offsetM: number | null; path: Position[] }[];
}

export function drawOutline(spec: OutlineSpec): DrawnOutline {
  const paths = spec.edges.map(edgePaths);
  const n = spec.edges.length;
  const corners = spec.corners.map((hint, i) => snapCorner(hint, [paths[(i + n - 1) % n] ?? [], paths[i] ?? []]));
  const edges = spec.edges.map((edge, i) => {
    const a = corners[i] as Position;
    const b = corners[(i + 1) % n] as Position;
    const own = paths[i] ?? [];
    const path = [a, ...(own.length ? between(own, a, b) : []), b];
    const offsetM = own.length ? edgeOffsetM(own, a, b, path) : null;
    const from =
      edge.source === 'coast'
        ? 'the coast of the OSM district outlines (drawn at sea, then clipped)'
        : edge.source === 'straight'
          ? `straight line (no open geometry of ${edge.names.join('/') || 'the named feature'}; ±${spec.straightAccuracyM} m)`
          : `OSM ${edge.names.join('/')} in ${SOURCE_FILES[edge.source]}`;
    return { text: edge.text, from, offsetM, path };
  });
  const ring = edges.flatMap((e) => e.path.slice(0, -1));
  ring.push(ring[0] as Position);
  return { ring, edges };
}
