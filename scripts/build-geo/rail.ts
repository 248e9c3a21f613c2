import * as turf from '@turf/turf';
import type { MultiLineString, Point, Position } from 'geojson';
import { dataError } from './data-files';
import { type LayerFeature, makeFeature } from './feature';
import { PLANNED_LINES, PLANNED_RAIL_FILE, type Waypoint } from './hand-drawn/planned-rail';
import { cite, readSourceCsv, readSourceGeoJson } from './io';
import { openingDateChecks } from './opening-dates';
import { citeOsm2025, OSM_2025, osmFeatures, pathsOf } from './osm2025';
import { stationEnglish } from './station-english';

const TRACKS = 'rail/metro-tracks.osm-geofabrik-260728.wgs84.geojson';
const AMAP_LINES = 'rail/metro-lines.amap-stationseq.gcj02-to-wgs84.geojson';
const AMAP_STATIONS = 'rail/metro-stations.amap.gcj02-to-wgs84.geojson';
const OSM_STATIONS = 'rail/metro-stations.osm-geofabrik-260728.wgs84.geojson';
const TRAIN_STATIONS = 'rail/railway-stations-train.osm-omap-geodb-20250124.wgs84.geojson';
const META = 'rail/metro-lines-meta.csv';

/**
 * Lines the metro track file lacks, drawn from their OSM ways in the 2025 extract (by OSM name);
 * AMap's station sequence still gives colour and route length.
 */
const FROM_OSM_2025: Record<string, { id: string; name_zh: string; name_en: string; system: string; osmName: string }> =
  {
    磁浮线: {
      id: 'maglev',
      name_zh: '磁浮线',
      name_en: 'Shanghai Maglev',
      system: 'maglev',
      osmName: '上海磁浮示范运营线',
    },
    浦江线: {
      id: 'pujiang-line',
      name_zh: '浦江线',
      name_en: 'Pujiang Line',
      system: 'metro',
      osmName: '上海地铁浦江线',
    },
    市域机场线: {
      id: 'airport-link-line',
      name_zh: '机场联络线（市域机场线）',
      name_en: 'Airport Link Line',
      system: 'municipal-railway',
      osmName: '市域铁机场联络线',
    },
  };
/** 0.00005° ≈ 5 m, the tolerance the metro track file was simplified with. */
const TRACK_SIMPLIFY_DEG = 0.00005;

function osmTrack(osmName: string): { geometry: MultiLineString; ids: string[] } {
  const ways = osmFeatures(OSM_2025.railways).filter((f) => f.properties.name === osmName);
  if (ways.length === 0) throw new Error(`${OSM_2025.railways}: no ways named ${osmName}`);
  const paths = ways.flatMap((f) => pathsOf(f.geometry)).filter((p) => p.length > 1);
  const simplified = turf.simplify(turf.multiLineString(paths), { tolerance: TRACK_SIMPLIFY_DEG });
  return { geometry: simplified.geometry, ids: ways.map((f) => f.properties.osm_id) };
}

const SHARED_SECTION_COLOR = '#FCD600';

/** A station within this distance of an OSM station of the same name takes the OSM position. */
const OSM_MATCH_M = 400;

interface LineMeta {
  opened: string | null;
  openedVerified: boolean;
  openedSource: string;
  nameEn: string;
}

/**
 * Opening dates from the line metadata, corrected by the checks against citable pages: a confirmed
 * date becomes verified, a conflicting one is replaced by the checked date; both cite the page.
 */
function readLineMeta(): Map<string, LineMeta> {
  const checks = openingDateChecks();
  return new Map(
    readSourceCsv(META).map((row) => {
      const line = row.line_zh ?? '';
      const checked = checks.get(line);
      const listed = /^\d{4}-\d{2}-\d{2}$/.test(row.first_section_opened ?? '')
        ? (row.first_section_opened ?? null)
        : null;
      return [
        line,
        {
          opened: checked?.date ?? listed,
          openedVerified: Boolean(checked) || !(row.opened_source ?? '').startsWith('UNVERIFIED'),
          openedSource: checked
            ? `${checked.result === 'CONFLICT' ? `corrected from ${row.first_section_opened}` : checked.result}: ${checked.source}`
            : `${row.opened_source ?? ''}, via shared/geo-sources/${META}`,
          nameEn: row.line_en ?? '',
        },
      ];
    }),
  );
}

