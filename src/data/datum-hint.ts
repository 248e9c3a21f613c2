import gcoord from 'gcoord';
import type { Position } from 'geojson';
import { around, distance } from 'geokdbush';
import KDBush from 'kdbush';
import type { Datum } from './import-file';

export type ReferenceKind = 'streets' | 'stations' | 'water' | 'borders';

/** Surveyed WGS84 positions of one kind (lines and outlines as points every few tens of metres). */
export interface ReferenceSet {
  kind: ReferenceKind;
  points: readonly Position[];
}

/** How well the points fit one kind of reference under the best reading and the runner-up. */
export interface DatumEvidence {
  kind: ReferenceKind;
  best: Datum;
  runnerUp: Datum;
  bestM: number;
  runnerUpM: number;
  /** runnerUpM / bestM: how many times closer the points sit under the best reading. */
  ratio: number;
  /** Share of the points (ties left out) that, one by one, fit the best reading better too. */
  agreement: number;
  /** Sign-test statistic of those wins and losses: (wins − losses) / √(wins + losses). */
  significance: number;
  /** Points near enough to this reference to count. */
  points: number;
}

export type DatumChoice =
  | { strength: 'clear'; datum: Datum; evidence: DatumEvidence }
  | { strength: 'weak'; datum: 'WGS84'; evidence: DatumEvidence }
  | { strength: 'none'; datum: 'WGS84' };

const READINGS: readonly Datum[] = ['WGS84', 'GCJ02', 'BD09'];
/** A point counts for a reference when some reading puts it this near: farther, it says nothing. */
const NEAR_M = 250;
/** Street and border samples are tens of metres apart: nearer than this is "on it". */
const FLOOR_M = 10;
/** Nearer by less than this is a tie: neither reading fits that point better. */
const TIE_M = 2;
const CLEAR_RATIO = 1.5;
const CLEAR_AGREEMENT = 0.6;
/**
 * Sign test over the points that are not ties: (wins − losses) / √(wins + losses) ≥ 2.6 happens by
 * chance less than once in 200 when the reading fits no better than the others (a mixed set, or
 * points that sit on nothing). Few points cannot reach it: 7 of 7 is the least that does.
 */
const CLEAR_SIGNIFICANCE = 2.6;
/**
 * Under the right reading, points sit on the reference, not merely nearer to it: a station's
 * entrance may be 100 m from its surveyed node; a point on a street, river bank or border is
 * within tens of metres of its line. Points merely near a long edge (a road along a river) fit a
 * shift along it about as well, and prove nothing.
 */
const CLEAR_MAX_M: Record<ReferenceKind, number> = { stations: 100, streets: 40, water: 40, borders: 40 };

const indexes = new WeakMap<readonly Position[], KDBush>();

function indexOf(points: readonly Position[]): KDBush {
  let index = indexes.get(points);
  if (!index) {
    index = new KDBush(Math.max(points.length, 1));
    for (const [x = 0, y = 0] of points) index.add(x, y);
    if (points.length === 0) index.add(0, 0);
    index.finish();
    indexes.set(points, index);
  }
  return index;
}

function nearestM(set: ReferenceSet, [x = 0, y = 0]: Position): number {
  const [id] = around(indexOf(set.points), x, y, 1, 2);
  const hit = id === undefined ? undefined : set.points[id];
  return hit ? distance(x, y, hit[0] ?? 0, hit[1] ?? 0) * 1000 : Number.POSITIVE_INFINITY;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1 ? (sorted[Math.floor(mid)] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The points as WGS84 under each reading of their datum. */
export function readings(points: readonly Position[]): Record<Datum, Position[]> {
  const convert = (from: typeof gcoord.GCJ02 | typeof gcoord.BD09) =>
    points.map((p) => gcoord.transform([p[0] ?? 0, p[1] ?? 0], from, gcoord.WGS84) as Position);
  return { WGS84: [...points], GCJ02: convert(gcoord.GCJ02), BD09: convert(gcoord.BD09) };
}

function evidenceFor(set: ReferenceSet, read: Record<Datum, Position[]>): DatumEvidence | null {
  const count = read.WGS84.length;
  const distances = Object.fromEntries(
    READINGS.map((datum) => [datum, read[datum].map((p) => nearestM(set, p))]),
  ) as Record<Datum, number[]>;
  const near = Array.from({ length: count }, (_, i) => i).filter((i) =>
    READINGS.some((datum) => (distances[datum][i] ?? Number.POSITIVE_INFINITY) <= NEAR_M),
  );
  if (near.length < Math.min(5, count)) return null;
  const medians = Object.fromEntries(
    READINGS.map((datum) => [datum, median(near.map((i) => Math.min(distances[datum][i] ?? NEAR_M * 4, NEAR_M * 4)))]),
  ) as Record<Datum, number>;
  const [best = 'WGS84', runnerUp = 'GCJ02'] = [...READINGS].sort((a, b) => medians[a] - medians[b]);
  // One by one: does each point sit nearer under the best reading than under every other?
  let wins = 0;
  let losses = 0;
  for (const i of near) {
    const own = distances[best][i] ?? Number.POSITIVE_INFINITY;
    const rival = Math.min(
      ...READINGS.filter((d) => d !== best).map((d) => distances[d][i] ?? Number.POSITIVE_INFINITY),
    );
    if (own + TIE_M < rival) wins++;
    else if (rival + TIE_M < own) losses++;
  }
  return {
    kind: set.kind,
    best,
    runnerUp,
    bestM: medians[best],
    runnerUpM: medians[runnerUp],
    ratio: medians[runnerUp] / Math.max(medians[best], FLOOR_M),
    agreement: wins + losses > 0 ? wins / (wins + losses) : 0,
    significance: wins + losses > 0 ? (wins - losses) / Math.sqrt(wins + losses) : 0,
    points: near.length,
  };
}

const isClear = (e: DatumEvidence) =>
  e.ratio >= CLEAR_RATIO &&
  e.agreement >= CLEAR_AGREEMENT &&
  e.significance >= CLEAR_SIGNIFICANCE &&
  e.bestM <= CLEAR_MAX_M[e.kind];

/**
 * Which datum the points are in, found rather than assumed: each reading (WGS84, GCJ-02, BD-09)
 * is tested against surveyed references, and one is proposed only when, against the reference
 * that tells them apart best, the points sit clearly nearer under it, most points agree (and too
 * many to be chance), and no other reference clearly says otherwise. Else the evidence is weak (or absent) and WGS84 stays.
 */
export function chooseDatum(points: readonly Position[], references: readonly ReferenceSet[]): DatumChoice {
  if (points.length === 0) return { strength: 'none', datum: 'WGS84' };
  const read = readings(points);
  const evidence = references
    .map((set) => evidenceFor(set, read))
    .filter((e): e is DatumEvidence => e !== null)
    .sort((a, b) => Number(isClear(b)) - Number(isClear(a)) || b.significance - a.significance);
  const [strongest] = evidence;
  if (!strongest) return { strength: 'none', datum: 'WGS84' };
  const contradicted = evidence.some((e) => isClear(e) && e.best !== strongest.best);
  if (isClear(strongest) && !contradicted) return { strength: 'clear', datum: strongest.best, evidence: strongest };
  return { strength: 'weak', datum: 'WGS84', evidence: strongest };
}
