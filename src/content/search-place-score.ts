/**
 * How well a place of the plans matches a query by its names: exactly (100), by a name starting
 * with it (about 80), holding it (60), holding all its words (58) or every concept it was read as
 * (55). Pure.
 */
import type { Place } from './gazetteer';
import { isHan } from './search-text';

export interface NamedPlace {
  place: Place;
  names: string[];
}

/** Each word of a Latin query starts a word of the name, in any order: "hongqiao hub" names "Hongqiao Transport Hub". */
function wordsStartWords(queryWords: readonly string[], candidate: string): boolean {
  const words = candidate.split(/[^a-z0-9]+/).filter(Boolean);
  return queryWords.every((q) => words.some((word) => word.startsWith(q)));
}

/**
 * Every concept of the query, read in the plans' words (English and pinyin translated), is in one
 * of the place's names: "free trade zone Lingang" names 自贸试验区临港新片区.
 */
function namesEveryConcept(names: readonly string[], concepts: readonly (readonly string[])[]): boolean {
  return (
    concepts.length > 0 &&
    concepts.every((terms) =>
      terms.some((term) => isHan(term) && term.length >= 2 && names.some((n) => n.includes(term))),
    )
  );
}

/**
 * A name holds the query: Chinese anywhere, Latin letters at the start of a word ("Greater
 * Xintiandi" holds "xintiandi"; "Maglev" does not hold "ev").
 */
function holds(name: string, query: string): boolean {
  const at = name.indexOf(query);
  if (at < 0 || isHan(query)) return at >= 0;
  for (let i = at; i >= 0; i = name.indexOf(query, i + 1))
    if (i === 0 || !/[a-z0-9]/.test(name.charAt(i - 1))) return true;
  return false;
}

export function placeScore(
  { place, names }: NamedPlace,
  query: string,
  named: ReadonlySet<string>,
  concepts: readonly (readonly string[])[],
): number {
  let best = named.has(place.id) ? 90 : namesEveryConcept(names, concepts) ? 55 : 0;
  const queryWords = query.split(/[^a-z0-9]+/).filter((word) => word.length >= 2);
  for (const candidate of names) {
    if (candidate === query || candidate === `the ${query}`) best = Math.max(best, 100);
    else if (candidate.startsWith(query)) best = Math.max(best, 80 - (candidate.length - query.length) * 0.1);
    else if (query.length >= 2 && holds(candidate, query)) best = Math.max(best, 60);
    else if (queryWords.length >= 2 && wordsStartWords(queryWords, candidate)) {
      best = Math.max(best, 58 - candidate.length * 0.01);
    }
  }
  return best;
}
