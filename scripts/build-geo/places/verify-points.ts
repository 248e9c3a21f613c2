/**
 * Every hand-placed point checked against an independent reference found by name: OSM places,
 * land use, parks, transport and water areas, metro and railway stations. A point must lie within
 * its own `accuracy_m` of the nearest reference of the same entity (or, when there is none, of a
 * related one: a same-name station, town or street); a note that names an anchor ("at … station",
 * "… corner of …") must stand within 150 m of it.
 */
import * as turf from '@turf/turf';
import type { Geometry, Point, Position } from 'geojson';

export interface NamedReference {
  name: string;
  /** Where it comes from, e.g. "OSM places" or "metro stations". */
  from: string;
  /** OSM fclass where the file has one (a station's area is not the area of the place it is named after). */
  fclass?: string;
  geometry: Geometry;
}

export interface RejectedPair {
  place: string;
  reference: string;
  why: string;
}

export interface Anchor {
  /** The reference the note names, or null when it exists in no open file (then it is reported). */
  reference: string | null;
  /** A corner of the reference's outline the note names, e.g. "NW". */
  corner?: 'NW' | 'NE' | 'SW' | 'SE';
  why?: string;
}

export interface CheckedPlace {
  id: string;
  name_zh: string;
  names: string[];
  at: Position;
  accuracy_m: number;
  note: string;
}

export interface PointCheck {
  id: string;
  name_zh: string;
  reference: string;
  relation: 'same' | 'related';
  distanceM: number;
  accuracyM: number;
  within: boolean;
}

export interface AnchorCheck {
  id: string;
  reference: string | null;
  distanceM: number | null;
  within: boolean;
}

export const ANCHOR_RADIUS_M = 150;
/** Transport areas that are stops, named after the place they serve. */
const STOPS = new Set(['railway_station', 'bus_station', 'ferry_terminal']);
/** Words a note uses to name an anchor the point stands at. */
const ANCHOR_WORDS = /\bstation\b|\bcorner\b/i;
/** Endings a reference adds to the same entity's name: 莘庄 → 莘庄站, 枫泾 → 枫泾镇. */
const SAME_ENDINGS = ['', '站', '镇', '乡', '街道', '公园', '码头', '遗址', '岛'];
/** Generic endings a place name adds to its namesake: 莘庄城市副中心 → 莘庄, 松江枢纽 → 松江. */
const GENERIC_ENDINGS = [
  '城市副中心',
  '副中心',
  '主城片区',
  '历史风貌区',
  '知识文化综合商务区',
  '商务区',
  '片区',
  '地区',
  '开发区',
  '科学园区',
  '科技园区',
  '园区',
  '智创城',
  '智慧城',
  '创新城',
  '新城',
  '枢纽',
  '老城',
  '旅游度假区',
  '度假区',
  '区',
];

const normalise = (name: string) =>
  name
    .replace(/[\s　]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');

/** The name forms a place goes by: its name and aliases, bracketed parts and hyphenated halves apart. */
export function nameForms(names: string[]): string[] {
  const forms = new Set<string>();
  for (const raw of names.map(normalise)) {
    forms.add(raw);
    for (const part of raw.split(/[()·\-－—、]/)) if (part.length >= 2) forms.add(part);
  }
  // A bracketed 上海 says where, not what: it would match the city's railway station.
  forms.delete('上海');
  return [...forms];
}

function cores(forms: string[]): string[] {
  const found = new Set<string>();
  for (const form of forms) {
    const ending = GENERIC_ENDINGS.find((e) => form.endsWith(e) && form.length - e.length >= 2);
    if (ending) found.add(form.slice(0, -ending.length));
  }
  return [...found].filter((c) => !forms.includes(c));
}

function spellings(stem: string): string[] {
  return SAME_ENDINGS.flatMap((e) => [stem + e, `上海${stem}${e}`]);
}

export function distanceToM(at: Position, geometry: Geometry): number {
  if (geometry.type === 'Point') return turf.distance(at, geometry.coordinates, { units: 'meters' });
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    if (turf.booleanPointInPolygon(at, geometry)) return 0;
    const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
    return Math.min(...rings.map((ring) => turf.pointToLineDistance(at, turf.lineString(ring), { units: 'meters' })));
  }
  return Number.POSITIVE_INFINITY;
}

function cornerOf(geometry: Geometry, corner: NonNullable<Anchor['corner']>): Position {
  const [w, s, e, n] = turf.bbox(geometry);
  const target: Position = [corner.endsWith('W') ? w : e, corner.startsWith('N') ? n : s];
  const vertices = turf.coordAll(geometry);
  return vertices.reduce((best, v) => (turf.distance(v, target) < turf.distance(best, target) ? v : best)) as Position;
}

