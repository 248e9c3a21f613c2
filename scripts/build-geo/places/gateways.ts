import { readDataFile } from '../data-files';
import type { PlaceRecord } from './types';

/**
 * Airports, seaports and port areas, railway hubs and the stations the plans name, kept as data:
 * scripts/build-geo/data/gateways.json, checked against place-records.schema.json when read.
 */
export const GATEWAYS: PlaceRecord[] = readDataFile<{ records: PlaceRecord[] }>('gateways.json').records;
