/**
 * Homophone and one-character slips (嘉定新成 -> 嘉定新城, 黄埔江 -> 黄浦江): a run of the query that
 * the plans never print, read in toneless pinyin (close initials and finals folded: zh/z, l/n,
 * -ng/-n), is matched against the plans' words read the same way; a word of four or more
 * characters also matches with any one character different. Pure; tables from the lexicon.
 */
import { LEXICON } from './search-lexicon';

/** A slip found in a query: the characters typed and the plans' words they most likely meant. */
export interface Slip {
  typed: string;
  meant: string[];
}

export interface SlipIndex {
  words: Set<string>;
  byReading: Map<string, string[]>;
  byMask: Map<string, string[]>;
}

/** Readings a word may have: every polyphone's readings, up to this many combinations. */
const MAX_READINGS = 16;
const MIN_LENGTH = 3;
const MAX_LENGTH = 8;

const fold = (syllable: string) =>
  syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^l/, 'n')
    .replace(/ng$/, 'n');

let readingTable: Map<string, string[]> | null = null;

function readingsOf(char: string): string[] {
  if (!readingTable) {
    readingTable = new Map();
    for (const [syllable, chars] of Object.entries(LEXICON.pinyin))
      for (const c of chars) readingTable.set(c, [...new Set([...(readingTable.get(c) ?? []), fold(syllable)])]);
  }
  return readingTable.get(char) ?? [];
}

/** "嘉定新城" -> ["jia din xin cen"]; null when a character has no known reading. */
export function readings(text: string): string[] | null {
  let out = [''];
  for (const char of text) {
    const own = readingsOf(char);
    if (own.length === 0) return null;
    out = out.flatMap((prefix) => own.map((r) => (prefix ? `${prefix} ${r}` : r))).slice(0, MAX_READINGS);
  }
  return out;
}

const masks = (word: string) => {
  const chars = [...word];
  return chars.map((_, i) => [...chars.slice(0, i), '?', ...chars.slice(i + 1)].join(''));
};

function push(table: Map<string, string[]>, key: string, word: string): void {
  const list = table.get(key);
  if (!list) table.set(key, [word]);
  else if (!list.includes(word)) list.push(word);
}

/** The plans' words (dictionary words, names, glossary and concept terms) indexed by reading and by mask. */
export function buildSlipIndex(candidates: Iterable<string>): SlipIndex {
  const index: SlipIndex = { words: new Set(), byReading: new Map(), byMask: new Map() };
  for (const word of candidates) {
    const length = [...word].length;
    if (length < MIN_LENGTH || length > MAX_LENGTH || !/^\p{Script=Han}+$/u.test(word) || index.words.has(word))
      continue;
    index.words.add(word);
    for (const key of readings(word) ?? []) push(index.byReading, key, word);
    if (length >= 4) for (const mask of masks(word)) push(index.byMask, mask, word);
  }
  return index;
}

/** What a window of the query may have meant: homophones first, then one-character slips. */
function meant(window: string, index: SlipIndex): string[] {
  const homophones = [...new Set((readings(window) ?? []).flatMap((key) => index.byReading.get(key) ?? []))];
  if (homophones.length > 0 || [...window].length < 4) return homophones.filter((w) => w !== window);
  return [...new Set(masks(window).flatMap((mask) => index.byMask.get(mask) ?? []))];
}

/**
 * Slips in a run of Han characters, longest first and not overlapping. A window that is a known
 * word, or that the plans print (`printed`), is never a slip.
 */
export function findSlips(run: string, index: SlipIndex, printed: (text: string) => boolean): Slip[] {
  const chars = [...run];
  const covered = new Array<boolean>(chars.length).fill(false);
  const slips: Slip[] = [];
  for (let length = Math.min(MAX_LENGTH, chars.length); length >= MIN_LENGTH; length--) {
    for (let start = 0; start + length <= chars.length; start++) {
      if (covered.slice(start, start + length).some(Boolean)) continue;
      const window = chars.slice(start, start + length).join('');
      const found = index.words.has(window) ? [] : meant(window, index);
      if (!index.words.has(window) && (found.length === 0 || printed(window))) continue;
      covered.fill(true, start, start + length);
      if (found.length > 0) slips.push({ typed: window, meant: found.slice(0, 3) });
    }
  }
  return slips;
}