export interface Verification {
  checks: PointCheck[];
  /** Points whose own name has an outline in the reference files: they could be drawn as areas. */
  outlineExists: { id: string; reference: string }[];
  unreferenced: string[];
  anchors: AnchorCheck[];
  rejected: (RejectedPair & { id: string })[];
  failures: string[];
}

export function verifyPlaces(
  places: CheckedPlace[],
  references: NamedReference[],
  rejectedPairs: RejectedPair[],
  anchors: Record<string, Anchor>,
  /** Curated related references by place id (the town, station or lake a note places it by). */
  links: Record<string, string[]> = {},
): Verification {
  const byName = new Map<string, NamedReference[]>();
  for (const ref of references) {
    const key = normalise(ref.name);
    byName.set(key, [...(byName.get(key) ?? []), ref]);
  }
  const result: Verification = {
    checks: [],
    outlineExists: [],
    unreferenced: [],
    anchors: [],
    rejected: [],
    failures: [],
  };
  for (const place of places) {
    const forms = nameForms(place.names);
    const isRejected = (ref: NamedReference) =>
      rejectedPairs.some((r) => forms.includes(normalise(r.place)) && normalise(r.reference) === normalise(ref.name));
    const lookup = (names: string[]) =>
      [...new Set(names)].flatMap((n) => byName.get(n) ?? []).filter((ref) => !isRejected(ref));
    for (const pair of rejectedPairs) {
      if (forms.includes(normalise(pair.place)) && byName.has(normalise(pair.reference)))
        result.rejected.push({ ...pair, id: place.id });
    }
    const same = lookup(forms.flatMap(spellings));
    const related = same.length ? [] : lookup([...cores(forms).flatMap(spellings), ...(links[place.id] ?? [])]);
    const candidates = same.length ? same : related;
    const outline = lookup(forms).find(
      (ref) =>
        (ref.geometry.type === 'Polygon' || ref.geometry.type === 'MultiPolygon') && !STOPS.has(ref.fclass ?? ''),
    );
    if (outline) {
      const km2 = Math.round(turf.area(outline.geometry) / 1e5) / 10;
      result.outlineExists.push({ id: place.id, reference: `${outline.name} (${outline.from}, ${km2} km²)` });
    }
    if (candidates.length === 0) {
      result.unreferenced.push(place.id);
    } else {
      const nearest = candidates
        .map((ref) => ({ ref, d: distanceToM(place.at, ref.geometry) }))
        .reduce((a, b) => (b.d < a.d ? b : a));
      const check: PointCheck = {
        id: place.id,
        name_zh: place.name_zh,
        reference: `${nearest.ref.name} (${nearest.ref.from})`,
        relation: same.length ? 'same' : 'related',
        distanceM: Math.round(nearest.d),
        accuracyM: place.accuracy_m,
        within: nearest.d <= place.accuracy_m,
      };
      result.checks.push(check);
      if (!check.within)
        result.failures.push(
          `${place.id} ${place.name_zh}: ${check.distanceM} m from ${check.reference}, beyond its ±${place.accuracy_m} m`,
        );
    }
    const anchor = anchors[place.id];
    if (ANCHOR_WORDS.test(place.note) && !anchor) {
      result.failures.push(`${place.id}: its note names an anchor ("${place.note}") that no anchor entry checks`);
    }
    if (anchor) result.anchors.push(checkAnchor(place, anchor, byName, result.failures));
  }
  return result;
}

function checkAnchor(
  place: CheckedPlace,
  anchor: Anchor,
  byName: Map<string, NamedReference[]>,
  failures: string[],
): AnchorCheck {
  if (anchor.reference === null) return { id: place.id, reference: null, distanceM: null, within: true };
  const refs = byName.get(normalise(anchor.reference)) ?? [];
  if (refs.length === 0) {
    failures.push(`${place.id}: anchor ${anchor.reference} is in no reference file`);
    return { id: place.id, reference: anchor.reference, distanceM: null, within: false };
  }
  const distances = refs.map((ref) => {
    const corner = anchor.corner;
    return corner
      ? turf.distance(place.at, cornerOf(ref.geometry, corner), { units: 'meters' })
      : distanceToM(place.at, ref.geometry);
  });
  const distanceM = Math.round(Math.min(...distances));
  const within = distanceM <= ANCHOR_RADIUS_M;
  if (!within)
    failures.push(`${place.id}: ${distanceM} m from its anchor ${anchor.reference}, beyond ${ANCHOR_RADIUS_M} m`);
  return { id: place.id, reference: anchor.reference, distanceM, within };
}

export function pointAt(geometry: Geometry): Position | null {
  return geometry.type === 'Point' ? (geometry as Point).coordinates : null;
}
