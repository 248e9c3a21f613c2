import type { Feature, Geometry, Position } from 'geojson';
import type { CommonProps } from '../../src/registry/types';

/** Six decimals is 0.1 m: finer than any source, coarse enough to keep files small. */
const PRECISION = 1e6;

export function roundPosition(position: Position): Position {
  return position.slice(0, 2).map((value) => Math.round(value * PRECISION) / PRECISION);
}

/** Rounding can make neighbours equal; a repeated vertex makes a ring invalid, so drop it. */
function roundPath(path: Position[]): Position[] {
  const rounded = path.map(roundPosition);
  return rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1]?.[0] || p[1] !== rounded[i - 1]?.[1]);
}

export function roundGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(geometry.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: geometry.coordinates.map(roundPosition) };
    case 'LineString':
      return { type: 'LineString', coordinates: roundPath(geometry.coordinates) };
    case 'MultiLineString':
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map(roundPath) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(roundPath)) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map(roundGeometry) };
  }
}

export type LayerFeature<P extends object = object> = Feature<Geometry, CommonProps & P>;

export function makeFeature<P extends object>(props: CommonProps & P, geometry: Geometry): LayerFeature<P> {
  const ordered = { ...props };
  if (ordered.note === undefined) delete ordered.note;
  return {
    type: 'Feature',
    properties: ordered,
    geometry: roundGeometry(geometry),
  };
}
