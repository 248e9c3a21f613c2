import * as turf from '@turf/turf';
import type { Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { type LayerFeature, makeFeature } from '../feature';
import { cite, readSourceCsv } from '../io';
import { EXPRESSWAYS, pathsOf, readCached, roadPaths } from '../osm2025';
import { CATALOGUE_PARKS } from './industrial';
import { PLACE_RECORDS } from './inventory';
import { OSM_FILES, OSM_UPSTREAM, osmCitation, osmFeatures } from './osm-files';
import { withOwnOutline } from './own-outlines';
import { townshipArea } from './townships';
import { LAYER_OF_KIND, type Locate, type PlaceRecord } from './types';
import { areaKm2, COAST_OUTLINE, coastBetween, districtParts, drawZone, zoneById, zoneNote } from './zones';

const INDUSTRIAL_PARKS_CSV = 'industrial-parks/featured-industrial-parks.partial.csv';
/** The extent every layer keeps within (the invariant tests' Shanghai area, slightly inside). */
const MAP_EXTENT: [number, number, number, number] = [120.75, 30.55, 122.25, 31.95];
/** About 10 m: keeps long OSM rivers and railways small without moving them visibly. */
const SIMPLIFY_DEGREES = 0.0001;

/** Every OSM feature of the named file that carries one of the names, merged into one geometry. */
function osmGeometry(locate: Extract<Locate, { by: 'osm' }>): Geometry {
  const found = osmFeatures(locate.file).filter(
    (f) =>
      locate.names.includes(f.properties.name ?? '') &&
      (!locate.ids || locate.ids.includes(f.properties.osm_id ?? '')) &&
      (!locate.fclass || locate.fclass.includes(f.properties.fclass ?? '')),
  );
  if (found.length === 0) throw new Error(`OSM ${locate.file}: nothing named ${locate.names.join(' / ')}`);
  const polygons = found.flatMap((f) =>
    f.geometry.type === 'Polygon'
      ? [(f.geometry as Polygon).coordinates]
      : f.geometry.type === 'MultiPolygon'
        ? (f.geometry as MultiPolygon).coordinates
        : [],
  );
  const lines = found.flatMap((f) =>
    f.geometry.type === 'LineString'
      ? [(f.geometry as LineString).coordinates]
      : f.geometry.type === 'MultiLineString'
        ? (f.geometry as MultiLineString).coordinates
        : [],
  );
  // Areas are small and simplifying can make them invalid; long rivers and tracks are simplified
  // and cut to the map's extent (the Taipu River starts at Lake Tai).
  if (polygons.length > 0) return validArea({ type: 'MultiPolygon', coordinates: polygons });
  const simplified = turf.simplify(turf.multiLineString(lines), { tolerance: SIMPLIFY_DEGREES });
  return turf.bboxClip(simplified, MAP_EXTENT).geometry;
}

/** Outlines that touch (two plants of one works side by side) are merged: a multipolygon's parts may not share edges. */
function validArea(area: MultiPolygon): Geometry {
  if (turf.booleanValid(area)) return area;
  const merged = turf.union(turf.featureCollection(area.coordinates.map((rings) => turf.polygon(rings))));
  if (!merged) throw new Error('OSM outlines: union failed');
  return merged.geometry;
}

const CENTRAL_ROADS = 'osm-2025/roads-central-13x11km.osm-overpass-20250809.wgs84.geojson';

/** The named roads as one simplified line: expressways city-wide, ordinary streets only in the central box. */
function roadLines(names: string[]): Geometry {
  const central = readCached(CENTRAL_ROADS)
    .features.filter((f) => names.includes(String(f.properties?.name)))
    .flatMap((f) => pathsOf(f.geometry));
  const paths = [...roadPaths(names), ...central].filter((p) => p.length > 1);
  if (paths.length === 0) throw new Error(`roads: nothing named ${names.join(' / ')}`);
  return turf.simplify(turf.multiLineString(paths), { tolerance: SIMPLIFY_DEGREES }).geometry;
}

function osmPlacePoint(name: string): Point {
  const node = osmFeatures('places').find((f) => f.properties.name === name && f.geometry.type === 'Point');
  if (!node) throw new Error(`OSM places: no node named ${name}`);
  return node.geometry as Point;
}

function within(metres: number): string {
  return metres >= 1000 ? `~${Math.round(metres / 100) / 10} km` : `~${metres} m`;
}

interface Located {
  geometry: Geometry;
  source: string;
  accuracy: 'surveyed' | 'derived' | 'approximate';
  licence: string;
  accuracy_m?: number;
  located: string;
}

/** The geometry of a record and how it was found, or null when another layer or nothing draws it. */
export function locatePlace(record: PlaceRecord, districts: ReadonlyMap<string, Geometry>): Located | null {
  const locate = record.locate;
  switch (locate.by) {
    case 'osm':
      return {
        geometry: osmGeometry(locate),
        source: `${osmCitation(locate.file)}: ${locate.names.join(', ')}`,
        accuracy: 'surveyed',
        licence: 'ODbL-1.0',
        located: `OSM outline named ${locate.names.join(' / ')}`,
      };
    case 'zone': {
      const zone = drawZone(zoneById(locate.zone), districts);
      return {
        geometry: zone.geometry,
        source: `derived: edges along OSM roads and rivers (shared/geo-sources/roads/, ${OSM_FILES.waterways}) from the boundary text in shared/geo-sources/key-zones/key-zone-boundary-texts.csv; scripts/build-geo/data/key-zones.json`,
        accuracy: 'derived',
        licence: 'ODbL-1.0',
        located: zoneNote(zone),
      };
    }
    case 'district-part': {
      const district = districts.get(locate.district);
      if (!district) throw new Error(`${record.id}: no district ${locate.district}`);
      const less = locate.lessWater?.length ? `, less the OSM water area ${locate.lessWater.join(', ')}` : '';
      return {
        geometry: districtParts(district, locate.containing, locate.lessWater),
        source: `derived: the island outline(s) of the ${locate.district} district in the base-districts layer${less}`,
        accuracy: 'derived',
        licence: 'ODbL-1.0',
        located: `The island part(s) of the district outline: ${locate.from}${less}`,
      };
    }
    case 'coast':
      return {
        geometry: coastBetween(locate.between[0], locate.between[1]),
        source: `derived: the coast of shared/geo-sources/${COAST_OUTLINE} (OSM relation 913067 clipped by the 2017 OSM coastline; ODbL)`,
        accuracy: 'derived',
        licence: 'ODbL-1.0',
        located: `The coast of Shanghai’s land outline: ${locate.from}`,
      };
    case 'road':
      return {
        geometry: roadLines(locate.names),
        source: `derived: OSM roads ${locate.names.join(', ')} in shared/geo-sources/${EXPRESSWAYS} and ${CENTRAL_ROADS} (ODbL)`,
        accuracy: 'derived',
        licence: 'ODbL-1.0',
        located: `Drawn along ${locate.from}`,
      };
    case 'osm-point':
      return {
        geometry: osmPlacePoint(locate.name),
        source: `${cite(OSM_FILES.places, OSM_UPSTREAM)}: node ${locate.name}`,
        accuracy: 'approximate',
        licence: 'ODbL-1.0',
        accuracy_m: locate.accuracy_m,
        located: `At the OSM node of ${locate.name} (${locate.from}), within ${within(locate.accuracy_m)}`,
      };
    case 'point':
      return {
        geometry: { type: 'Point', coordinates: locate.at },
        source: 'hand-placed (general knowledge of the city, WGS84); no open outline available',
        accuracy: 'approximate',
        licence: 'CC0 (hand-placed)',
        accuracy_m: locate.accuracy_m,
        located: `Placed by hand at ${locate.from}, within ${within(locate.accuracy_m)}`,
      };
    case 'district': {
      const shapes = locate.districts.map((slug) => {
        const shape = districts.get(slug);
        if (!shape) throw new Error(`${record.id}: no district ${slug}`);
        return shape;
      });
      const polygons = shapes.flatMap((g) =>
        g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [],
      );
      const merged: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
      return {
        geometry: turf.simplify(turf.feature(merged), { tolerance: 0.002 }).geometry,
        source: `derived: the district outline(s) ${locate.districts.join(', ')} of the base-districts layer`,
        accuracy: 'derived',
        licence: 'ODbL-1.0',
        located: `The whole of ${locate.districts.join(' and ')}: ${locate.from}`,
      };
    }
    case 'township': {
      const area = townshipArea(locate.names);
      return { ...area, accuracy: 'derived', licence: 'ODbL-1.0', located: `${area.located}: ${locate.from}` };
    }
    case 'schematic':
      return {
        geometry: { type: 'LineString', coordinates: locate.through.map((s) => s.at) },
        source: `schematic: straight through ${locate.through.map((s) => s.name).join(' – ')} (hand-placed)`,
        accuracy: 'approximate',
        licence: 'CC0 (hand-placed)',
        accuracy_m: locate.accuracy_m,
        located: `Schematic, straight through ${locate.through.map((s) => s.name).join(', ')}; the route is not published`,
      };
    case 'layer':
    case 'none':
      return null;
  }
}

/** Every drawn area reports its measured km², beside the official figure where a text gives one. */
function areaFigures(record: PlaceRecord, geometry: Geometry): object {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return {};
  return {
    measured_area_km2: areaKm2(geometry),
    ...(record.official_area_km2 !== undefined ? { official_area_km2: record.official_area_km2 } : {}),
  };
}

function featureOf(record: PlaceRecord, layerId: string, located: Located, extra: object = {}): LayerFeature {
  return makeFeature(
    {
      id: record.id,
      name_zh: record.name_zh,
      name_en: record.name_en,
      layer: layerId,
      source: located.source,
      accuracy: located.accuracy,
      licence: located.licence,
      note: record.note ? `${located.located}. ${record.note}` : located.located,
      ...(located.accuracy_m !== undefined ? { accuracy_m: located.accuracy_m } : {}),
      ...areaFigures(record, located.geometry),
      place_kind: record.kind,
      district: record.districts[0] ?? '',
      districts: record.districts.join(','),
      aliases_zh: record.aliases ?? [],
      ...(record.status ? { status: record.status } : {}),
      ...(record.opened
        ? { opened: record.opened.date, opened_verified: record.opened.verified, opened_source: record.opened.source }
        : {}),
      ...(record.theme ? { theme: record.theme } : {}),
      ...extra,
    },
    located.geometry,
  );
}

/** The 13 catalogue parks of the CSV as inventory records, placed inside their 四至. */
export function catalogueParkRecords(): (PlaceRecord & { row: Record<string, string> })[] {
  return readSourceCsv(INDUSTRIAL_PARKS_CSV).map((row) => {
    const name = row.name_zh ?? '';
    const placed = CATALOGUE_PARKS[name];
    if (!placed)
      throw new Error(`industrial park ${name}: no placement in scripts/build-geo/data/industrial-catalogue.json`);
    return withOwnOutline({
      id: placed.id,
      name_zh: name,
      name_en: row.name_en ?? '',
      aliases: placed.aliases ?? [],
      kind: 'industrial',
      districts: [placed.district],
      theme: (row.industry_category_zh ?? '').replace(/[()（）]/g, ''),
      locate: { by: 'point', at: placed.at, accuracy_m: placed.accuracy_m, from: placed.from },
      row,
    });
  });
}

function leadingNumber(text: string | undefined): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)/.exec(text ?? '');
  return match ? Number(match[1]) : null;
}

