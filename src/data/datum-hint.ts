import gcoord from 'gcoord';
import type { Position } from 'geojson';
import { distance } from 'geokdbush';
import type { Datum } from './import-file';

function medianNearestKm(points: readonly Position[], references: readonly Position[]): number {
  const nearest = points.map(([x = 0, y = 0]) =>
    Math.min(...references.map(([rx = 0, ry = 0]) => distance(x, y, rx, ry))),
  );
  nearest.sort((a, b) => a - b);
  return nearest[Math.floor(nearest.length / 2)] ?? Number.POSITIVE_INFINITY;
}

const CONVERTED_MAX_M = 40;
const WGS84_MIN_M = 200;
const RATIO = 5;

/**
 * Which datum makes imported points sit closest to the map's stations: a hint for data scraped from
 * Chinese web maps, which is usually GCJ-02 (AMap, Tencent) or BD-09 (Baidu) and shows up hundreds
 * of metres off. Only a hint: it needs points near stations, and the user decides.
 */
export function datumHint(
  points: readonly Position[],
  stations: readonly Position[],
): { datum: Datum; medianM: Record<Datum, number> } | null {
  if (points.length < 3 || stations.length === 0) return null;
  const convert = (from: typeof gcoord.GCJ02 | typeof gcoord.BD09) =>
    points.map((p) => gcoord.transform(p as [number, number], from, gcoord.WGS84) as Position);
  const medianM: Record<Datum, number> = {
    WGS84: medianNearestKm(points, stations) * 1000,
    GCJ02: medianNearestKm(convert(gcoord.GCJ02), stations) * 1000,
    BD09: medianNearestKm(convert(gcoord.BD09), stations) * 1000,
  };
  const best = (Object.keys(medianM) as Datum[]).reduce((a, b) => (medianM[b] < medianM[a] ? b : a));
  // WGS84 unless the evidence is clear: converted, the points sit on stations (scraped station
  // coordinates land within metres), while as WGS84 they sit a datum shift (~500 m) away. Where
  // stations are dense, any shift of a plain point lands within a few hundred metres of one, so a
  // merely "closer" datum proves nothing.
  const clear =
    best !== 'WGS84' &&
    medianM[best] <= CONVERTED_MAX_M &&
    medianM.WGS84 >= WGS84_MIN_M &&
    medianM.WGS84 >= RATIO * medianM[best];
  if (!clear) return null;
  return { datum: best, medianM };
}
