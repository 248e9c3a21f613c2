import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { type LayerFeature, makeFeature } from './feature';
import { WATERFRONT_SEGMENTS, type WaterfrontSegmentSpec } from './hand-drawn/waterfront';
import { cite } from './io';
import { EXPRESSWAYS, roadPaths } from './osm2025';
import type { RiverLines } from './rivers';

const DISTRICTS_CITE = cite(
  'boundaries/shanghai-districts.geoboundaries-osm.wgs84.geojson',
  'geoBoundaries CHN ADM3 from OSM',
);

function unionAll(shapes: (Polygon | MultiPolygon)[]): Feature<Polygon | MultiPolygon> | null {
  if (shapes.length === 0) return null;
  if (shapes.length === 1) return turf.feature(shapes[0] as Polygon | MultiPolygon);
  return turf.union(turf.featureCollection(shapes.map((s) => turf.feature(s))));
}

/** Where one of the named roads crosses the river, the crossing nearest the hint. */
function crossing(river: Position[], roads: string[], hint: Position): Position {
  const line = turf.lineString(river);
  const points = roadPaths(roads).flatMap((path) =>
    turf.lineIntersect(line, turf.lineString(path)).features.map((p) => p.geometry.coordinates),
  );
  const nearest = points.sort((a, b) => turf.distance(a, hint) - turf.distance(b, hint))[0];
  if (!nearest || turf.distance(nearest, hint, { units: 'meters' }) > 3000) {
    throw new Error(`waterfront: ${roads.join('/')} does not cross the river within 3 km of ${hint.join(',')}`);
  }
  return nearest;
}

function end(river: Position[], roads: string[] | undefined, hint: Position): { at: Position; how: string } {
  if (roads) return { at: crossing(river, roads, hint), how: `where OSM ${roads.join('/')} crosses the river` };
  const at = turf.nearestPointOnLine(turf.lineString(river), hint).geometry.coordinates;
  return { at, how: 'hand-picked point projected onto the river line' };
}

export function buildWaterfrontSegments(
  rivers: RiverLines,
  districts: Map<string, Polygon | MultiPolygon>,
): LayerFeature[] {
  return WATERFRONT_SEGMENTS.map((spec: WaterfrontSegmentSpec) => {
    const river = spec.river === 'huangpu' ? rivers.huangpu : rivers.suzhou;
    const from = end(river, spec.fromRoad, spec.from);
    const to = end(river, spec.toRoad, spec.to);
    const stretch: LineString = {
      type: 'LineString',
      coordinates: turf.lineSlice(turf.point(from.at), turf.point(to.at), turf.lineString(river)).geometry.coordinates,
    };
    const strip = turf.buffer(stretch, spec.widthM, { units: 'meters', steps: 6 });
    const banks = unionAll(spec.banks.map((slug) => districts.get(slug)).filter((d) => d !== undefined));
    const shape = strip && banks ? turf.intersect(turf.featureCollection([strip, banks])) : null;
    if (!shape) throw new Error(`waterfront segment ${spec.id}: empty after clipping to its banks`);
    const lengthKm = turf.length(turf.feature(stretch), { units: 'kilometers' });
    const bothBridges = spec.fromRoad && spec.toRoad;
    return makeFeature(
      {
        id: spec.id,
        name_zh: spec.name_zh,
        name_en: spec.name_en,
        layer: 'waterfront-segments',
        source: `river line: OSM waterways (river-lines layer); bridge roads: ${cite(EXPRESSWAYS, 'OSM Geofabrik 2026-07-28')}; banks from ${DISTRICTS_CITE}`,
        accuracy: bothBridges ? 'derived' : 'approximate',
        licence: 'ODbL-1.0',
        note: `${spec.endsFrom}. Start ${from.how}; end ${to.how}. Strip ${spec.widthM} m each side of the OSM centre line, clipped to the bank districts; the strip width is schematic`,
        accuracy_m: bothBridges ? 50 : spec.handEndAccuracyM,
        segment_kind: spec.kind,
        river: spec.river,
        river_length_km: Math.round(lengthKm * 10) / 10,
      },
      shape.geometry,
    );
  });
}
