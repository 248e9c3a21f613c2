/**
 * The plans' terms by their English glosses (search-terms-en*.ts), read word by word: a query that
 * holds every content word of a gloss, in any order and any form ("power cables buried" for
 * "burying power cables"), asks for the term; a gloss of four words or more also matches with one
 * word missing, a little weaker. Whole glosses typed as phrases are read by the vocabulary itself.
 * Pure.
 */
import { ENGLISH_FILLER, singular, stem } from './search-stem';
import { TERMS_EN_CITY } from './search-terms-en';
import { TERMS_EN_ECONOMY } from './search-terms-en-economy';
import { normalise } from './search-text';

export const TERMS_EN = `${TERMS_EN_CITY}${TERMS_EN_ECONOMY}`;

export interface TermGloss {
  /** The plans' term, as the index reads it (normalised, no spaces). */
  term: string;
  /** Everyday English for it, normalised. */
  glosses: string[];
}

/** Lines "term = gloss|gloss" of the English gloss tables. */
export function termGlosses(table = TERMS_EN): TermGloss[] {
  return table
    .split('\n')
    .map((line) => line.match(/^(.+?) = (.+)$/))
    .flatMap((m) =>
      m?.[1] && m[2]
        ? [{ term: normalise(m[1]).replace(/\s+/g, ''), glosses: m[2].split('|').map((g) => normalise(g).trim()) }]
        : [],
    );
}

/** Words that say what is asked about (two letters count: "ev", "ai", "5g"). */
export const contentWords = (words: readonly string[]) =>
  words.map(singular).filter((word) => word.length >= 2 && !ENGLISH_FILLER.has(word));

/** Glosses of this many content words or more also match with one of them missing. */
const PARTIAL_FROM = 4;

interface StemmedGloss {
  term: string;
  stems: string[];
}

export interface GlossIndex {
  /** Stem -> the glosses of two content words or more that hold it. */
  byStem: Map<string, StemmedGloss[]>;
}

export function buildGlossIndex(entries: readonly TermGloss[] = termGlosses()): GlossIndex {
  const byStem = new Map<string, StemmedGloss[]>();
  for (const { term, glosses } of entries)
    for (const gloss of glosses) {
      const stems = [...new Set(contentWords(gloss.split(/[^a-z0-9&']+/).filter(Boolean)).map(stem))];
      if (stems.length < 2) continue;
      const entry = { term, stems };
      for (const s of stems) byStem.set(s, [...(byStem.get(s) ?? []), entry]);
    }
  return { byStem };
}

/**
 * The plans' terms whose glosses a query's words hold, best first: every word of a gloss found
 * scores its number of words; all but one of three or more, one less.
 */
export function glossedTerms(words: readonly string[], index: GlossIndex, limit = 3): string[] {
  const typed = new Set(contentWords(words).map(stem));
  const scores = new Map<string, number>();
  const seen = new Set<StemmedGloss>();
  for (const s of typed)
    for (const gloss of index.byStem.get(s) ?? []) {
      if (seen.has(gloss)) continue;
      seen.add(gloss);
      const found = gloss.stems.filter((x) => typed.has(x)).length;
      const missing = gloss.stems.length - found;
      const score = missing === 0 ? found : missing === 1 && gloss.stems.length >= PARTIAL_FROM ? found - 1 : 0;
      if (score > (scores.get(gloss.term) ?? 0)) scores.set(gloss.term, score);
    }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
    .slice(0, limit)
    .map(([term]) => term);
}
