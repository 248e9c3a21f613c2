/**
 * Builds the city gazetteer (text/gazetteer.json) from the built districts and stations in geo/ and
 * the OSM extract in shared/geo-sources/osm-2025: places, central streets, named parks, water and
 * land-use areas. Same name, same kind, same district: one entry over the union of its extents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { CityPlaceKind, GazetteerFile, GazetteerRow } from '../../src/content/city-gazetteer';
import { REPO_ROOT, readSourceGeoJson } from '../build-geo/io';
import { englishOf, toneless } from './english';

export const GAZETTEER_FILE = join(REPO_ROOT, 'text', 'gazetteer.json');

const OSM = 'osm-2025';
const PLACES = `${OSM}/places.osm-geofabrik-20250318.wgs84.geojson`;
const STREETS = `${OSM}/roads-central-13x11km.osm-overpass-20250809.wgs84.geojson`;
const GREEN = `${OSM}/green-areas.osm-geofabrik-20250318.wgs84.geojson`;
const WATER = `${OSM}/water-areas.osm-geofabrik-20250318.wgs84.geojson`;
const WATERWAYS = `${OSM}/waterways.osm-geofabrik-20250318.wgs84.geojson`;
const LANDUSE = `${OSM}/industrial-commercial-landuse.osm-geofabrik-20250318.wgs84.geojson`;

/** OSM place classes -> gazetteer kinds ("city" are the districts, taken from geo/ instead). */
const PLACE_KINDS: Readonly<Record<string, CityPlaceKind>> = {
  town: 'town',
  suburb: 'subdistrict',
  village: 'village',
  hamlet: 'hamlet',
  locality: 'locality',
  island: 'island',
};

/** Rivers and canals only; streams and drains are too many and too small to look for by name. */
const WATERWAY_CLASSES = new Set(['river', 'canal']);
/** Smaller named land use is mostly single buildings and compounds, not places people look for. */
const MIN_LANDUSE_KM2 = 0.1;
/** Shorter named rivers and canals are ditches. */
const MIN_WATERWAY_KM = 1;
/** Parts of one name closer than this (degrees, about 3 km) are one place: a street's segments, a park's parts. */
const SAME_PLACE_DEG = 0.03;

const round = (value: number) => Math.round(value * 1e4) / 1e4;

interface Draft {
  zh: string;
  en: string;
  kind: CityPlaceKind;
  box: [number, number, number, number];
  point: boolean;
  feature?: string;
  /** Kept whatever its size (a lake, a station); else dropped when smaller than its kind's minimum. */
  anySize?: boolean;
}

function readGeo(file: string): FeatureCollection {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'geo', file), 'utf8')) as FeatureCollection;
}

type DistrictShape = { zh: string; en: string; shape: Feature<Polygon | MultiPolygon>; box: number[] };

function districtOf(districts: readonly DistrictShape[], [lon, lat]: number[]): number {
  const point = turf.point([lon ?? 0, lat ?? 0]);
  return districts.findIndex(
    ({ shape, box }) =>
      (lon ?? 0) >= (box[0] ?? 0) &&
      (lon ?? 0) <= (box[2] ?? 0) &&
      (lat ?? 0) >= (box[1] ?? 0) &&
      (lat ?? 0) <= (box[3] ?? 0) &&
      turf.booleanPointInPolygon(point, shape),
  );
}

function named(path: string, keep: (properties: Record<string, unknown>) => boolean = () => true) {
  return readSourceGeoJson(path).features.filter((f): f is Feature<Geometry, Record<string, unknown>> => {
    const name = (f.properties as { name?: unknown } | null)?.name;
    return typeof name === 'string' && name.trim() !== '' && f.geometry !== null && keep(f.properties ?? {});
  });
}

function draftOf(feature: Feature<Geometry, Record<string, unknown>>, kind: CityPlaceKind, en?: string): Draft {
  const zh = String(feature.properties.name).trim();
  const point = feature.geometry.type === 'Point';
  const [w, s, e, n] = turf.bbox(feature);
  return { zh, en: en ?? englishOf(zh), kind, box: [w, s, e, n], point };
}

