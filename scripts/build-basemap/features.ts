import * as turf from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { BASEMAP_LAYERS, BASEMAP_ZOOMS, type BasemapLayerName } from '../../src/style/basemap-schema';

/** One feature of the tile schema: `minzoom` decides from which zoom its tiles carry it. */
export interface BasemapFeature {
  layer: BasemapLayerName;
  minzoom: number;
  geometry: Geometry;
  properties: { class: string; name?: string; name_en?: string; tunnel?: boolean };
}

/** Ground metres per CSS pixel at Shanghai's latitude (31.2° N) on 512-px tiles. */
export function metresPerPixel(zoom: number): number {
  return (40_075_016 * Math.cos((31.2 * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/**
 * Generalisation by size: an area enters the tiles at the first zoom where it covers about
 * 3 × 3 pixels, so the low zooms carry the Huangpu and Dianshan Lake, not every pond.
 */
export function minzoomForArea(squareMetres: number): number {
  for (let zoom = BASEMAP_ZOOMS.min; zoom < BASEMAP_ZOOMS.max; zoom++) {
    if (squareMetres >= (3 * metresPerPixel(zoom)) ** 2) return zoom;
  }
  return BASEMAP_ZOOMS.max;
}

/** Lines by class, long rivers and canals earlier than short ones. */
const LINE_MINZOOM: Record<string, number> = {
  river: 10,
  canal: 12,
  stream: 13,
  drain: 14,
  rail: 8,
  subway: 10,
  light_rail: 10,
  monorail: 10,
  tram: 12,
  narrow_gauge: 13,
  funicular: 13,
  trunk: 11,
  primary: 11,
  secondary: 12,
  tertiary: 13,
  unclassified: 14,
  residential: 14,
  living_street: 14,
};

export function minzoomForLine(cls: string, metres: number): number {
  const byClass = LINE_MINZOOM[cls] ?? BASEMAP_ZOOMS.max;
  // A river or canal long enough to be a line of the city's pattern shows two zooms earlier.
  if ((cls === 'river' || cls === 'canal') && metres > 8_000) return Math.max(BASEMAP_ZOOMS.min, byClass - 2);
  return byClass;
}

/** Place points: all of them, their zoom decided by the style (towns before villages). */
const PLACE_MINZOOM = BASEMAP_ZOOMS.min;

export interface SourceProperties {
  class: string;
  name?: unknown;
  name_en?: unknown;
  tunnel?: unknown;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * A source feature in the tile schema, or null when its class is not one the schema keeps
 * (helipads, taxi stands, hamlets' duplicates…). Polygons and lines get their zoom by size.
 */
export function toBasemapFeature(
  layer: BasemapLayerName,
  feature: Feature<Geometry | null>,
  source: SourceProperties,
): BasemapFeature | null {
  const geometry = feature.geometry;
  if (!geometry) return null;
  const classes = BASEMAP_LAYERS[layer] as readonly string[];
  const cls = source.class;
  if (!classes.includes(cls)) return null;
  const properties: BasemapFeature['properties'] = { class: cls };
  const name = text(source.name);
  const nameEn = text(source.name_en);
  if (name) properties.name = name;
  if (nameEn) properties.name_en = nameEn;
  if (source.tunnel === true) properties.tunnel = true;
  let minzoom: number;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    // Airports stay visible from the lowest zoom: they orient as much as lakes.
    minzoom = cls === 'airport' ? BASEMAP_ZOOMS.min : minzoomForArea(turf.area(geometry));
  } else if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
    minzoom = minzoomForLine(cls, turf.length(turf.feature(geometry), { units: 'meters' }));
  } else if (geometry.type === 'Point') {
    minzoom = PLACE_MINZOOM;
  } else return null;
  return { layer, minzoom, geometry, properties };
}
