import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { BasemapLayerName } from '../../src/style/basemap-schema';
import { readExtract } from '../build-geo/osm/read-extract';
import { type BasemapFeature, toBasemapFeature } from './features';

const require = createRequire(import.meta.url);
const osmtogeojson = require('osmtogeojson') as (data: { elements: unknown[] }) => FeatureCollection;

type Tags = Record<string, string | undefined>;

const AREA_LAYERS: readonly BasemapLayerName[] = ['water', 'green', 'landuse', 'transport'];
const LINE_LAYERS: readonly BasemapLayerName[] = ['waterway', 'railway', 'street'];

/**
 * The schema layer and class of an OSM object by its tags (the same classes Geofabrik's
 * shapefile layers give the default build), or null for objects the basemap leaves out.
 */
export function classifyTags(tags: Tags): { layer: BasemapLayerName; class: string } | null {
  const { natural, water, waterway, landuse, leisure, aeroway, railway, amenity, highway, place } = tags;
  if (place) return { layer: 'place', class: place };
  if (waterway === 'riverbank' || waterway === 'dock') return { layer: 'water', class: waterway };
  if (waterway) return { layer: 'waterway', class: waterway };
  if (natural === 'wetland') return { layer: 'water', class: 'wetland' };
  if (landuse === 'reservoir' || water === 'reservoir') return { layer: 'water', class: 'reservoir' };
  if (natural === 'water' || landuse === 'basin') return { layer: 'water', class: 'water' };
  if (leisure === 'park') return { layer: 'green', class: 'park' };
  if (landuse === 'forest' || natural === 'wood') return { layer: 'green', class: 'forest' };
  if (landuse === 'grass' || landuse === 'meadow' || landuse === 'village_green')
    return { layer: 'green', class: 'grass' };
  if (landuse === 'industrial') return { layer: 'landuse', class: 'industrial' };
  if (landuse === 'commercial' || landuse === 'retail') return { layer: 'landuse', class: 'commercial' };
  if (aeroway === 'aerodrome') return { layer: 'transport', class: 'airport' };
  if (aeroway === 'apron') return { layer: 'transport', class: 'apron' };
  if (railway === 'station') return { layer: 'transport', class: 'railway_station' };
  if (amenity === 'bus_station' || amenity === 'ferry_terminal') return { layer: 'transport', class: amenity };
  if (railway) return { layer: 'railway', class: railway };
  if (highway) return { layer: 'street', class: highway.replace(/_link$/, '') };
  return null;
}

function fits(layer: BasemapLayerName, geometry: Geometry): boolean {
  const polygon = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  const line = geometry.type === 'LineString' || geometry.type === 'MultiLineString';
  if (AREA_LAYERS.includes(layer)) return polygon;
  if (LINE_LAYERS.includes(layer)) return line;
  return geometry.type === 'Point';
}

/**
 * The basemap features of an OSM extract (.osm.pbf, .osm XML or Overpass JSON): a full Geofabrik
 * extract gives streets city-wide. Returns the features and the extract's date.
 */
export async function readOsmBasemap(path: string): Promise<{ features: BasemapFeature[]; date: string }> {
  const extract = await readExtract(path);
  const features: BasemapFeature[] = [];
  for (const feature of osmtogeojson({ elements: extract.elements }).features as Feature<Geometry, Tags>[]) {
    const tags = (feature.properties as { tags?: Tags }).tags ?? {};
    const kind = classifyTags(tags);
    if (!kind || !feature.geometry || !fits(kind.layer, feature.geometry)) continue;
    const converted = toBasemapFeature(kind.layer, feature, {
      class: kind.class,
      name: tags.name,
      name_en: tags['name:en'],
      tunnel: tags.tunnel === 'yes',
    });
    if (converted) features.push(converted);
  }
  return { features, date: extract.date };
}
