import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../io';
import type { OsmFile, PlaceRecord } from './types';

export const OWN_OUTLINES_FILE = 'scripts/build-geo/data/own-outlines.json';

interface OwnOutline {
  file: OsmFile;
  names: string[];
  note: string;
}

export function readOwnOutlines(): Record<string, OwnOutline> {
  return (
    JSON.parse(readFileSync(join(REPO_ROOT, OWN_OUTLINES_FILE), 'utf8')) as { outlines: Record<string, OwnOutline> }
  ).outlines;
}

/** A record whose place has its own OSM outline is drawn from it (scripts/build-geo/data/own-outlines.json). */
export function withOwnOutline<R extends PlaceRecord>(record: R, outlines = readOwnOutlines()): R {
  const outline = outlines[record.id];
  if (!outline) return record;
  return { ...record, locate: { by: 'osm', file: outline.file, names: outline.names }, note: outline.note };
}
