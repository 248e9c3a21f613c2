import { readDataFile } from '../data-files';
import type { PlaceRecord } from './types';

/**
 * Culture, sports, science, medical and city facilities the plans name, kept as data a planner can
 * edit: scripts/build-geo/data/facilities.json, checked against place-records.schema.json when read.
 */
export const FACILITIES: PlaceRecord[] = readDataFile<{ records: PlaceRecord[] }>('facilities.json').records;
