import { readDataFile } from '../data-files';

/**
 * Words of the plans that look like place names (they end in 新城, 基地, 枢纽 …) but name a kind of
 * place, a programme or a function, not one place. The inventory test reads every such candidate in
 * the texts and fails on one that is neither an inventory place nor listed in
 * scripts/build-geo/data/not-places.json with its reason (checked against not-places.schema.json).
 */
const NOT_PLACES = readDataFile<{ terms: Record<string, string>; leadingWords: string[] }>('not-places.json');

export const NOT_PLACE_TERMS: Readonly<Record<string, string>> = NOT_PLACES.terms;

/** Leading verbs and quantifiers the candidate scan strips before looking a term up (the schema allows only Chinese characters). */
export const LEADING_WORDS = new RegExp(`^(${NOT_PLACES.leadingWords.join('|')})+`);
