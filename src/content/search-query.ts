/**
 * Reads a query as people type it: which plans it names, which places, and which plan terms its
 * words stand for (English, pinyin and colloquial Chinese translated through the glossary and the
 * gazetteer). Pure; the index never sees the raw query.
 */
import type { Place } from './gazetteer';
import { GLOSSARY } from './search-glossary';
import { isHan, normalise } from './search-text';

export interface ParsedQuery {
  /** One group per concept the query asks for: the words as typed and what they translate to. */
  groups: string[][];
  /** Chinese synonyms added to words typed in Chinese: searched, but weigh less than the words typed. */
  secondary: string[];
  /** Plans the query names ("十四五", "12th plan"): their passages are strongly preferred. */
  plans: string[];
  /** Plans a year in the query points to ("2035", "2015"): a gentler preference. */
  yearPlans: string[];
  /** Places recognised anywhere in the query. */
  placeIds: string[];
}

interface Entry {
  terms: string[];
  placeId?: string;
}

export interface Vocabulary {
  /** English / pinyin phrase (singular words, spaces between) -> what the plans call it. */
  phrases: Map<string, Entry>;
  longestPhrase: number;
  /** Chinese name or term -> its synonyms and the place it names, longest first. */
  chinese: [string, Entry][];
}

/** How a plan is named in a query, the plans meant, and the name the texts use for the period. */
const PLAN_MARKERS: [RegExp, string[], string][] = [
  [/“?十二五”?|第十二个五年|\b(12th|twelfth)\b/g, ['p12-proposal', 'p12-outline', 'p12-info'], '十二五'],
  [/“?十三五”?|第十三个五年|\b(13th|thirteenth)\b/g, ['p13-smart'], '十三五'],
  [/“?十四五”?|第十四个五年|\b(14th|fourteenth)\b/g, ['p14'], '十四五'],
];
const YEAR_PLANS: Record<string, string[]> = {
  '2010': ['p12-proposal', 'p12-outline'],
  '2011': ['p12-proposal', 'p12-outline', 'p12-info'],
  '2015': ['p12-proposal', 'p12-outline', 'p12-info'],
  '2016': ['p13-smart'],
  '2020': ['p13-smart', 'p12-proposal'],
  '2021': ['p14'],
  '2025': ['p14'],
  '2035': ['p14'],
};

/** Question words and particles: they ask, they do not describe what is asked about. */
const CHINESE_FILLER =
  /是多少|是什么|有多少|有哪些|有什么|有几个|多少|什么|哪些|哪个|哪里|哪儿|如何|怎么样|怎么|怎样|是否|为什么|有没有|是不是|请问|提到|提及|关于|规划中|有何|不同|区别|差别|相比|对比|比较|[吗呢吧啊了的]/g;
const ENGLISH_FILLER = new Set(
  `a an the of in on at to for by and or is are was were be been being will would should can could
  what which who whom how many much does do did there about with from this that these those it its
  plan plans mention mentions mentioned say says said show find me all any some when where why than
  vs versus compare compared comparison between get has have had built build planned planning
  five-year five year target name named list tell give happen happened going want know`
    .split(/\s+/)
    .filter(Boolean),
);

/** A space beside a lone Han character ("苏 州 河") splits a word, not two words: it goes. */
const SPACED_HAN =
  /(?<=(?:^|[^\p{Script=Han}])\p{Script=Han})\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+(?=\p{Script=Han}(?:$|[^\p{Script=Han}]))/gu;

/** "parks" -> "park", "cities" -> "city"; short words and "-ss" words stay. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const phraseKey = (text: string) =>
  (normalise(text).match(/[a-z0-9]+(?:[.&'][a-z0-9]+)*/g) ?? []).map(singular).join(' ');

