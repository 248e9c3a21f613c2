import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { drawOutline } from './boundary-edges';
import { type LayerFeature, makeFeature } from './feature';
import { NEW_TOWN_OUTLINES, PLAN12_NAMES, PLAN12_ONLY_TOWNS } from './hand-drawn/new-towns';
import { cite, readSourceCsv, readSourceGeoJson } from './io';
import { circleOfArea } from './parks';

const NEW_TOWNS = 'new-towns/new-towns.csv';
const REFERENCE = 'new-towns/new-town-reference.osm.wgs84.geojson';
/** Edges drawn along OSM geometry sit within this of the real boundary road (carriageway spread, bins). */
const OSM_EDGE_ACCURACY_M = 300;

export interface NewTownProps {
  district: string;
  planned_area_km2: number;
  drawn_area_km2: number;
  boundary_description_zh: string;
}

export function buildNewTowns(districts: Map<string, Polygon | MultiPolygon>): LayerFeature<NewTownProps>[] {
  return readSourceCsv(NEW_TOWNS).map((row) => {
    const id = row.id ?? '';
    const spec = NEW_TOWN_OUTLINES[id];
    const district = districts.get(id === 'nanhui' ? 'pudong' : id);
    if (!spec || !district)
      throw new Error(`new town ${id}: no outline in scripts/build-geo/data/new-towns.geojson or no district`);
    const outline = drawOutline(spec);
    const clipped = turf.intersect(turf.featureCollection([turf.polygon([outline.ring]), turf.feature(district)]));
    if (!clipped) throw new Error(`new town ${id}: outline lies outside its district`);
    const straight = outline.edges.some((e) => e.offsetM === null);
    const edgeNotes = outline.edges.map(
      (e) => `${e.text}: ${e.from}${e.offsetM === null ? '' : `, median ${e.offsetM} m from it`}`,
    );
    return makeFeature(
      {
        id: `new-town-${id}`,
        name_zh: row.name ?? '',
        name_en: row.name_en ?? '',
        layer: 'new-towns',
        source: `edge by edge from the 四至 text in shared/geo-sources/${NEW_TOWNS} along OSM roads, rivers and railways; clipped to the OSM district`,
        accuracy: 'approximate',
        licence: 'ODbL-1.0',
        note: `Edges: ${edgeNotes.join('; ')}`,
        accuracy_m: straight ? spec.straightAccuracyM : OSM_EDGE_ACCURACY_M,
        district: row.district ?? '',
        planned_area_km2: Number(row.planning_area_km2),
        drawn_area_km2: Math.round(turf.area(clipped) / 1e5) / 10,
        boundary_description_zh: row.boundary_description_zh ?? '',
      },
      clipped.geometry,
    );
  });
}

const PLAN12_SOURCE = '12th-plan outline §6.3 (shared/plan-text/000_58ba740c2ca4bfa6.txt) names seven new towns';

/**
 * The seven new towns of the 12th plan (2011): the five kept by the 14th plan, with the outlines
 * drawn for them, under their 12th-plan names, plus Jinshan and Chengqiao as marker areas.
 */
export function buildNewTowns12(towns14: LayerFeature<NewTownProps>[]): LayerFeature[] {
  const kept = towns14.map((town) => {
    const key = town.properties.id.replace('new-town-', '');
    const names = PLAN12_NAMES[key];
    return makeFeature(
      {
        ...town.properties,
        id: `p12-new-town-${key}`,
        name_zh: names?.name_zh ?? town.properties.name_zh,
        name_en: names?.name_en ?? town.properties.name_en,
        layer: 'new-towns-12th',
        note: `${town.properties.note ?? ''}; ${PLAN12_SOURCE}; outline as drawn for the 14th plan, whose extent may differ`,
        plan: 'p12-outline',
        successor: town.properties.id,
      },
      town.geometry,
    );
  });
  const chengqiao = readSourceGeoJson(REFERENCE).features.find((f) =>
    String((f.properties as { osm: string }).osm).includes('城桥新城'),
  );
  if (!chengqiao) throw new Error(`${REFERENCE}: no 城桥新城 polygon`);
  const only = PLAN12_ONLY_TOWNS.map((town) =>
    town.id === 'chengqiao'
      ? makeFeature(
          {
            id: `p12-new-town-${town.id}`,
            name_zh: town.name_zh,
            name_en: town.name_en,
            layer: 'new-towns-12th',
            source: `${cite(REFERENCE, 'OSM way 413843891 城桥新城, ODbL')}; ${PLAN12_SOURCE}`,
            accuracy: 'surveyed' as const,
            licence: 'ODbL-1.0',
            note: 'The OSM outline of 城桥新城; the 12th plan names the town but gives no boundary',
            district: town.district,
            plan: 'p12-outline',
            successor: null,
          },
          chengqiao.geometry,
        )
      : makeFeature(
          {
            id: `p12-new-town-${town.id}`,
            name_zh: town.name_zh,
            name_en: town.name_en,
            layer: 'new-towns-12th',
            source: `hand-placed marker: ${PLAN12_SOURCE}`,
            accuracy: 'approximate' as const,
            licence: 'CC0 (hand-drawn)',
            note: `No boundary text: a 20 km² marker circle around ${town.placedFrom}`,
            accuracy_m: town.accuracyM,
            district: town.district,
            plan: 'p12-outline',
            successor: null,
          },
          circleOfArea(town.centre, 20),
        ),
  );
  return [...kept, ...only];
}
