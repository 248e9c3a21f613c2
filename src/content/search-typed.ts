/**
 * Latin words as people type them into a search box, made into words the query reader knows:
 * syllables typed apart ("song jiang", "xin cheng") joined, words run together ("suzhoucreek",
 * "freetradezone") split, and the last word, still being typed ("hongq", "new tow"), completed from
 * the names and phrases the vocabulary knows. Pure; a word the reader already knows stays as typed.
 */
import { isPhraseWord, lookUpEnglish, lookUpStem } from './search-dictionary';
import { LEXICON } from './search-lexicon';
import { syllableSplits } from './search-pinyin-names';
import { singular, stemKey } from './search-stem';
import type { Vocabulary } from './search-vocabulary';

/** A word the reader translates as it is: a phrase, another form of one, or a dictionary word. */
function knownWord(word: string, vocabulary: Vocabulary): boolean {
  const key = singular(word);
  return (
    vocabulary.phrases.has(key) ||
    vocabulary.stemmedPhrases.has(stemKey(key)) ||
    lookUpEnglish(key) !== null ||
    lookUpStem(word) !== null
  );
}

const isSyllable = (word: string) => LEXICON.pinyin[word] !== undefined;
/** Syllables typed apart that make one name at most (a name is two to five syllables). */
const MAX_SYLLABLES = 5;

/**
 * Runs of pinyin syllables typed apart, joined when together they are a name the vocabulary knows
 * ("song jiang" -> songjiang) or, when no syllable is an English word, the plans print them
 * ("xin cheng" -> xincheng, 新城). Longest run first.
 */
function joinSyllables(words: readonly string[], vocabulary: Vocabulary): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let joined = 0;
    for (let end = Math.min(words.length, i + MAX_SYLLABLES); end >= i + 2 && joined === 0; end--) {
      const run = words.slice(i, end);
      if (!run.every(isSyllable)) continue;
      const word = run.join('');
      const named = vocabulary.phrases.has(word);
      const pinyin = !named && run.some((w) => !knownWord(w, vocabulary)) && vocabulary.byPinyin(word) !== null;
      if (named || pinyin) {
        out.push(word);
        joined = run.length;
      }
    }
    if (joined === 0) out.push(words[i] ?? '');
    i += Math.max(joined, 1);
  }
  return out;
}

/** Words of the vocabulary's English phrases, cached per vocabulary. */
const phraseWordsOf = new WeakMap<object, Set<string>>();
/** The vocabulary's phrase keys in sorted order, for prefix look-ups. */
const sortedKeysOf = new WeakMap<object, string[]>();

function phraseWords(vocabulary: Vocabulary): Set<string> {
  let words = phraseWordsOf.get(vocabulary.phrases);
  if (!words) {
    words = new Set([...vocabulary.phrases.keys()].flatMap((key) => key.split(' ')).filter((w) => w.length >= 2));
    phraseWordsOf.set(vocabulary.phrases, words);
  }
  return words;
}

/** Pieces a run-together word splits into at most, and the shortest piece. */
const MAX_PIECES = 4;
const MIN_PIECE = 3;

/**
 * A word of seven letters or more that no table knows and that is not pinyin, split into the
 * fewest words the phrases or the dictionary know ("huangpuriver" -> huangpu river), or null.
 */
function splitRunTogether(word: string, vocabulary: Vocabulary): string[] | null {
  if (word.length < 7 || !/^[a-z]+$/.test(word) || knownWord(word, vocabulary)) return null;
  if (syllableSplits(word).length > 0) return null;
  const words = phraseWords(vocabulary);
  const isWord = (piece: string) => piece.length >= MIN_PIECE && (words.has(piece) || lookUpEnglish(piece) !== null);
  // best[i]: the fewest pieces that spell word.slice(0, i).
  const best: (string[] | null)[] = [[], ...new Array<string[] | null>(word.length).fill(null)];
  for (let end = 1; end <= word.length; end++)
    for (let start = Math.max(0, end - 24); start < end; start++) {
      const before = best[start];
      const piece = word.slice(start, end);
      if (!before || before.length >= MAX_PIECES || !isWord(piece)) continue;
      const current = best[end];
      if (!current || before.length + 1 < current.length) best[end] = [...before, piece];
    }
  const pieces = best[word.length];
  return pieces && pieces.length >= 2 ? pieces : null;
}

function sortedKeys(vocabulary: Vocabulary): string[] {
  let keys = sortedKeysOf.get(vocabulary.phrases);
  if (!keys) {
    keys = [...vocabulary.phrases.keys()].sort();
    sortedKeysOf.set(vocabulary.phrases, keys);
  }
  return keys;
}

/** The shortest phrase key starting with `prefix`, or null (binary search over the sorted keys). */
function shortestKeyStarting(prefix: string, keys: readonly string[]): string | null {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((keys[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  let best: string | null = null;
  for (let i = low; i < keys.length && (keys[i] ?? '').startsWith(prefix); i++) {
    const key = keys[i] ?? '';
    if (!best || key.length < best.length) best = key;
  }
  return best;
}

/** Words before the one being typed that a completion may continue ("new" of "new tow"). */
const CONTEXT = 3;

/**
 * The last word, still being typed, completed to a word of a phrase the vocabulary knows: with the
 * words before it when they start that phrase ("new tow" -> town, of "new town"), else alone when
 * no table knows it and it is not one whole syllable ("hongq" -> hongqiao). A known word is only
 * completed within a phrase.
 */
function completeLast(words: readonly string[], vocabulary: Vocabulary): string[] {
  const last = words.at(-1) ?? '';
  if (!/^[a-z]{2,}$/.test(last)) return [...words];
  const keys = sortedKeys(vocabulary);
  // A whole word ("water" of "water quality"), or one whole syllable ("song", "jiang"), starts too
  // many names to guess one alone.
  const whole =
    knownWord(last, vocabulary) || phraseWords(vocabulary).has(last) || isPhraseWord(last) || isSyllable(last);
  const alone = !whole && last.length >= 3;
  for (let n = Math.min(CONTEXT, words.length - 1); n >= (alone ? 0 : 1); n--) {
    const before = words.slice(words.length - 1 - n, -1).map(singular);
    const typed = [...before, last].join(' ');
    if (vocabulary.phrases.has([...before, singular(last)].join(' '))) return [...words];
    const key = shortestKeyStarting(typed, keys);
    const completed = key?.split(' ')[n];
    if (completed && completed !== last) return [...words.slice(0, -1), completed];
  }
  return [...words];
}

/**
 * The words of one Latin run of a query, as the reader should see them. `typing`: the query does
 * not end in a space, so its last word may be unfinished.
 */
export function typedWords(words: readonly string[], vocabulary: Vocabulary, typing: boolean): string[] {
  const split = words.flatMap((word) => splitRunTogether(word, vocabulary) ?? [word]);
  const joined = joinSyllables(split, vocabulary);
  return typing ? completeLast(joined, vocabulary) : joined;
}