/** English place words and what the Chinese names end with, to derive pinyin stems. */
const GENERIC_SUFFIXES: [string, string][] = [
  ['new town', '新城'],
  ['science city', '科学城'],
  ['business district', '商务区'],
  ['country park', '郊野公园'],
  ['forest park', '森林公园'],
  ['wetland park', '湿地公园'],
  ['park', '公园'],
  ['lake', '湖'],
  ['island', '岛'],
  ['river', '江'],
  ['river', '河'],
  ['creek', '河'],
  ['port', '港'],
  ['town', '镇'],
  ['district', '区'],
];

export function buildVocabulary(places: readonly Place[]): Vocabulary {
  const phrases = new Map<string, Entry>();
  const chinese = new Map<string, Entry>();
  const addPhrase = (phrase: string, entry: Entry) => {
    const key = phraseKey(phrase);
    const known = phrases.get(key);
    if (key === '') return;
    if (known) known.terms = [...new Set([...known.terms, ...entry.terms])];
    else phrases.set(key, { ...entry, terms: [...entry.terms] });
  };
  for (const line of GLOSSARY.split('\n')) {
    const [left, right] = line.split(' = ');
    if (!left || !right) continue;
    const terms = right.split('|').map(normalise);
    for (const phrase of left.split('|')) addPhrase(phrase, { terms });
    for (const term of terms) {
      if (isHan(term) && [...term].length >= 2) chinese.set(term, { terms });
    }
  }
  for (const place of places) {
    const terms = [...new Set([place.name_zh, ...place.names_zh].map((name) => normalise(name).replace(/\s+/g, '')))];
    for (const name of [place.name_en, ...place.names_en]) {
      const english = name.toLowerCase();
      addPhrase(english, { terms, placeId: place.id });
      for (const [suffix, zh] of GENERIC_SUFFIXES) {
        const stemEn = english.endsWith(` ${suffix}`) ? english.slice(0, -suffix.length - 1) : '';
        const stemZh = place.name_zh.endsWith(zh) ? place.name_zh.slice(0, -zh.length) : '';
        if (stemEn && [...stemZh].length >= 2 && !phrases.has(phraseKey(stemEn)))
          addPhrase(stemEn, { terms: [stemZh] });
      }
    }
    for (const term of terms) if ([...term].length >= 2) chinese.set(term, { terms, placeId: place.id });
  }
  const longestPhrase = Math.max(1, ...[...phrases.keys()].map((key) => key.split(' ').length));
  return { phrases, longestPhrase, chinese: [...chinese].sort((a, b) => b[0].length - a[0].length) };
}

/** Edit distance, stopping early once it passes `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** A one-word glossary key a mistyped word most likely meant ("greenwya" -> "greenway"). */
function nearestWord(word: string, vocabulary: Vocabulary): string | null {
  if (word.length < 5 || /\d/.test(word)) return null;
  const max = word.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const key of vocabulary.phrases.keys()) {
    if (key.includes(' ') || Math.abs(key.length - word.length) > max) continue;
    const distance = editDistance(word, key, max);
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
    }
  }
  return best;
}

const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/**
 * A run of Chinese: known names and terms (longest first) are concepts with their synonyms; the
 * rest is split into words, each a concept of its own, so a question's words need not be adjacent.
 */
function readChinese(run: string, vocabulary: Vocabulary, out: ParsedQuery): void {
  let rest = run;
  for (const [name, entry] of vocabulary.chinese) {
    if (!rest.includes(name)) continue;
    out.groups.push([name, ...entry.terms.filter((term) => term !== name && !out.secondary.includes(term))]);
    out.secondary.push(...entry.terms.filter((term) => term !== name && !run.includes(term)));
    if (entry.placeId) out.placeIds.push(entry.placeId);
    rest = rest.split(name).join(' ');
  }
  for (const part of rest.split(' ')) {
    for (const { segment, isWordLike } of segmenter.segment(part)) {
      if (isWordLike && [...segment].length >= 2) out.groups.push([segment]);
    }
  }
  out.groups.push([run]);
}

