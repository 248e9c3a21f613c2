import { readDataFile } from '../data-files';
import type { PlaceRecord } from './types';

/**
 * Key areas (功能区) the plans name, kept as data a planner can edit: scripts/build-geo/data/key-areas.json,
 * checked against place-records.schema.json when read.
 */
export const KEY_AREAS: PlaceRecord[] = readDataFile<{ records: PlaceRecord[] }>('key-areas.json').records;
