import { readDataFile } from '../data-files';
import type { Locate, PlaceRecord } from './types';

interface Placement {
  locate: Locate;
  districts?: string[];
  note?: string;
  evidence: { url: string; title: string; says: string }[];
}

/** Where places once left off the map are, with the pages that say so (scripts/build-geo/data/placements.json). */
export function readPlacements(): Record<string, Placement> {
  return readDataFile<{ placements: Record<string, Placement> }>('placements.json').placements;
}

/** The records with their placements applied; a placement that names no record is an error, not a silent no-op. */
export function withPlacements<R extends PlaceRecord>(records: readonly R[], placements = readPlacements()): R[] {
  const ids = new Set(records.map((r) => r.id));
  const orphans = Object.keys(placements).filter((id) => !ids.has(id));
  if (orphans.length) throw new Error(`scripts/build-geo/data/placements.json: no record ${orphans.join(', ')}`);
  return records.map((record) => {
    const placed = placements[record.id];
    if (!placed) return record;
    const pages = placed.evidence.map((e) => `${e.title}, ${e.url}`).join('; ');
    const note = placed.note ? `${placed.note} (site: ${pages})` : `Site: ${pages}`;
    return { ...record, locate: placed.locate, districts: placed.districts ?? record.districts, note };
  });
}
