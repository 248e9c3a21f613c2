import { readDataFile } from '../data-files';
import type { PlaceRecord } from './types';

/**
 * Places the plans name that other layers of the registry already draw, kept as data:
 * scripts/build-geo/data/drawn-elsewhere.json, checked against place-records.schema.json when read.
 */
export const DRAWN_ELSEWHERE: PlaceRecord[] = readDataFile<{ records: PlaceRecord[] }>('drawn-elsewhere.json').records;