/** Translates the Latin words of a query, longest known phrase first; adjacent translations are also joined. */
function translateWords(words: string[], vocabulary: Vocabulary, out: ParsedQuery): void {
  let previous = null as { end: number; term: string } | null;
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(vocabulary.longestPhrase, words.length - i); n >= 1 && !matched; n--) {
      const key = words
        .slice(i, i + n)
        .map(singular)
        .join(' ');
      const entry =
        vocabulary.phrases.get(key) ??
        (n === 1 ? vocabulary.phrases.get(nearestWord(key, vocabulary) ?? '') : undefined);
      if (!entry) continue;
      matched = n;
      const first = entry.terms[0] ?? '';
      const group = [...entry.terms];
      if (previous?.end === i && isHan(first) && isHan(previous.term)) group.push(`${previous.term}${first}`);
      out.groups.push(group);
      if (entry.placeId) out.placeIds.push(entry.placeId);
      previous = { end: i + n, term: first };
    }
    if (matched) {
      i += matched;
      continue;
    }
    const word = words[i] ?? '';
    if (!ENGLISH_FILLER.has(word) && !ENGLISH_FILLER.has(singular(word))) out.groups.push([singular(word)]);
    previous = null;
    i += 1;
  }
}

export function parseQuery(raw: string, vocabulary: Vocabulary): ParsedQuery {
  const out: ParsedQuery = { groups: [], secondary: [], plans: [], yearPlans: [], placeIds: [] };
  let text = normalise(raw).replace(/\bnew cit(y|ies)\b/g, 'new town');
  const periods: string[] = [];
  for (const [marker, plans, period] of PLAN_MARKERS) {
    if (text.search(marker) < 0) continue;
    out.plans.push(...plans);
    periods.push(period);
    text = text.replace(marker, ' ');
  }
  // The 12th-plan documents review the 11th period; no 11th plan is in the corpus.
  if (/十一五|\b(11th|eleventh)\b/.test(text)) out.yearPlans.push('p12-proposal', 'p12-outline', 'p12-info');
  for (const year of text.match(/\b20\d\d\b|(?<!\d)20\d\d(?=年)/g) ?? [])
    out.yearPlans.push(...(YEAR_PLANS[year] ?? []));
  text = text.replace(CHINESE_FILLER, ' ').replace(SPACED_HAN, '');

  for (const run of text.match(
    /\p{Script=Han}+|[a-z0-9]+(?:[.&'\-/][a-z0-9]+)*(?:\s+[a-z0-9]+(?:[.&'\-/][a-z0-9]+)*)*/gu,
  ) ?? []) {
    if (isHan(run)) readChinese(run, vocabulary, out);
    else {
      const words = run.split(/\s+/).flatMap((word) => (/^[a-z]+(-[a-z]+)+$/.test(word) ? word.split('-') : [word]));
      translateWords(words, vocabulary, out);
    }
  }
  // A query that only names a plan ("十四五", "14th plan") asks about the period itself.
  if (out.groups.length === 0) out.groups.push(...periods.map((period) => [period]));
  out.groups = out.groups.filter((group) => group.length > 0);
  out.plans = [...new Set(out.plans)];
  out.yearPlans = [...new Set(out.yearPlans)];
  out.placeIds = [...new Set(out.placeIds)];
  return out;
}

/** Terms near a query that found nothing: glossary words and place names, closest first. */
export function suggestTerms(raw: string, vocabulary: Vocabulary, limit = 5): string[] {
  const query = normalise(raw).trim();
  if (query === '') return [];
  const scored: [number, string][] = [];
  if (isHan(query)) {
    const chars = new Set(query);
    for (const [name] of vocabulary.chinese) {
      const shared = [...name].filter((char) => chars.has(char)).length;
      if (shared > 0) scored.push([shared / Math.max(name.length, query.length), name]);
    }
  } else {
    const key = phraseKey(query);
    for (const phrase of vocabulary.phrases.keys()) {
      const distance = editDistance(key, phrase, 3);
      if (distance <= 3) scored.push([1 - distance / 4, phrase]);
    }
  }
  return [...new Set(scored.sort((a, b) => b[0] - a[0]).map(([, term]) => term))].slice(0, limit);
}
