import { VectorTile } from '@mapbox/vector-tile';
import type { Feature, Point, Polygon } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import {
  type BasemapFeature,
  metresPerPixel,
  minzoomForArea,
  toBasemapFeature,
} from '../../../scripts/build-basemap/features';
import { sourceProperties } from '../../../scripts/build-basemap/sources';
import { buildTiles, tileOf } from '../../../scripts/build-basemap/tiles';

/** A lon/lat square of `side` degrees with its south-west corner at (lon, lat). */
function square(lon: number, lat: number, side: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + side, lat],
        [lon + side, lat + side],
        [lon, lat + side],
        [lon, lat],
      ],
    ],
  };
}

function convert(layer: BasemapFeature['layer'], geometry: Feature['geometry'], properties: Record<string, unknown>) {
  const feature = toBasemapFeature(layer, { type: 'Feature', geometry, properties }, sourceProperties(properties));
  if (!feature) throw new Error(`fixture feature dropped: ${JSON.stringify(properties)}`);
  return feature;
}

// About 1.9 × 2.2 km: a lake that shows from zoom 8. About 28 × 33 m: a pond that waits for zoom 13.
const lake = convert('water', square(121.5, 31.2, 0.02), { fclass: 'water', name: '测试湖' });
const pond = convert('water', square(121.53, 31.23, 0.0003), { fclass: 'water', name: '' });
const street = convert(
  'street',
  {
    type: 'LineString',
    coordinates: [
      [121.505, 31.205],
      [121.515, 31.205],
    ],
  },
  { highway: 'residential', name: '测试路', name_en: 'Test Road' },
);
const place: Point = { type: 'Point', coordinates: [121.51, 31.21] };
const town = convert('place', place, { fclass: 'town', name: '测试镇' });
const FIXTURE = [lake, pond, street, town];
const BOUNDS: [number, number, number, number] = [121.49, 31.19, 121.54, 31.24];

function decode(tiles: Map<string, Uint8Array>, zoom: number, lon: number, lat: number) {
  const { x, y } = tileOf(lon, lat, zoom);
  const bytes = tiles.get(`${zoom}/${x}/${y}`);
  if (!bytes) throw new Error(`no tile ${zoom}/${x}/${y}`);
  const tile = new VectorTile(new PbfReader(bytes) as never);
  const features = (layer: string) => {
    const found = tile.layers[layer];
    return found ? Array.from({ length: found.length }, (_, i) => found.feature(i).toGeoJSON(x, y, zoom)) : [];
  };
  return { tile, features };
}

describe('generalisation by size and class', () => {
  it('gives metres per pixel at Shanghai latitude on 512-px tiles', () => {
    expect(metresPerPixel(8)).toBeCloseTo(261.5, 0);
    expect(metresPerPixel(14)).toBeCloseTo(4.09, 1);
  });

  it('lets an area in at the zoom where it covers about 3 × 3 pixels', () => {
    expect(minzoomForArea(5_000_000)).toBe(8);
    expect(minzoomForArea(950)).toBe(13);
    expect(minzoomForArea(1)).toBe(14);
    expect(lake.minzoom).toBe(8);
    expect(pond.minzoom).toBe(13);
    expect(street.minzoom).toBe(14);
  });

  it('reads OSM classes: links as their road, Geofabrik and Overpass tunnels', () => {
    expect(sourceProperties({ highway: 'primary_link', tunnel: 'yes' })).toMatchObject({
      class: 'primary',
      tunnel: true,
    });
    expect(sourceProperties({ fclass: 'subway', tunnel: 'T' })).toMatchObject({ class: 'subway', tunnel: true });
    expect(
      toBasemapFeature(
        'transport',
        { type: 'Feature', geometry: square(121.5, 31.2, 0.001), properties: {} },
        {
          class: 'helipad',
        },
      ),
    ).toBeNull();
  });
});

describe('buildTiles on a hand-made fixture', () => {
  const tiles = buildTiles(FIXTURE, { minZoom: 8, maxZoom: 14, bounds: BOUNDS });

  it('makes every tile of the bounds for zooms 8–14 and nothing else', () => {
    const zooms = new Set([...tiles.keys()].map((key) => Number(key.split('/')[0])));
    expect([...zooms].sort((a, b) => a - b)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    const z8 = [...tiles.keys()].filter((key) => key.startsWith('8/'));
    expect(z8).toEqual([`8/${tileOf(121.5, 31.2, 8).x}/${tileOf(121.5, 31.2, 8).y}`]);
  });

  it('keeps the lake and the town from zoom 8, the pond from 13, the street from 14', () => {
    const z8 = decode(tiles, 8, 121.51, 31.21);
    expect(Object.keys(z8.tile.layers).sort()).toEqual(['place', 'water']);
    expect(z8.features('water').map((f) => f.properties?.name)).toEqual(['测试湖']);
    expect(z8.features('place')[0]?.properties).toEqual({ class: 'town', name: '测试镇' });
    // The lake shares these tiles with the pond: the pond is the feature without a name.
    const names = (zoom: number) =>
      decode(tiles, zoom, 121.5302, 31.2302)
        .features('water')
        .map((f) => f.properties?.name);
    expect(names(12)).toEqual(['测试湖']);
    expect(names(13)).toEqual(['测试湖', undefined]);
    expect(decode(tiles, 13, 121.51, 31.205).features('street')).toHaveLength(0);
    const roads = decode(tiles, 14, 121.51, 31.205).features('street');
    expect(roads.map((f) => f.properties)).toEqual([{ class: 'residential', name: '测试路', name_en: 'Test Road' }]);
  });

  it('places geometry where it was, to within a metre or so at zoom 14', () => {
    const [town14] = decode(tiles, 14, 121.51, 31.21).features('place');
    if (!town14) throw new Error('no place at zoom 14');
    const [lon = 0, lat = 0] = (town14.geometry as Point).coordinates;
    expect(Math.abs(lon - 121.51) * 95_000).toBeLessThan(1.5);
    expect(Math.abs(lat - 31.21) * 111_000).toBeLessThan(1.5);
  });

  it('writes an empty tile, not a missing one, where there is nothing', () => {
    const { x, y } = tileOf(121.491, 31.239, 14);
    expect(tiles.get(`14/${x}/${y}`)).toEqual(new Uint8Array(0));
  });
});
