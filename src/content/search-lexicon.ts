/**
 * The lexicon the search reads queries with, built by scripts/build-search-lexicon from the plans
 * and shipped as text/search-lexicon.json inside the lazily loaded search chunk. English data:
 * CC-CEDICT (CC BY-SA 4.0).
 */
import data from '../../text/search-lexicon.json';

export interface SearchLexicon {
  version: 1;
  credit: string;
  /** English phrase (singular words) -> the plans' Chinese words it glosses, best first, "|"-joined. */
  english: Record<string, string>;
  /** English word found only inside longer glosses -> Chinese words (weaker), "|"-joined. */
  englishInner: Record<string, string>;
  /** Toneless syllable -> the characters read so. */
  pinyin: Record<string, string>;
  /** Dictionary words of three or more characters that the plans use, "|"-joined. */
  words: string;
  /** The plans' compound terms no entry glosses whole, parts joined by "·", "|"-joined (旧·区·改造). */
  compounds: string;
  /** Part of a compound term -> the stems of its glosses, space separated. */
  glosses: Record<string, string>;
  /** Abbreviation made of its words' first characters -> the plans' term (轨交 -> 轨道交通). */
  abbreviations: Record<string, string>;
  /** SHA-256 of what the lexicon is built from (the plans' text, the dictionary, the build code). */
  inputsHash: string;
}

export const LEXICON = data as SearchLexicon;