export function buildStations(): LayerFeature[] {
  const osm = readSourceGeoJson(OSM_STATIONS).features.map((f) => ({
    name: (f.properties as { name: string }).name,
    node: (f.properties as { osm_node?: number }).osm_node,
    position: (f.geometry as Point).coordinates,
  }));
  const colors = new Map(
    readSourceGeoJson(AMAP_LINES).features.map((f) => {
      const p = f.properties as { name: string; color: string };
      return [p.name, p.color];
    }),
  );
  const metro = readSourceGeoJson(AMAP_STATIONS).features.map((f) => {
    const p = f.properties as {
      id: string;
      name: string;
      name_pinyin: string;
      transfer: boolean;
      lines: string[];
    };
    const amapPosition = (f.geometry as Point).coordinates;
    const match = osm.find(
      (o) => o.name === p.name && turf.distance(o.position, amapPosition, { units: 'meters' }) <= OSM_MATCH_M,
    );
    const common = {
      id: `station-${p.id}`,
      name_zh: p.name,
      name_en: stationEnglish(p.name, p.name_pinyin),
      layer: 'rail-stations',
      status: 'operating',
      system: 'metro',
      lines: p.lines.join(' / '),
      transfer: p.transfer,
      color: colors.get(p.lines[0] ?? '') ?? '#555555',
    };
    return match
      ? makeFeature(
          {
            ...common,
            source: cite(OSM_STATIONS, `OpenStreetMap node ${match.node ?? ''}, Geofabrik 2026-07-28`),
            accuracy: 'surveyed' as const,
            licence: 'ODbL-1.0',
          },
          { type: 'Point', coordinates: match.position },
        )
      : makeFeature(
          {
            ...common,
            source: cite(AMAP_STATIONS, 'AMap subway page 2026-08-14, GCJ-02 converted with gcoord 1.0.7'),
            accuracy: 'derived' as const,
            licence: 'no open licence (AMap)',
            note: 'No OSM station of this name nearby; AMap point converted from GCJ-02 (median 26 m from OSM where both exist)',
          },
          f.geometry,
        );
  });
  const train = readSourceGeoJson(TRAIN_STATIONS)
    .features.filter((f) => (f.properties as { name?: string }).name)
    .map((f, i) =>
      makeFeature(
        {
          id: `railway-station-${i + 1}`,
          name_zh: `${(f.properties as { name: string }).name}站`,
          name_en: stationEnglish(`${(f.properties as { name: string }).name}站`),
          layer: 'rail-stations',
          source: cite(TRAIN_STATIONS, 'OpenStreetMap via OMap-GeoDB 2025-01-24'),
          accuracy: 'surveyed',
          licence: 'ODbL-1.0',
          status: 'operating',
          system: 'railway',
          lines: '',
          transfer: false,
          color: '#444444',
        },
        f.geometry,
      ),
    );
  return [...metro, ...train];
}

/** A station waypoint's vertex in the data file must lie this close to the station, whose position is taken. */
const STATION_VERTEX_M = 100;

export function resolveWaypoint(
  line: string,
  waypoint: Waypoint,
  stations: LayerFeature[],
): { position: Position; how: string } {
  if (!waypoint.station) return { position: waypoint.at, how: `${waypoint.name} (hand-placed)` };
  const station =
    stations.find((s) => s.properties.name_zh === waypoint.name) ??
    stations.find((s) => s.properties.name_zh === `${waypoint.name}站`);
  if (!station) throw dataError(PLANNED_RAIL_FILE, line, `waypoint ${waypoint.name} is not a known station`);
  const position = (station.geometry as Point).coordinates;
  const off = turf.distance(position, waypoint.at, { units: 'meters' });
  if (off > STATION_VERTEX_M) {
    const fix = 'move the vertex back or make the waypoint a placed one';
    throw dataError(
      PLANNED_RAIL_FILE,
      line,
      `the vertex of station ${waypoint.name} lies ${Math.round(off)} m from it: ${fix}`,
    );
  }
  return { position, how: waypoint.name };
}

/**
 * Route length of each operating line, in km: the straight distances between consecutive stations
 * in AMap's station order, each station pair counted once across all lines (shared sections and
 * branches are not counted twice). Curves are cut, so the figure is a slight underestimate.
 */
