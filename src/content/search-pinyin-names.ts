/**
 * Names typed in toneless pinyin that no table knows ("Xiaoyangshan", "Zhuyuan", "Bailonggang"): the
 * word is cut into pinyin syllables and the plans' text is read for a run of characters pronounced
 * so; the run whose characters hold together best wins (printed together often, seldom apart: 泰和,
 * not the 台和 of 平台和). Only for a word no dictionary knows. Pure; syllables from the lexicon.
 */
import { LEXICON } from './search-lexicon';

/** A name is two to five syllables; longer words are not names. */
const MIN_SYLLABLES = 2;
const MAX_SYLLABLES = 5;
const MAX_SPLITS = 6;

/** Every way to cut a word into pinyin syllables, fewest syllables first (xian -> xian before xi·an). */
export function syllableSplits(word: string): string[][] {
  const out: string[][] = [];
  const walk = (rest: string, parts: string[]) => {
    if (out.length >= MAX_SPLITS * 4 || parts.length > MAX_SYLLABLES) return;
    if (rest === '') {
      if (parts.length >= MIN_SYLLABLES) out.push(parts);
      return;
    }
    for (let length = Math.min(6, rest.length); length >= 1; length--) {
      const syllable = rest.slice(0, length);
      if (LEXICON.pinyin[syllable]) walk(rest.slice(length), [...parts, syllable]);
    }
  };
  walk(word, []);
  return out.sort((a, b) => a.length - b.length).slice(0, MAX_SPLITS);
}

/** How often each character occurs in a text. */
export function characterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

/** The run of `text` read as the word's syllables whose characters hold together best, or null. */
export function nameByPinyin(word: string, text: string, chars: ReadonlyMap<string, number>): string | null {
  if (!/^[a-z]{5,}$/.test(word)) return null;
  const counts = new Map<string, number>();
  for (const syllables of syllableSplits(word)) {
    const sets = syllables.map((s) => new Set(LEXICON.pinyin[s] ?? ''));
    const first = sets[0];
    if (!first) continue;
    for (let i = 0; i + sets.length <= text.length; i++) {
      if (!first.has(text.charAt(i))) continue;
      let j = 1;
      while (j < sets.length && sets[j]?.has(text.charAt(i + j))) j++;
      if (j === sets.length) {
        const run = text.slice(i, i + j);
        counts.set(run, (counts.get(run) ?? 0) + 1);
      }
    }
    if (counts.size > 0) break;
  }
  // Occurrences together over the characters' own counts (a pointwise mutual information).
  const cohesion = (run: string, count: number) =>
    Math.log(count) - [...run].reduce((sum, char) => sum + Math.log(chars.get(char) ?? 1), 0) / run.length;
  let best: string | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [run, count] of counts) {
    const score = cohesion(run, count);
    if (score > bestScore) [best, bestScore] = [run, score];
  }
  return best;
}
