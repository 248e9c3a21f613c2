import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type { CompactCollection, CompactProps, OsmClassMeta } from '../../src/analysis/osm-classes';
import { cite, REPO_ROOT, readSourceGeoJson } from '../build-geo/io';

const EXTRACT = 'Geofabrik Shanghai extract 2025-03-18, OpenStreetMap contributors';
const DATE = '2025-03-18';
/** ≈ 5 m: well under what a walking distance needs, and it halves the files. */
const SIMPLIFY_DEG = 0.00005;
/** An OSM station area this close to a plan-layer station is the same station. */
const SAME_STATION_M = 300;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function compactGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const simple = turf.simplify(turf.feature(geometry), { tolerance: SIMPLIFY_DEG }).geometry;
  return turf.truncate(turf.feature(simple), { precision: 5, coordinates: 2 }).geometry;
}

function meta(file: string, accuracy: OsmClassMeta['accuracy']): OsmClassMeta {
  return { source: cite(`osm-2025/${file}`, EXTRACT), licence: 'ODbL-1.0', accuracy, date: DATE };
}

function areas(file: string, fclass: string, prefix: string): CompactCollection {
  const source = readSourceGeoJson(`osm-2025/${file}`);
  const features = source.features
    .filter((f) => f.properties?.fclass === fclass && /Polygon$/.test(f.geometry.type))
    .map(
      (f): Feature<Geometry, CompactProps> => ({
        type: 'Feature',
        properties: {
          id: `${prefix}-${f.properties?.osm_id}`,
          name: String(f.properties?.name ?? ''),
          ha: round(turf.area(f) / 1e4, 2),
        },
        geometry: compactGeometry(f.geometry as Polygon | MultiPolygon),
      }),
    )
    .sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  return { type: 'FeatureCollection', meta: meta(file, 'surveyed'), features };
}

/**
 * Stations: the operating stations of the plan layer (OSM nodes and converted AMap points, each
 * keeping its own source), plus every OSM railway-station area not already among them, as its
 * centroid (accuracy derived).
 */
function stations(): CompactCollection {
  const file = 'transport-areas.osm-geofabrik-20250318.wgs84.geojson';
  const plan = JSON.parse(readFileSync(join(REPO_ROOT, 'geo', 'rail-stations.geojson'), 'utf8')) as FeatureCollection<
    Point,
    Record<string, string>
  >;
  const known = plan.features.filter((f) => f.properties.status === 'operating' && f.geometry.type === 'Point');
  const fromPlan = known.map(
    (f): Feature<Geometry, CompactProps> => ({
      type: 'Feature',
      properties: {
        id: String(f.properties.id),
        name: String(f.properties.name_zh ?? ''),
        ...(f.properties.name_en ? { name_en: String(f.properties.name_en) } : {}),
        source: String(f.properties.source),
        accuracy: f.properties.accuracy as OsmClassMeta['accuracy'],
      },
      geometry: f.geometry,
    }),
  );
  const areasOsm = readSourceGeoJson(`osm-2025/${file}`).features.filter(
    (f) => f.properties?.fclass === 'railway_station',
  );
  const extra = areasOsm.flatMap((f): Feature<Geometry, CompactProps>[] => {
    const centre = turf.truncate(turf.centroid(f), { precision: 5 }).geometry;
    const near = known.some((k) => turf.distance(k, centre, { units: 'meters' }) < SAME_STATION_M);
    if (near) return [];
    return [
      {
        type: 'Feature',
        properties: { id: `osm-station-${f.properties?.osm_id}`, name: String(f.properties?.name ?? '') },
        geometry: centre,
      },
    ];
  });
  extra.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  return { type: 'FeatureCollection', meta: meta(file, 'derived'), features: [...fromPlan, ...extra] };
}

export const GREEN_FILE = 'green-areas.osm-geofabrik-20250318.wgs84.geojson';

/** Every class file, by its name under public/osm-classes/. */
export function buildOsmClasses(): Map<string, CompactCollection> {
  return new Map([
    ['osm-parks.geojson', areas(GREEN_FILE, 'park', 'osm-park')],
    ['osm-stations.geojson', stations()],
    [
      'osm-industrial.geojson',
      areas('industrial-commercial-landuse.osm-geofabrik-20250318.wgs84.geojson', 'industrial', 'osm-industrial'),
    ],
  ]);
}

/** One feature a line: diffs stay readable and the file stays compact. */
export function serialiseClass(collection: CompactCollection): string {
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","meta":${JSON.stringify(collection.meta)},"features":[\n${lines.join(',\n')}\n]}\n`;
}
