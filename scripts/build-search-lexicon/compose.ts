/**
 * English for the plans' compound terms that the dictionary has no entry for (旧区改造, 联防联控,
 * 架空线入地): the plans' text is cut into dictionary words in context, runs of two to four words
 * that recur and hold together are kept as terms, and each part keeps the stems of its first
 * glosses, so a query's words can be matched to a term part by part. Also the abbreviations the
 * dictionary's four-character words make by their words' first characters (轨道交通 -> 轨交, 医疗保险 -> 医保), where the plans
 * leave them unambiguous.
 */
import { ENGLISH_FILLER, stem } from '../../src/content/search-stem';
import type { DictEntry } from './cedict';

/** Words that join or qualify, never a part of a term. */
const FUNCTION_WORDS = new Set([...'的和与及等是在了为对把将以并其之或而由从向于也都又被所着个年月日各这该']);
/** A term recurs in this many passages, and this share of its rarest part's passages hold it. */
const MIN_PASSAGES = 2;
const MIN_COHESION = 0.15;
/** Glosses read per part, and stems kept per part. */
const SENSES_PER_PART = 2;
const STEMS_PER_PART = 4;

export interface Compounds {
  /** Terms as their parts joined by "·" (旧·区·改造). */
  terms: string[];
  /** Part -> stems of its first glosses. */
  glosses: Map<string, string[]>;
  /** Abbreviation -> the one term it stands for. */
  abbreviations: Map<string, string>;
}

/**
 * Fewest-words cut of a run of Han characters into dictionary words: a single character costs more,
 * and a word the plans use often a little less (健全·联防, not 健·全联).
 * @param common 0..1, how common a word is in the plans
 */
