import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { type CoverageArea, type CoverageRow, coverage } from '../analysis/coverage';
import { type AreaSet, areasFor, areasFromLayer, FACILITY_LAYERS, facilitiesFor } from '../analysis/inputs';
import { type NearestHit, nearestFacilities } from '../analysis/nearest';
import { type CompactCollection, expandClass, OSM_CLASSES, osmClass } from '../analysis/osm-classes';
import { RAIL_STATUSES, type RailStatus } from '../registry/types';
import type { NodeFeature } from './load';
import { UsageError } from './usage-error';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** An OSM facility class read from public/osm-classes/, as the app fetches it. */
export function loadOsmClass(id: string): AnyFeature[] {
  const cls = osmClass(id);
  if (!cls) return [];
  const collection = JSON.parse(
    readFileSync(join(ROOT, 'public', 'osm-classes', cls.file), 'utf8'),
  ) as CompactCollection;
  return expandClass(cls, collection) as AnyFeature[];
}

/** A GeoJSON file of the user's own (WGS84), for facilities or areas. */
function readUserLayer(path: string): AnyFeature[] {
  let json: FeatureCollection;
  try {
    json = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  } catch (error) {
    throw new UsageError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features))
    throw new UsageError(`${path}: not a GeoJSON FeatureCollection`);
  return json.features as AnyFeature[];
}

const FACILITY_CHOICES: string[] = [...FACILITY_LAYERS, ...OSM_CLASSES.map((c) => c.id)];

function required(values: Map<string, string>, name: string): string {
  const value = values.get(name);
  if (value === undefined) throw new UsageError(`--${name} is required`);
  return value;
}

function number(values: Map<string, string>, name: string, min: number, max: number): number {
  const value = Number(required(values, name));
  if (!Number.isFinite(value) || value < min || value > max)
    throw new UsageError(`--${name} must be a number from ${min} to ${max}`);
  return value;
}

export interface CoverageOutput {
  facilities: string;
  radius_m: number;
  by: string;
  status: RailStatus[];
  assumptions: string[];
  areas: CoverageRow[];
}

export function coverageCommand(values: Map<string, string>, layers: Map<string, NodeFeature[]>): CoverageOutput {
  const file = values.get('facilities-file');
  const facilities = file ?? required(values, 'facilities');
  if (!file && !FACILITY_CHOICES.includes(facilities))
    throw new UsageError(`--facilities must be one of ${FACILITY_CHOICES.join(', ')} (or use --facilities-file)`);
  const areasFile = values.get('areas-file');
  const by = areasFile ?? required(values, 'by');
  if (!areasFile && by !== 'districts' && by !== 'new-towns')
    throw new UsageError('--by must be districts or new-towns (or use --areas-file)');
  const radius = number(values, 'radius', 0, 20_000);
  const status = (values.get('status') ?? 'operating').split(',').map((s) => s.trim()) as RailStatus[];
  const unknown = status.filter((s) => !RAIL_STATUSES.includes(s));
  if (unknown.length > 0)
    throw new UsageError(`--status: unknown ${unknown.join(', ')} (use ${RAIL_STATUSES.join(',')})`);
  const data = new Map<string, readonly AnyFeature[]>(layers as Map<string, AnyFeature[]>);
  data.set(
    facilities,
    file ? readUserLayer(file) : osmClass(facilities) ? loadOsmClass(facilities) : (layers.get(facilities) ?? []),
  );
  const areas: CoverageArea[] = areasFile
    ? areasFromLayer(readUserLayer(areasFile), 'area')
    : areasFor(by as AreaSet, layers);
  if (areas.length === 0) throw new UsageError(`${by}: no polygons to report on`);
  const found = facilitiesFor(facilities, data, status);
  if (found.length === 0) throw new UsageError(`${facilities}: no points or polygons to use as facilities`);
  const result = coverage(areas, found, { radiusM: radius });
  return {
    facilities,
    radius_m: radius,
    by,
    status,
    assumptions: [
      'Population is the 2020 census by district, assumed evenly spread inside each district.',
      'Straight-line reach; walking routes are typically 1.2–1.4 times longer.',
      ...(osmClass(facilities)
        ? ['Facilities: every mapped feature of the class, OpenStreetMap (Geofabrik extract 2025-03-18, ODbL).']
        : []),
      ...(status.some((s) => s !== 'operating')
        ? [
            'Lines under construction or planned have no station list: stations assumed every 1.5 km along the schematic route.',
          ]
        : []),
    ],
    areas: result.rows,
  };
}

export function coverageTable(output: CoverageOutput): string {
  const header = `${output.facilities} within ${output.radius_m} m, by ${output.by} (${output.status.join(', ')})`;
  const lines = output.areas.map(
    (r) =>
      `${r.name_zh.padEnd(8, '　')} ${r.name_en.padEnd(24)} ${r.area_km2.toFixed(1).padStart(8)} km² ${(r.share * 100).toFixed(1).padStart(6)} %  ${r.covered_population?.toLocaleString('en') ?? '—'} / ${r.population?.toLocaleString('en') ?? '—'}`,
  );
  return [header, ...lines, '', ...output.assumptions].join('\n');
}

export function nearestCommand(values: Map<string, string>, layers: Map<string, NodeFeature[]>) {
  const lon = number(values, 'lon', 120.5, 122.5);
  const lat = number(values, 'lat', 30.5, 32.0);
  const using = values.get('with') ?? 'osm';
  if (using !== 'osm' && using !== 'plans') throw new UsageError('--with must be osm or plans');
  const osmClasses = new Map(
    using === 'osm' ? ['osm-stations', 'osm-parks', 'osm-industrial'].map((id) => [id, loadOsmClass(id)] as const) : [],
  );
  const visible = new Set(layers.keys());
  const result = nearestFacilities(
    [lon, lat],
    { visible, nearestWith: using, osmClasses },
    (id) => layers.get(id) ?? [],
  );
  const pick = (kind: string): NearestHit | null => {
    const hit = result.hits.find((h) => h.kind === kind);
    return hit
      ? { featureId: hit.featureId, name_zh: hit.name_zh, name_en: hit.name_en, distanceM: hit.distanceM, to: hit.to }
      : null;
  };
  return {
    lon,
    lat,
    with: using,
    station: pick('station'),
    park: pick('park'),
    industrial_park: pick('industrial-park'),
  };
}

export function nearestTable(result: ReturnType<typeof nearestCommand>): string {
  const row = (label: string, hit: NearestHit | null) =>
    `${label.padEnd(16)} ${hit ? `${hit.name_zh === hit.name_en ? hit.name_zh : `${hit.name_zh} ${hit.name_en}`}  ${hit.distanceM.toLocaleString('en')} m` : '—'}`;
  return [
    `from ${result.lon}, ${result.lat} (${result.with === 'osm' ? 'every mapped feature, OpenStreetMap 2025-03-18' : "the plans' features"})`,
    row('station', result.station),
    row('park', result.park),
    row('industrial park', result.industrial_park),
  ].join('\n');
}
