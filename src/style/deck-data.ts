import type { Feature, Geometry, Position } from 'geojson';
import type { RailStatus } from '../registry/types';

export interface PathDatum {
  path: Position[];
  feature: Feature<Geometry, Record<string, unknown>>;
}

/** deck.gl's PathLayer draws one path per datum: split multi-lines, keep the feature for picking. */
export function toPaths(features: readonly Feature<Geometry, Record<string, unknown>>[]): PathDatum[] {
  return features.flatMap((feature) => {
    const geometry = feature.geometry;
    if (geometry.type === 'LineString') return [{ path: geometry.coordinates, feature }];
    if (geometry.type === 'MultiLineString') return geometry.coordinates.map((path) => ({ path, feature }));
    return [];
  });
}

/** Dash pattern [dash, gap] in line widths: solid for operating lines, dashed otherwise. */
export function dashFor(status: unknown): [number, number] {
  const dashes: Record<RailStatus, [number, number]> = {
    operating: [0, 0],
    'under-construction': [4, 2],
    planned: [1, 2.5],
  };
  return dashes[status as RailStatus] ?? [0, 0];
}

/**
 * Opacity by status: lines being built are drawn in full colour (long dashes), lines only planned
 * are paler (short dots), so the two read apart even where they run side by side.
 */
export function statusAlpha(status: unknown): number {
  return status === 'planned' ? 150 : 255;
}