export function segment(
  run: string,
  dictionary: ReadonlySet<string>,
  common: (word: string) => number = () => 0,
): string[] {
  const chars = [...run];
  const cost = new Array<number>(chars.length + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(chars.length + 1).fill(0);
  cost[0] = 0;
  for (let i = 0; i < chars.length; i++) {
    const here = cost[i] ?? Number.POSITIVE_INFINITY;
    if (here === Number.POSITIVE_INFINITY) continue;
    for (let length = 1; length <= 8 && i + length <= chars.length; length++) {
      const word = chars.slice(i, i + length).join('');
      if (length > 1 && !dictionary.has(word)) continue;
      const next = here + (length === 1 ? 1.5 : 1 - 0.3 * common(word));
      if (next < (cost[i + length] ?? Number.POSITIVE_INFINITY)) {
        cost[i + length] = next;
        from[i + length] = i;
      }
    }
  }
  const words: string[] = [];
  for (let end = chars.length; end > 0; end = from[end] ?? 0) words.unshift(chars.slice(from[end], end).join(''));
  return words;
}

/** Stems of a word's first glosses, content words only. */
export function glossStems(senses: readonly string[]): string[] {
  const stems = senses
    .slice(0, SENSES_PER_PART)
    .flatMap((sense) => sense.toLowerCase().match(/[a-z]+/g) ?? [])
    .filter((word) => word.length >= 3 && !ENGLISH_FILLER.has(word))
    .map(stem);
  return [...new Set(stems)].slice(0, STEMS_PER_PART);
}

/**
 * @param terms the dictionary's four-character words the plans use, in two parts (医疗·保险)
 */
function abbreviationsOf(
  terms: readonly string[][],
  sensesOf: ReadonlyMap<string, string[]>,
  corpusText: string,
): Map<string, string> {
  const candidates = new Map<string, Set<string>>();
  for (const parts of terms) {
    const term = parts.join('');
    if (parts.length !== 2 || parts.some((part) => [...part].length !== 2)) continue;
    const short = parts.map((part) => [...part][0]).join('');
    candidates.set(short, (candidates.get(short) ?? new Set()).add(term));
  }
  const out = new Map<string, string>();
  for (const [short, expansions] of [...candidates].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [term] = [...expansions];
    // One expansion only, an abbreviation the plans never print (else it may mean something else
    // there), and no dictionary word of another meaning (上市 is not 上海市场).
    if (expansions.size !== 1 || !term || corpusText.includes(short)) continue;
    const own = sensesOf.get(short);
    if (own) {
      const meaning = new Set(glossStems(own));
      const parts = segment(term, new Set(sensesOf.keys()));
      if (!parts.some((part) => glossStems(sensesOf.get(part) ?? []).some((s) => meaning.has(s)))) continue;
    }
    out.set(short, term);
  }
  return out;
}

/** Share of a term's passages that a longer term holding it must have, for the shorter to be a fragment. */
const FRAGMENT_SHARE = 0.8;

/**
 * The core of each recurring run: a fragment seen mostly inside a longer term goes (联防联 in
 * 联防联控), then a term that only adds a word to a shorter one goes (推进旧区改造 beside 旧区改造).
 */
export function coreTerms(candidates: ReadonlyMap<string, { parts: string[]; count: number }>): string[][] {
  const all = [...candidates.keys()];
  const whole = all.filter((term) => {
    const count = candidates.get(term)?.count ?? 0;
    return !all.some(
      (longer) =>
        longer !== term && longer.includes(term) && (candidates.get(longer)?.count ?? 0) >= FRAGMENT_SHARE * count,
    );
  });
  return whole
    .filter((term) => !whole.some((shorter) => shorter !== term && term.includes(shorter)))
    .map((term) => candidates.get(term)?.parts ?? []);
}

/**
 * @param texts every passage, spaces removed
 * @param entries dictionary entries
 */
export function compoundTerms(texts: readonly string[], entries: readonly DictEntry[]): Compounds {
  const sensesOf = new Map<string, string[]>();
  for (const e of entries)
    if (e.senses.length > 0 && /^\p{Script=Han}{1,8}$/u.test(e.simplified) && !sensesOf.has(e.simplified))
      sensesOf.set(e.simplified, e.senses);
  const dictionary = new Set(sensesOf.keys());
  const joined = texts.join('\n');
  const counts = new Map<string, number>();
  const common = (word: string) => {
    let count = counts.get(word);
    if (count === undefined) {
      count = joined.split(word).length - 1;
      counts.set(word, count);
    }
    return Math.min(1, Math.log10(count + 1) / 3);
  };
  const termPassages = new Map<string, { parts: string[]; passages: Set<number> }>();
  const wordPassages = new Map<string, Set<number>>();
  texts.forEach((text, id) => {
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      const words = segment(run, dictionary, common);
      for (const word of words) wordPassages.set(word, (wordPassages.get(word) ?? new Set()).add(id));
      for (let i = 0; i < words.length; i++)
        for (let n = 2; n <= 4 && i + n <= words.length; n++) {
          const parts = words.slice(i, i + n);
          if (parts.some((part) => FUNCTION_WORDS.has(part))) break;
          const term = parts.join('');
          const length = [...term].length;
          if (length < 3 || length > 6 || dictionary.has(term)) continue;
          const known = termPassages.get(term) ?? { parts, passages: new Set<number>() };
          known.passages.add(id);
          termPassages.set(term, known);
        }
    }
  });
  const candidates = new Map<string, { parts: string[]; count: number }>();
  for (const [term, { parts, passages }] of termPassages) {
    if (passages.size < MIN_PASSAGES) continue;
    const rarest = Math.min(...parts.map((part) => wordPassages.get(part)?.size ?? 1));
    if (passages.size / rarest < MIN_COHESION) continue;
    // Terms whose parts are all words of their own are already read word by word.
    if (parts.some((part) => [...part].length === 1)) candidates.set(term, { parts, count: passages.size });
  }
  const terms = coreTerms(candidates);
  // Only the dictionary's own four-character words (轨道交通, 医疗保险) are abbreviated in speech.
  const lexicalised = [...wordPassages]
    .filter(([word, passages]) => [...word].length === 4 && passages.size >= MIN_PASSAGES)
    .map(([word]) => [word.slice(0, 2), word.slice(2)])
    .filter((parts) => parts.every((part) => dictionary.has(part)));
  terms.sort((a, b) => (a.join('') < b.join('') ? -1 : 1));
  const glosses = new Map<string, string[]>();
  const usable: string[][] = [];
  for (const parts of terms) {
    const stems = parts.map((part) => glossStems(sensesOf.get(part) ?? []));
    // A term is matched part by part: two parts at least must have an English gloss.
    if (stems.filter((s) => s.length > 0).length < 2) continue;
    usable.push(parts);
    parts.forEach((part, i) => {
      if ((stems[i] ?? []).length > 0) glosses.set(part, stems[i] ?? []);
    });
  }
  return {
    terms: usable.map((parts) => parts.join('·')),
    glosses: new Map([...glosses].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    abbreviations: abbreviationsOf(lexicalised, sensesOf, joined),
  };
}
