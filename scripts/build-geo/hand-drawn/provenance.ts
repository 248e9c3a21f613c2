import type { FeatureCollection, Geometry } from 'geojson';
import { readDataFile } from '../data-files';

/** What every hand-drawn feature carries (data/hand-drawn.schema.json): where it comes from and how far off it may be. */
export interface Provenance {
  source: string;
  accuracy: 'approximate';
  accuracy_m: number;
  note: string;
}

/** The features of a hand-drawn GeoJSON file of scripts/build-geo/data/ (QGIS opens and saves it), checked against its schema. */
export function readHandDrawn<G extends Geometry, P extends Provenance>(
  file: string,
): FeatureCollection<G, P>['features'] {
  return readDataFile<FeatureCollection<G, P>>(file).features;
}
