/**
 * CC-CEDICT reversed over the plans' own words: English phrase -> the Chinese words of the corpus
 * that the dictionary glosses with it, best first. A word's weight for a phrase is the gloss's
 * specificity (1 / sqrt of the word's number of senses; a phrase that is the whole gloss beats a
 * word inside a longer gloss) times the word's IDF in the corpus (ubiquitous words such as 发展
 * say little).
 */
import { ENGLISH_FILLER } from '../../src/content/search-stem';
import { phraseKey } from '../../src/content/search-vocabulary';
import type { DictEntry } from './cedict';

/** Terms kept per English phrase, and how close to the best a term must weigh to be kept. */
const MAX_TERMS = 4;
const KEEP_SHARE = 0.35;
/**
 * What a word weighs beside its IDF (0..1): enough that the usual translation (information 信息)
 * is kept beside rarer ones; the index's own BM25 weighs how rare each word is.
 */
const IDF_FLOOR = 1;
/** A word inside a longer gloss counts this much of the whole gloss. */
const INNER_WORD = 0.3;

export interface EnglishMap {
  /** Phrase (singular words, spaces between) -> corpus words, best first. */
  exact: Map<string, string[]>;
  /** Single English words found only inside longer glosses -> corpus words (weaker evidence). */
  inner: Map<string, string[]>;
}

const contentWord = (word: string) => word.length >= 3 && !ENGLISH_FILLER.has(word) && !/^\d+$/.test(word);
/** Phrases people type: up to three words, starting and ending with a word that means something. */
const typedPhrase = (words: readonly string[]) =>
  words.length <= 3 && contentWord(words[0] ?? '') && contentWord(words[words.length - 1] ?? '');

function best(scored: Map<string, Map<string, number>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, terms] of [...scored].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const ranked = [...terms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = ranked[0]?.[1] ?? 0;
    out.set(
      key,
      ranked
        .filter(([, weight]) => weight >= top * KEEP_SHARE)
        .slice(0, MAX_TERMS)
        .map(([term]) => term),
    );
  }
  return out;
}

function add(table: Map<string, Map<string, number>>, key: string, term: string, weight: number): void {
  const terms = table.get(key) ?? new Map<string, number>();
  terms.set(term, Math.max(terms.get(term) ?? 0, weight));
  table.set(key, terms);
}

/**
 * @param entries dictionary entries
 * @param df number of passages holding each word (absent = not in the corpus)
 * @param passages number of passages
 * @param corpusChars the characters the plans use
 */
export function reverseDictionary(
  entries: readonly DictEntry[],
  df: ReadonlyMap<string, number>,
  passages: number,
  corpusChars: ReadonlySet<string>,
): EnglishMap {
  const sensesOf = new Map<string, Set<string>>();
  // An English word whose first translation is one character (new 新, old 旧, lake 湖) has no
  // indexable word of its own: words that list it among other senses (新任, 新奇) would mislead.
  const oneCharacter = new Set<string>();
  const firstSenses = new Set<string>();
  for (const entry of entries) {
    const word = entry.simplified;
    const first = phraseKey(entry.senses[0] ?? '');
    if (word.length === 1 && corpusChars.has(word)) oneCharacter.add(first);
    if (!/^\p{Script=Han}{2,8}$/u.test(word) || !df.has(word)) continue;
    // A word that means chiefly this (its first of at most three senses) is a translation of its own.
    if (entry.senses.length <= 3) firstSenses.add(first);
    const keys = sensesOf.get(word) ?? new Set<string>();
    for (const sense of entry.senses) {
      const key = phraseKey(sense);
      if (typedPhrase(key.split(' ')) && !key.includes("'")) keys.add(key);
    }
    if (keys.size > 0) sensesOf.set(word, keys);
  }
  const misleading = (key: string) => oneCharacter.has(key) && !firstSenses.has(key);
  const maxIdf = Math.log(passages);
  const exact = new Map<string, Map<string, number>>();
  const inner = new Map<string, Map<string, number>>();
  for (const [word, keys] of sensesOf) {
    const idf = Math.log(passages / (df.get(word) ?? passages)) / maxIdf;
    const specificity = 1 / Math.sqrt(keys.size);
    for (const key of keys) {
      const words = key.split(' ');
      if (misleading(key)) continue;
      add(exact, key, word, specificity * (IDF_FLOOR + idf));
      if (words.length > 1)
        for (const inside of words.filter(contentWord))
          add(inner, inside, word, (INNER_WORD * specificity * (IDF_FLOOR + idf)) / words.length);
    }
  }
  for (const key of inner.keys()) if (exact.has(key) || misleading(key)) inner.delete(key);
  return { exact: best(exact), inner: best(inner) };
}
