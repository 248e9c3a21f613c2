import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import type { BasemapFeature } from './features';

export interface TileOptions {
  minZoom: number;
  maxZoom: number;
  /** West, south, east, north: tiles outside are not made. */
  bounds: [number, number, number, number];
}

const EXTENT = 4096;

/** Tile column and row of a longitude/latitude at a zoom (Web Mercator). */
export function tileOf(lon: number, lat: number, zoom: number): { x: number; y: number } {
  const n = 2 ** zoom;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

/** Every tile of a zoom that touches the bounds, row by row. */
export function tilesInBounds(bounds: TileOptions['bounds'], zoom: number): { x: number; y: number }[] {
  const [west, south, east, north] = bounds;
  const topLeft = tileOf(west, north, zoom);
  const bottomRight = tileOf(east, south, zoom);
  const out: { x: number; y: number }[] = [];
  for (let y = topLeft.y; y <= bottomRight.y; y++) for (let x = topLeft.x; x <= bottomRight.x; x++) out.push({ x, y });
  return out;
}

/**
 * Slices the features into Mapbox Vector Tiles with MapLibre's geojson-vt (clipping and per-zoom
 * simplification) and encodes them with vt-pbf. One index per layer and entry zoom, so a tile of
 * zoom z holds exactly the features whose minzoom is <= z. Returns every tile of the bounds, keyed
 * "z/x/y"; a tile with nothing in it is an empty byte array (served as an empty tile, never a 404).
 */
export function buildTiles(features: readonly BasemapFeature[], options: TileOptions): Map<string, Uint8Array> {
  const indexes: { layer: string; minzoom: number; index: GeoJSONVT }[] = [];
  const groups = new Map<string, BasemapFeature[]>();
  for (const feature of features) {
    const key = `${feature.layer}\u0000${Math.max(feature.minzoom, options.minZoom)}`;
    const group = groups.get(key);
    if (group) group.push(feature);
    else groups.set(key, [feature]);
  }
  for (const [key, members] of groups) {
    const [layer = '', minzoom = ''] = key.split('\u0000');
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: members.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: f.properties })),
    };
    const index = new GeoJSONVT(collection, { maxZoom: options.maxZoom, extent: EXTENT, tolerance: 3, buffer: 64 });
    indexes.push({ layer, minzoom: Number(minzoom), index });
  }
  const tiles = new Map<string, Uint8Array>();
  for (let z = options.minZoom; z <= options.maxZoom; z++) {
    for (const { x, y } of tilesInBounds(options.bounds, z)) {
      const layers: Record<string, GeoJSONVTTile> = {};
      for (const { layer, minzoom, index } of indexes) {
        if (minzoom > z) continue;
        const tile = index.getTile(z, x, y);
        if (!tile || tile.features.length === 0) continue;
        const existing = layers[layer];
        if (existing) existing.features.push(...tile.features);
        else layers[layer] = tile;
      }
      const empty = Object.keys(layers).length === 0;
      tiles.set(`${z}/${x}/${y}`, empty ? new Uint8Array(0) : fromGeojsonVt(layers, { version: 2, extent: EXTENT }));
    }
  }
  return tiles;
}
