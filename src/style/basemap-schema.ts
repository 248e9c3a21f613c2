/**
 * The basemap's vector-tile schema, shared by the tile build (scripts/build-basemap) and the style
 * (basemap-style.ts). Documented for users in README.md ("Basemap tiles").
 */

/** Tile layers, each with the classes its features carry in `class`. */
export const BASEMAP_LAYERS = {
  water: ['water', 'riverbank', 'reservoir', 'wetland', 'dock'],
  waterway: ['river', 'canal', 'stream', 'drain'],
  green: ['park', 'forest', 'grass'],
  landuse: ['industrial', 'commercial'],
  transport: ['airport', 'apron', 'railway_station', 'bus_station', 'ferry_terminal'],
  railway: ['rail', 'subway', 'light_rail', 'monorail', 'tram', 'narrow_gauge', 'funicular'],
  street: ['trunk', 'primary', 'secondary', 'tertiary', 'unclassified', 'residential', 'living_street'],
  place: ['city', 'town', 'suburb', 'village', 'hamlet', 'locality', 'island'],
} as const;

export type BasemapLayerName = keyof typeof BASEMAP_LAYERS;

/** Tiles exist for zooms 8–14; MapLibre draws zooms 15 and more from the z14 tiles (overzoom). */
export const BASEMAP_ZOOMS = { min: 8, max: 14 } as const;

/** Web path of the tiles, relative to the site's base. */
export const BASEMAP_TILE_DIR = 'tiles/basemap/';
export const BASEMAP_TILE_TEMPLATE = '{z}/{x}/{y}.pbf';

/** The extract the tiles are built from: named in the attribution. */
export const BASEMAP_EXTRACT = { name: 'Geofabrik Shanghai', date: '2025-03-18' } as const;

/** Tiles are written for this box (a little more than Shanghai), so nothing outside is requested. */
export const BASEMAP_BOUNDS: [number, number, number, number] = [120.75, 30.6, 122.45, 32.05];

/**
 * Streets exist only inside this box (central Puxi and Lujiazui, the Overpass extract's box):
 * the map outlines it at high zoom so that the absence of streets elsewhere is not silent.
 */
export const STREET_COVERAGE: { west: number; south: number; east: number; north: number } = {
  west: 121.409,
  south: 31.179,
  east: 121.552,
  north: 31.279,
};
