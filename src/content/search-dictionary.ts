/**
 * English -> the plans' Chinese through CC-CEDICT reversed over the plans' words (built at build
 * time by scripts/build-search-lexicon; data CC BY-SA 4.0). Phrases first: the caller asks for the
 * longest run of words the dictionary knows. Pure.
 */
import { LEXICON } from './search-lexicon';
import { stem } from './search-stem';

export interface DictionaryHit {
  /** The plans' words, best first. */
  terms: string[];
  /** True when the word was only found inside longer glosses: weaker evidence. */
  inner: boolean;
}

const split = (table: Record<string, string>) =>
  new Map(Object.entries(table).map(([key, terms]) => [key, terms.split('|')]));

let tables: {
  exact: Map<string, string[]>;
  inner: Map<string, string[]>;
  /** Stem of a one-word gloss -> that gloss's words, the shortest gloss of the stem. */
  stems: Map<string, string[]>;
  longest: number;
  words?: string[];
  phraseWords?: Set<string>;
} | null = null;

/** Built on first use, so loading the module costs nothing until a query needs it. */
function dictionary() {
  if (!tables) {
    const exact = split(LEXICON.english);
    const stems = new Map<string, [string, string[]]>();
    for (const [key, terms] of exact) {
      if (key.includes(' ')) continue;
      const known = stems.get(stem(key));
      if (!known || key.length < known[0].length) stems.set(stem(key), [key, terms]);
    }
    tables = {
      exact,
      inner: split(LEXICON.englishInner),
      stems: new Map([...stems].map(([s, [, terms]]) => [s, terms])),
      longest: Math.max(1, ...[...exact.keys()].map((key) => key.split(' ').length)),
    };
  }
  return tables;
}

/** Longest phrase (in words) the dictionary holds. */
export function longestDictionaryPhrase(): number {
  return dictionary().longest;
}

/** The plans' words for an English phrase key (singular words, spaces between), or null. */
export function lookUpEnglish(key: string): DictionaryHit | null {
  const { exact, inner } = dictionary();
  const terms = exact.get(key);
  if (terms) return { terms, inner: false };
  const loose = key.includes(' ') ? undefined : inner.get(key);
  return loose ? { terms: loose, inner: true } : null;
}

/** The plans' words for another form of a one-word gloss ("renovation" -> renovate's), or null. */
export function lookUpStem(word: string): string[] | null {
  return dictionary().stems.get(stem(word)) ?? null;
}

/** The dictionary's one-word glosses, for typo matching. */
export function dictionaryWords(): string[] {
  const table = dictionary();
  table.words ??= [...table.exact.keys()].filter((key) => !key.includes(' '));
  return table.words;
}

/** True for a word of one of the dictionary's phrases ("north" of "north side"): a real word, not a typo. */
export function isPhraseWord(word: string): boolean {
  const table = dictionary();
  table.phraseWords ??= new Set([...table.exact.keys()].flatMap((key) => (key.includes(' ') ? key.split(' ') : [])));
  return table.phraseWords.has(word);
}
