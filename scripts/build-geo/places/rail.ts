import { readDataFile } from '../data-files';
import type { PlaceRecord } from './types';

/**
 * National and intercity rail the plans name (operating lines from the OSM track, planned lines
 * schematic through the stations the plans name, the freight lines) and the metro lines the rail
 * layer draws, kept as data: scripts/build-geo/data/rail.json, checked against place-records.schema.json.
 */
export const RAIL: PlaceRecord[] = readDataFile<{ records: PlaceRecord[] }>('rail.json').records;
