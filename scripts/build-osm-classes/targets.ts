import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { areasFor } from '../../src/analysis/inputs';
import type { CompactCollection } from '../../src/analysis/osm-classes';
import { countParks, coveredArea, reach, type TargetMeasures } from '../../src/analysis/targets';
import { REPO_ROOT, readSourceCsv, readSourceGeoJson } from '../build-geo/io';
import { GREEN_FILE } from './build';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

function geoLayer(file: string): AnyFeature[] {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'geo', file), 'utf8')) as FeatureCollection<Geometry>)
    .features as AnyFeature[];
}

export function buildTargetMeasures(classes: Map<string, CompactCollection>): TargetMeasures {
  const data = new Map([
    ['base-districts', geoLayer('base-districts.geojson')],
    ['new-towns', geoLayer('new-towns.geojson')],
  ]);
  const districts = areasFor('districts', data);
  const parks = classes.get('osm-parks.geojson')?.features ?? [];
  const greenSpaces = parks.filter((p) => (p.properties.ha ?? 0) >= 0.3) as Feature<Polygon | MultiPolygon>[];
  const forest = readSourceGeoJson(`osm-2025/${GREEN_FILE}`)
    .features.filter((f) => f.properties?.fclass === 'forest')
    .map((f) => f.geometry as Polygon | MultiPolygon);
  const population = districts.reduce((sum, d) => sum + (d.population ?? 0), 0);
  const parkLand = coveredArea(
    districts,
    parks.map((p) => p.geometry as Polygon | MultiPolygon),
  );
  const planned = new Map(readSourceCsv('new-towns/new-towns.csv').map((row) => [`new-town-${row.id}`, row]));
  return {
    osm_date: '2025-03-18',
    green_reach: [500, 800].map((radius) => reach(districts, greenSpaces, radius)),
    parks: countParks(parks.map((p) => ({ name: p.properties.name, ha: p.properties.ha ?? 0 }))),
    park_land_km2: parkLand.covered_km2,
    park_m2_per_resident: Math.round(((parkLand.covered_km2 * 1e6) / population) * 10) / 10,
    forest: coveredArea(districts, forest),
    population_2020: population,
    new_towns: (data.get('new-towns') ?? []).map((town) => ({
      id: String(town.properties.id),
      name_zh: String(town.properties.name_zh),
      name_en: String(town.properties.name_en),
      planning_area_km2: Number(planned.get(String(town.properties.id))?.planning_area_km2 ?? Number.NaN),
      outline_km2: Math.round(turf.area(town) / 1e5) / 10,
    })),
  };
}

export function serialiseMeasures(measures: TargetMeasures): string {
  return `${JSON.stringify(measures, null, 1)}\n`;
}