/** Every inventory record, the catalogue parks included. */
export function allPlaceRecords(): PlaceRecord[] {
  return [...PLACE_RECORDS, ...catalogueParkRecords().map(({ row: _row, ...record }) => record)];
}

/** The features of the inventory's own layers, keyed by layer id. */
export function buildPlaceLayers(districts: ReadonlyMap<string, Geometry>): Map<string, LayerFeature[]> {
  const layers = new Map<string, LayerFeature[]>(Object.values(LAYER_OF_KIND).map((id) => [id, []]));
  for (const { row, ...record } of catalogueParkRecords()) {
    const located = locatePlace(record, districts);
    if (!located) continue;
    layers.get('industrial-parks')?.push(
      featureOf(record, 'industrial-parks', located, {
        source: `name, theme, batch, 四至: shared/geo-sources/${INDUSTRIAL_PARKS_CSV} (${row.batch_source || row.area_boundary_source}); ${located.source}`,
        catalogue: true,
        theme_industry: record.theme,
        batch: row.batch ?? '',
        area_km2: leadingNumber(row.area_km2),
        boundary_description_zh: row['boundary_description_zh (四至)'] ?? '',
      }),
    );
  }
  for (const record of PLACE_RECORDS) {
    const layerId = LAYER_OF_KIND[record.kind];
    const located = locatePlace(record, districts);
    if (!layerId || !located) continue;
    const extra =
      record.kind === 'industrial' ? { catalogue: false, theme_industry: record.theme ?? '', batch: '' } : {};
    layers.get(layerId)?.push(featureOf(record, layerId, located, extra));
  }
  return layers;
}
