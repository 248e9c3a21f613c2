import { groupOf } from './city-gazetteer';
import type { SearchResult } from './search';

/** How the list groups results: the city gazetteer's places, streets and stations, plan places, passages. */
export type ResultGroup = 'places' | 'streets' | 'stations' | 'plan-places' | 'passages';

export function resultGroup(result: SearchResult): ResultGroup {
  if (result.kind === 'city') return groupOf(result.city.kind);
  return result.kind === 'place' ? 'plan-places' : 'passages';
}
