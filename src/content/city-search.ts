/**
 * Ranks the city gazetteer's names against a query: exact name, then prefix, then a word or part of
 * it, in Chinese, English or toneless pinyin; a kind's weight breaks near-ties (a town before a
 * village). Suggestions for an unknown word come from the same names. Pure; no map, no DOM.
 */
import { type CityPlace, type CityPlaceKind, groupOf } from './city-gazetteer';
import { editDistance } from './search-query';
import { isHan, normalise } from './search-text';

/** Towns and stations before villages of a similar match; a few points, never more than a match level. */
const KIND_WEIGHT: Readonly<Record<CityPlaceKind, number>> = {
  district: 10,
  station: 8,
  town: 8,
  subdistrict: 6,
  island: 5,
  street: 5,
  park: 5,
  water: 5,
  locality: 3,
  village: 3,
  landuse: 2,
  hamlet: 1,
};

/** Letters and digits only: "Qi Bao" and "qibao" are one spelling. */
const compact = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');

interface IndexedPlace {
  place: CityPlace;
  zh: string;
  /** English and pinyin, lower case, without spaces or punctuation. */
  latin: string[];
  /** English words, for "square people's"-style word queries. */
  words: string[];
}

export interface CityHit {
  place: CityPlace;
  score: number;
}

export interface CityIndex {
  search(query: string, limit?: number): CityHit[];
  suggest(query: string, limit?: number): string[];
}

/** How well a name matches the query q (already compact): 100 exact, ~80 prefix, 65 words, 55 contains. */
function quality(entry: IndexedPlace, q: string, han: boolean, words: readonly string[]): number {
  const forms = han ? [entry.zh] : entry.latin;
  let best = 0;
  for (const form of forms) {
    if (form === q) return 100;
    if (form.startsWith(q)) best = Math.max(best, 80 - Math.min(10, (form.length - q.length) * 0.5));
    else if (q.length >= (han ? 2 : 4) && form.includes(q)) best = Math.max(best, 55);
  }
  if (!han && words.length >= 2 && words.every((w) => entry.words.some((word) => word.startsWith(w)))) {
    best = Math.max(best, 65);
  }
  return best;
}

export function createCityIndex(places: readonly CityPlace[]): CityIndex {
  const entries: IndexedPlace[] = places.map((place) => {
    const en = normalise(place.name_en);
    return {
      place,
      zh: compact(normalise(place.name_zh)),
      latin: [compact(en), place.pinyin],
      words: en.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
    };
  });

  const search = (raw: string, limit = 12): CityHit[] => {
    const query = normalise(raw).trim();
    if (query === '') return [];
    const han = isHan(query);
    const q = compact(query);
    if (q === '') return [];
    const words = query.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
    const hits: CityHit[] = [];
    for (const entry of entries) {
      const match = quality(entry, q, han, words);
      if (match > 0) hits.push({ place: entry.place, score: match + KIND_WEIGHT[entry.place.kind] });
    }
    // Ties: the shorter name, then code-point order (a collator is too slow for every keystroke).
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        a.place.name_zh.length - b.place.name_zh.length ||
        (a.place.name_zh < b.place.name_zh ? -1 : a.place.name_zh > b.place.name_zh ? 1 : 0),
    );
    // The same name in one group and district is one place (a street's segments, a park's parts).
    const seen = new Set<string>();
    return hits
      .filter(({ place }) => {
        const key = `${groupOf(place.kind)}|${place.name_zh}|${place.district?.zh ?? ''}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, limit);
  };

  /** Names close to an unknown word: shared characters for Chinese, edit distance over English and pinyin. */
  const suggest = (raw: string, limit = 5): string[] => {
    const query = normalise(raw).trim();
    if (query === '') return [];
    const scored: [number, string][] = [];
    if (isHan(query)) {
      const chars = new Set(compact(query));
      for (const entry of entries) {
        const shared = [...entry.zh].filter((char) => chars.has(char)).length;
        if (shared > 0) scored.push([shared / Math.max(entry.zh.length, chars.size), entry.place.name_zh]);
      }
    } else {
      const q = compact(query);
      const max = Math.min(3, Math.floor(q.length / 3));
      if (max === 0) return [];
      for (const entry of entries) {
        for (const form of entry.latin) {
          // The whole name first; else its start as long as the query, so a misspelt "Qibao" also finds "Qibao Town".
          const whole = editDistance(q, form, max);
          // A misspelt name rarely starts with the wrong letter: compare starts only when the first letters agree.
          const start = form[0] === q[0] ? editDistance(q, form.slice(0, q.length), max) + 0.5 : max + 1;
          const distance = Math.min(whole, start);
          if (distance <= max)
            scored.push([1 - distance / (max + 1) + KIND_WEIGHT[entry.place.kind] / 100, entry.place.name_en]);
        }
      }
    }
    return [...new Set(scored.sort((a, b) => b[0] - a[0]).map(([, name]) => name))].slice(0, limit);
  };

  return { search, suggest };
}
