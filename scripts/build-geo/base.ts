import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { type LayerFeature, makeFeature } from './feature';
import { cite, readSourceCsv, readSourceGeoJson } from './io';

const LAND = 'water/land.geomaps-coastline-1m.wgs84.geojson';
const SEA = 'water/sea.geomaps-earth-seas-10m.wgs84.geojson';
const DISTRICTS = 'boundaries/shanghai-districts.geoboundaries-osm.wgs84.geojson';
const ROADS = 'roads/elevated-roads-major.osm-geofabrik-260728.wgs84.geojson';
const POPULATION = 'population/shanghai-districts-census2020-ghsl.csv';

export function buildSea(): LayerFeature[] {
  return readSourceGeoJson(SEA).features.map((f, i) =>
    makeFeature(
      {
        id: `sea-${i + 1}`,
        name_zh: '东海与长江口',
        name_en: 'East China Sea and Yangtze estuary',
        layer: 'base-sea',
        source: cite(SEA, 'npm @geo-maps/earth-seas-10m@0.6.0, OSM coastline 2017'),
        accuracy: 'surveyed',
        licence: 'ODbL-1.0',
      },
      f.geometry,
    ),
  );
}

export function buildLand(): LayerFeature[] {
  return readSourceGeoJson(LAND).features.map((f, i) =>
    makeFeature(
      {
        id: `land-${i + 1}`,
        name_zh: '陆地',
        name_en: 'Land',
        layer: 'base-land',
        source: cite(LAND, 'npm @geo-maps/countries-coastline-1m@0.6.0, OSM coastline 2017'),
        accuracy: 'surveyed',
        licence: 'ODbL-1.0',
      },
      f.geometry,
    ),
  );
}

/** "Pudong New District" -> "pudong", "Jing'an District" -> "jingan": the ids URLs use. */
export function districtSlug(nameEn: string): string {
  return nameEn
    .replace(/\s+(New\s+)?(District|Area)$/i, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export interface DistrictProps {
  adcode: number;
  population_2020: number | null;
}

export function buildDistricts(): LayerFeature<DistrictProps>[] {
  const population = new Map(readSourceCsv(POPULATION).map((row) => [Number(row.adcode), row]));
  return readSourceGeoJson(DISTRICTS).features.map((f) => {
    const p = f.properties as { name: string; name_en: string; adcode: number };
    const census = population.get(p.adcode);
    return makeFeature(
      {
        id: districtSlug(p.name_en),
        name_zh: p.name,
        name_en: p.name_en.replace('New District', 'New Area'),
        layer: 'base-districts',
        source: cite(DISTRICTS, 'geoBoundaries gbOpen CHN ADM3 simplified, from OpenStreetMap'),
        accuracy: 'surveyed',
        licence: 'ODbL-1.0',
        adcode: p.adcode,
        population_2020: census ? Number(census.census2020_resident_pop) : null,
      },
      f.geometry,
    );
  });
}

/** District polygons by slug, for the builds that clip or derive from them. */
export function districtGeometries(districts: LayerFeature[]): Map<string, Polygon | MultiPolygon> {
  return new Map(districts.map((d) => [d.properties.id, d.geometry as Polygon | MultiPolygon]));
}

export function buildRoads(): LayerFeature[] {
  return readSourceGeoJson(ROADS).features.map((f, i) => {
    const p = f.properties as { name: string };
    return makeFeature(
      {
        id: `road-${i + 1}`,
        name_zh: p.name,
        name_en: ROAD_NAMES_EN[p.name] ?? p.name,
        layer: 'base-roads',
        source: cite(ROADS, 'Geofabrik shanghai-260728 OSM snapshot'),
        accuracy: 'surveyed',
        licence: 'ODbL-1.0',
      },
      f.geometry as Geometry,
    );
  });
}

const ROAD_NAMES_EN: Record<string, string> = {
  中环路: 'Middle Ring Road',
  外环高速: 'Outer Ring Expressway',
  外环东路: 'Outer Ring Road (east)',
  内环高架路: 'Inner Ring Elevated Road',
  南北高架: 'North–South Elevated Road',
  南北高架路: 'North–South Elevated Road',
  延安高架路: 'Yan’an Elevated Road',
  北横通道: 'North Cross Passage',
  沪闵高架路: 'Humin Elevated Road',
  逸仙高架路: 'Yixian Elevated Road',
  罗山高架路: 'Luoshan Elevated Road',
  龙东高架路: 'Longdong Elevated Road',
  嘉闵高架路: 'Jiamin Elevated Road',
};
