import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import type { CommonProps } from '../../../src/registry/types';

export const GEO_DIR = join(import.meta.dirname, '..', '..', '..', 'geo');
export const SOURCES_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'geo-sources');

export type BuiltCollection = FeatureCollection<Geometry, CommonProps & Record<string, unknown>>;

export function readBuilt(file: string): BuiltCollection {
  return JSON.parse(readFileSync(join(GEO_DIR, file), 'utf8')) as BuiltCollection;
}

export function readSource(relative: string): FeatureCollection {
  return JSON.parse(readFileSync(join(SOURCES_DIR, relative), 'utf8')) as FeatureCollection;
}

export function byId(collection: BuiltCollection, id: string) {
  const feature = collection.features.find((f) => f.properties.id === id);
  if (!feature) throw new Error(`no feature ${id}`);
  return feature;
}
