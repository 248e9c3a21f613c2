/**
 * Slips of the keyboard: an edit distance that counts a swap of neighbouring letters as one edit,
 * and the known word a mistyped one most likely meant. Pure.
 */

/**
 * Edit distance, two neighbouring letters swapped counting as one edit ("jaiding" for "jiading"),
 * stopping early once it passes `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** A key with the set of letters it holds (a bit each for a–z), for a cheap bound before edit distance. */
interface IndexedKey {
  order: number;
  key: string;
  letters: number;
}

function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - 97;
    if (letter >= 0 && letter < 26) set |= 1 << letter;
  }
  return set;
}

function bitCount(set: number): number {
  let count = 0;
  for (let rest = set; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** One-word keys by length, so a typo meets only words within reach. */
const wordsByLength = new WeakMap<object, Map<number, IndexedKey[]>>();

function byLength(source: object, keys: Iterable<string>): Map<number, IndexedKey[]> {
  let buckets = wordsByLength.get(source);
  if (!buckets) {
    buckets = new Map();
    let order = 0;
    for (const key of keys) {
      order++;
      if (key.includes(' ')) continue;
      const entry = { order, key, letters: letterSet(key) };
      const bucket = buckets.get(key.length);
      if (bucket) bucket.push(entry);
      else buckets.set(key.length, [entry]);
    }
    wordsByLength.set(source, buckets);
  }
  return buckets;
}

/**
 * A one-word key a mistyped word most likely meant ("greenwya" -> "greenway") among `keys`, the
 * first in the source's order on a tie (`source` is the collection they come from, the cache's key).
 * Each letter one word has and the other lacks costs at least one edit, which rules most keys out
 * before the edit distance is computed.
 */
export function nearestWord(word: string, source: object, keys: () => Iterable<string>): string | null {
  if (word.length < 5 || /\d/.test(word)) return null;
  const max = word.length >= 8 ? 2 : 1;
  const letters = letterSet(word);
  let best: IndexedKey | null = null;
  let bestDistance = max + 1;
  const buckets = byLength(source, keys());
  for (let length = word.length - max; length <= word.length + max; length++) {
    for (const entry of buckets.get(length) ?? []) {
      if (Math.max(bitCount(letters & ~entry.letters), bitCount(entry.letters & ~letters)) > max) continue;
      const distance = editDistance(word, entry.key, max);
      if (distance < bestDistance || (distance === bestDistance && best && entry.order < best.order)) {
        best = entry;
        bestDistance = distance;
      }
    }
  }
  return best?.key ?? null;
}
