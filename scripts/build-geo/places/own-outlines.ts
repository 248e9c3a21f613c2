import { readDataFile } from '../data-files';
import type { OsmFile, PlaceRecord } from './types';

interface OwnOutline {
  file: OsmFile;
  names: string[];
  fclass?: string[];
  note: string;
}

export function readOwnOutlines(): Record<string, OwnOutline> {
  return readDataFile<{ outlines: Record<string, OwnOutline> }>('own-outlines.json').outlines;
}

/** A record whose place has its own OSM outline is drawn from it (scripts/build-geo/data/own-outlines.json). */
export function withOwnOutline<R extends PlaceRecord>(record: R, outlines = readOwnOutlines()): R {
  const outline = outlines[record.id];
  if (!outline) return record;
  const { file, names, fclass, note } = outline;
  return { ...record, locate: { by: 'osm', file, names, ...(fclass ? { fclass } : {}) }, note };
}
