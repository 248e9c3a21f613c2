import { readDataFile } from '../data-files';
import type { PlaceRecord } from './types';

interface CataloguePark {
  id: string;
  at: [number, number];
  accuracy_m: number;
  district: string;
  from: string;
  /** Other words the plans use for the park. */
  aliases?: string[];
}

/**
 * Centres of the characteristic industrial parks of shared/geo-sources/industrial-parks/, placed by
 * hand inside the box of the roads their 四至 names, keyed by name_zh: scripts/build-geo/data/
 * industrial-catalogue.json, checked against industrial-catalogue.schema.json when read.
 */
export const CATALOGUE_PARKS: Record<string, CataloguePark> = readDataFile<{ parks: Record<string, CataloguePark> }>(
  'industrial-catalogue.json',
).parks;

/** Industrial bases and medical parks the plans name, outside the catalogue: data/industrial-bases.json. */
export const INDUSTRIAL_BASES: PlaceRecord[] = readDataFile<{ records: PlaceRecord[] }>(
  'industrial-bases.json',
).records;