function drafts(): Draft[] {
  const out: Draft[] = [];
  for (const f of readGeo('base-districts.geojson').features) {
    const p = f.properties as { id: string; name_zh: string; name_en: string };
    out.push({ ...draftOf({ ...f, properties: { name: p.name_zh } }, 'district', p.name_en) });
  }
  for (const f of readGeo('rail-stations.geojson').features) {
    const p = f.properties as { id: string; name_zh: string; name_en: string };
    const draft = draftOf({ ...f, properties: { name: p.name_zh } }, 'station', p.name_en);
    out.push({ ...draft, feature: `rail-stations/${p.id}` });
  }
  for (const f of named(PLACES, (p) => String(p.fclass) in PLACE_KINDS)) {
    out.push(draftOf(f, PLACE_KINDS[String(f.properties.fclass)] ?? 'locality'));
  }
  for (const f of named(STREETS)) {
    const en = typeof f.properties.name_en === 'string' && f.properties.name_en ? f.properties.name_en : undefined;
    out.push(draftOf(f, 'street', en));
  }
  for (const f of named(GREEN, (p) => p.fclass === 'park' || /公园|绿地/.test(String(p.name)))) {
    out.push(draftOf(f, 'park'));
  }
  for (const f of named(WATER)) out.push({ ...draftOf(f, 'water'), anySize: true });
  for (const f of named(WATERWAYS, (p) => WATERWAY_CLASSES.has(String(p.fclass)))) out.push(draftOf(f, 'water'));
  for (const f of named(LANDUSE)) out.push(draftOf(f, 'landuse'));
  return out;
}

const near = (a: readonly number[], b: readonly number[]) =>
  (a[0] ?? 0) - SAME_PLACE_DEG <= (b[2] ?? 0) &&
  (b[0] ?? 0) - SAME_PLACE_DEG <= (a[2] ?? 0) &&
  (a[1] ?? 0) - SAME_PLACE_DEG <= (b[3] ?? 0) &&
  (b[1] ?? 0) - SAME_PLACE_DEG <= (a[3] ?? 0);

/** Width and height of an extent in km (plain-projection, fine at this scale). */
function extentKm([w = 0, s = 0, e = 0, n = 0]: readonly number[]): [number, number] {
  return [(e - w) * 111.32 * Math.cos((((s + n) / 2) * Math.PI) / 180), (n - s) * 110.57];
}

function bigEnough(d: Draft): boolean {
  if (d.anySize || d.point) return true;
  const [width, height] = extentKm(d.box);
  if (d.kind === 'landuse') return width * height >= MIN_LANDUSE_KM2;
  if (d.kind === 'water') return Math.hypot(width, height) >= MIN_WATERWAY_KM;
  return true;
}

const centre = (box: readonly number[]) => [((box[0] ?? 0) + (box[2] ?? 0)) / 2, ((box[1] ?? 0) + (box[3] ?? 0)) / 2];

export function buildGazetteerFile(): GazetteerFile {
  const districts: DistrictShape[] = readGeo('base-districts.geojson').features.map((f) => {
    const p = f.properties as { name_zh: string; name_en: string };
    return { zh: p.name_zh, en: p.name_en, shape: f as Feature<Polygon | MultiPolygon>, box: turf.bbox(f) };
  });
  const clusters = new Map<string, Draft[]>();
  for (const draft of drafts()) {
    // A station is its own entry; other parts of one name close together are one place.
    const key = draft.feature ?? `${draft.kind}|${draft.zh}`;
    const list = clusters.get(key) ?? [];
    const same = draft.feature ? undefined : list.find((other) => near(other.box, draft.box));
    if (same) {
      same.box = [
        Math.min(same.box[0], draft.box[0]),
        Math.min(same.box[1], draft.box[1]),
        Math.max(same.box[2], draft.box[2]),
        Math.max(same.box[3], draft.box[3]),
      ];
      same.point = false;
      same.anySize ||= draft.anySize;
    } else list.push({ ...draft });
    clusters.set(key, list);
  }
  const kept = [...clusters.values()].flat().filter(bigEnough);
  const rows: GazetteerRow[] = kept.map((d) => {
    const coords = d.point ? centre(d.box).map(round) : d.box.map(round);
    const district = d.kind === 'district' ? -1 : districtOf(districts, centre(d.box));
    const row: GazetteerRow = [d.zh, d.en, toneless(d.zh), d.kind, district, coords];
    if (d.feature) row.push(d.feature);
    return row;
  });
  return {
    version: 1,
    sources: [
      'geo/base-districts.geojson, geo/rail-stations.geojson',
      '© OpenStreetMap contributors (ODbL): Geofabrik Shanghai extract 2025-03-18 (places, parks, water, land use); Overpass 2025-08-09 (central streets)',
    ],
    districts: districts.map((d) => [d.zh, d.en]),
    rows,
  };
}

/** The exact text of text/gazetteer.json: one row a line, so a diff shows which names changed. */
export function serialiseGazetteer(file: GazetteerFile): string {
  const head = JSON.stringify({ version: file.version, sources: file.sources, districts: file.districts });
  return `${head.slice(0, -1)},"rows":[\n${file.rows.map((row) => JSON.stringify(row)).join(',\n')}\n]}\n`;
}