export function routeLengths(): Map<string, number> {
  const seen = new Set<string>();
  const lengths = new Map<string, number>();
  for (const feature of readSourceGeoJson(AMAP_LINES).features) {
    const p = feature.properties as { name: string; stations: string[] };
    const coords = (feature.geometry as { coordinates: Position[] }).coordinates;
    let km = 0;
    coords.forEach((point, i) => {
      const previous = coords[i - 1];
      if (!previous) return;
      const pair = [p.stations[i - 1], p.stations[i]].sort().join('|');
      if (seen.has(pair)) return;
      seen.add(pair);
      km += turf.distance(previous, point, { units: 'kilometers' });
    });
    lengths.set(p.name, (lengths.get(p.name) ?? 0) + km);
  }
  return lengths;
}

const round1 = (km: number | undefined) => (km === undefined ? null : Math.round(km * 10) / 10);

export function buildRailLines(stations: LayerFeature[]): LayerFeature[] {
  const meta = readLineMeta();
  const routes = routeLengths();
  const tracks = readSourceGeoJson(TRACKS).features.map((f) => {
    const p = f.properties as {
      id: string;
      name: string;
      color: string | null;
    };
    const lineMeta = meta.get(p.name);
    const isShared = p.id === 'metro-3-4';
    return makeFeature(
      {
        id: p.id,
        name_zh: p.name,
        name_en: isShared ? 'Lines 3/4 shared section' : (lineMeta?.nameEn ?? p.name),
        layer: 'rail-lines',
        source: cite(TRACKS, 'OpenStreetMap track ways, Geofabrik snapshot 2026-07-28, simplified 5 m'),
        accuracy: 'surveyed',
        licence: 'ODbL-1.0',
        status: 'operating',
        system: 'metro',
        // The shared 3/4 section has no colour of its own; Line 3's yellow reads as one trunk.
        color: p.color ?? SHARED_SECTION_COLOR,
        opened: lineMeta?.opened ?? null,
        opened_verified: lineMeta?.openedVerified ?? false,
        ...(lineMeta ? { opened_source: lineMeta.openedSource } : {}),
        route_km: isShared ? 0 : round1(routes.get(p.name)),
      },
      f.geometry,
    );
  });
  const sequenced = readSourceGeoJson(AMAP_LINES).features.flatMap((f) => {
    const p = f.properties as { name: string; color: string };
    const line = FROM_OSM_2025[p.name];
    if (!line) return [];
    const lineMeta = meta.get(p.name);
    const track = osmTrack(line.osmName);
    return makeFeature(
      {
        id: line.id,
        name_zh: line.name_zh,
        name_en: line.name_en,
        layer: 'rail-lines',
        source: citeOsm2025(OSM_2025.railways, track.ids),
        accuracy: 'surveyed',
        licence: 'ODbL-1.0',
        note: `OSM track ways named ${line.osmName}, simplified ${TRACK_SIMPLIFY_DEG}° (≈5 m); colour from ${AMAP_LINES}`,
        status: 'operating',
        system: line.system,
        color: p.color,
        opened: lineMeta?.opened ?? null,
        opened_verified: lineMeta?.openedVerified ?? false,
        ...(lineMeta ? { opened_source: lineMeta.openedSource } : {}),
        route_km: round1(routes.get(p.name)),
      },
      track.geometry,
    );
  });
  const planned = PLANNED_LINES.map((spec) => {
    const points = spec.waypoints.map((w) => resolveWaypoint(spec.id, w, stations));
    return makeFeature(
      {
        id: spec.id,
        name_zh: spec.name_zh,
        name_en: spec.name_en,
        layer: 'rail-lines',
        source: `hand-drawn schematic through waypoints: ${points.map((p) => p.how).join(' → ')}`,
        accuracy: 'approximate',
        licence: 'CC0 (hand-drawn)',
        note: spec.note,
        accuracy_m: spec.accuracy_m,
        status: spec.status,
        status_source: spec.status_source,
        system: spec.system,
        color: spec.color,
        opened: null,
        opened_verified: false,
        route_km: null,
      },
      { type: 'LineString', coordinates: points.map((p) => p.position) },
    );
  });
  return [...tracks, ...sequenced, ...planned];
}
