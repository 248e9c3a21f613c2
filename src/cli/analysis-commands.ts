import { type CoverageRow, coverage } from '../analysis/coverage';
import { type AreaSet, areasFor, FACILITY_LAYERS, type FacilityLayer, facilitiesFor } from '../analysis/inputs';
import { type NearestHit, nearest } from '../analysis/nearest';
import { RAIL_STATUSES, type RailStatus } from '../registry/types';
import type { NodeFeature } from './load';
import { UsageError } from './usage-error';

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
  facilities: FacilityLayer;
  radius_m: number;
  by: AreaSet;
  status: RailStatus[];
  assumptions: string[];
  areas: CoverageRow[];
}

export function coverageCommand(values: Map<string, string>, layers: Map<string, NodeFeature[]>): CoverageOutput {
  const facilities = required(values, 'facilities') as FacilityLayer;
  if (!FACILITY_LAYERS.includes(facilities))
    throw new UsageError(`--facilities must be one of ${FACILITY_LAYERS.join(', ')}`);
  const by = required(values, 'by') as AreaSet;
  if (by !== 'districts' && by !== 'new-towns') throw new UsageError('--by must be districts or new-towns');
  const radius = number(values, 'radius', 0, 20_000);
  const status = (values.get('status') ?? 'operating').split(',').map((s) => s.trim()) as RailStatus[];
  const unknown = status.filter((s) => !RAIL_STATUSES.includes(s));
  if (unknown.length > 0)
    throw new UsageError(`--status: unknown ${unknown.join(', ')} (use ${RAIL_STATUSES.join(',')})`);
  const result = coverage(areasFor(by, layers), facilitiesFor(facilities, layers, status), { radiusM: radius });
  return {
    facilities,
    radius_m: radius,
    by,
    status,
    assumptions: [
      'Population is the 2020 census by district, assumed evenly spread inside each district.',
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
  const stations = layers.get('rail-stations') ?? [];
  const pick = (features: NodeFeature[]): NearestHit | null => nearest([lon, lat], features);
  return {
    lon,
    lat,
    station: pick(stations.filter((s) => s.properties.status === 'operating')),
    park: pick(layers.get('parks') ?? []),
    industrial_park: pick(layers.get('industrial-parks') ?? []),
  };
}

export function nearestTable(result: ReturnType<typeof nearestCommand>): string {
  const row = (label: string, hit: NearestHit | null) =>
    `${label.padEnd(16)} ${hit ? `${hit.name_zh} ${hit.name_en}  ${hit.distanceM.toLocaleString('en')} m` : '—'}`;
  return [
    `from ${result.lon}, ${result.lat}`,
    row('station', result.station),
    row('park', result.park),
    row('industrial park', result.industrial_park),
  ].join('\n');
}
