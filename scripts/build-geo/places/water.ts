import { readDataFile } from '../data-files';
import type { PlaceRecord } from './types';

/**
 * Rivers, lakes, the estuary and islands the plans name, from the OSM water areas and waterways,
 * kept as data: scripts/build-geo/data/water.json, checked against place-records.schema.json when read.
 */
export const WATER: PlaceRecord[] = readDataFile<{ records: PlaceRecord[] }>('water.json').records;
