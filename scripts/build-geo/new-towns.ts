import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { type LayerFeature, makeFeature } from './feature';
import { NEW_TOWN_OUTLINES } from './hand-drawn/new-towns';
import { readSourceCsv } from './io';

const NEW_TOWNS = 'new-towns/new-towns.csv';

export interface NewTownProps {
  district: string;
  planned_area_km2: number;
  drawn_area_km2: number;
  boundary_description_zh: string;
}

export function buildNewTowns(districts: Map<string, Polygon | MultiPolygon>): LayerFeature<NewTownProps>[] {
  return readSourceCsv(NEW_TOWNS).map((row) => {
    const id = row.id ?? '';
    const outline = NEW_TOWN_OUTLINES[id];
    const district = districts.get(id === 'nanhui' ? 'pudong' : id);
    if (!outline || !district) throw new Error(`new town ${id}: no outline or district`);
    const clipped = turf.intersect(turf.featureCollection([turf.polygon([outline.ring]), turf.feature(district)]));
    if (!clipped) throw new Error(`new town ${id}: outline lies outside its district`);
    return makeFeature(
      {
        id: `new-town-${id}`,
        name_zh: row.name ?? '',
        name_en: row.name_en ?? '',
        layer: 'new-towns',
        source: `hand-drawn from the 四至 text in shared/geo-sources/${NEW_TOWNS} (Baidu Baike 五大新城 via a stored copy), clipped to the OSM district`,
        accuracy: 'approximate',
        licence: 'ODbL-1.0',
        note: `Outline drawn by hand: ${outline.drawnFrom}`,
        district: row.district ?? '',
        planned_area_km2: Number(row.planning_area_km2),
        drawn_area_km2: Math.round(turf.area(clipped) / 1e5) / 10,
        boundary_description_zh: row.boundary_description_zh ?? '',
      },
      clipped.geometry,
    );
  });
}
