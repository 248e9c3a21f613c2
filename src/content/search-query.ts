/**
 * Reads a query as people type it: which plans it names, which places, and which plan terms its
 * words stand for (English, pinyin and colloquial Chinese translated through the glossary and the
 * gazetteer). Pure; the index never sees the raw query.
 */
import { composedTerms, derivedAbbreviations } from './search-compose';
import { dictionaryWords, isPhraseWord, longestDictionaryPhrase, lookUpEnglish, lookUpStem } from './search-dictionary';
import { glossedTerms } from './search-gloss';
import { findSlips } from './search-pinyin';
import { editDistance, nearestWord } from './search-spelling';
import { ENGLISH_FILLER, stemKey } from './search-stem';
import { isHan, normalise } from './search-text';
import { typedWords } from './search-typed';
import { type Entry, phraseKey, singular, type Vocabulary } from './search-vocabulary';

export { editDistance } from './search-spelling';
export { ENGLISH_FILLER } from './search-stem';
export { buildVocabulary, phraseKey, singular, type Vocabulary } from './search-vocabulary';

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
  /** The query asks for a quantity (多少, 几个, how many, what share): passages stating one rise. */
  asksFigure: boolean;
}

const ASKS_FIGURE =
  /多少|几[个座张家所条项套年岁万公]|多[长大高快远]|比例|比重|占比|百分之|目标值|\bhow (many|much|long|big|large|fast|far|old)\b|\b(number of|percentage|proportion|what share|what rate)\b/;

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

/** Question words, particles and the asker's own words: they ask, they do not describe what is asked about. */
const CHINESE_FILLER =
  /什么时候|啥时候|会不会|能不能|可不可以|要不要|怎么办|咋办|咋样|好不好|行不行|还会|还要|以后|将来|今后|到时候|现在|何时|多久|我们家|我家|我们|你们|附近|一下|打算|是多少|是什么|有多少|有哪些|有什么|有几个|多少|什么|哪些|哪个|哪里|哪儿|如何|怎么样|怎么|怎样|是否|为什么|有没有|是不是|请问|提到|提及|关于|规划中|有何|不同|区别|差别|相比|对比|比较|[吗呢吧啊了的]/g;

/** A space beside a lone Han character ("苏 州 河") splits a word, not two words: it goes. */
const SPACED_HAN =
  /(?<=(?:^|[^\p{Script=Han}])\p{Script=Han})\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+(?=\p{Script=Han}(?:$|[^\p{Script=Han}]))/gu;

const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/**
 * A run of Chinese: slips are read as the plans' words they sound like; known names and terms
 * (longest first) are concepts with their synonyms; the rest is split into words, each a concept of
 * its own, so a question's words need not be adjacent.
 */
function readChinese(typed: string, vocabulary: Vocabulary, out: ParsedQuery): void {
  let run = typed;
  for (const slip of findSlips(typed, vocabulary.slips, vocabulary.printed))
    run = run.replace(slip.typed, slip.meant[0] ?? slip.typed);
  // A slip costs rank, never the answer: what was typed is still searched, weaker (老港 in 老港垃圾场).
  if (run !== typed) {
    out.groups.push([typed]);
    out.secondary.push(typed);
  }
  // The plans' terms by their everyday abbreviation (轨交, 医保) stand in with full weight.
  for (const [short, term] of derivedAbbreviations(run)) out.groups.push([short, term]);
  let rest = run;
  for (const [name, entry] of vocabulary.chinese) {
    if (!rest.includes(name)) continue;
    out.groups.push([name, ...entry.terms.filter((term) => term !== name && !out.secondary.includes(term))]);
    if (!entry.standIn) out.secondary.push(...entry.terms.filter((term) => term !== name && !run.includes(term)));
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

/** "renovated" -> renovate, "developing" -> develop: forms a dictionary may list a word under. */
const stems = (word: string) => [
  word,
  word.replace(/d$/, ''),
  word.replace(/ed$/, ''),
  word.replace(/ing$/, 'e'),
  word.replace(/ing$/, ''),
];

interface Reading {
  length: number;
  entry: Entry;
  /** Terms that weigh less than the words typed (weaker dictionary evidence). */
  weaker: boolean;
}

/**
 * The longest phrase starting at word `i` that the glossary, concept table, place names or the
 * dictionary know; the reviewed tables win a tie. A single word falls back to a near glossary
 * word (a typo), then to the dictionary's word-inside-a-gloss reading.
 */
function readPhrase(words: readonly string[], i: number, vocabulary: Vocabulary): Reading | null {
  const keyOf = (n: number) =>
    words
      .slice(i, i + n)
      .map(singular)
      .join(' ');
  let known: Reading | null = null;
  for (let n = Math.min(vocabulary.longestPhrase, words.length - i); n >= 1 && !known; n--) {
    // Another form of a reviewed phrase ("charged points", "renovated housing") reads as the phrase.
    const entry = vocabulary.phrases.get(keyOf(n)) ?? vocabulary.stemmedPhrases.get(stemKey(keyOf(n)));
    if (entry) known = { length: n, entry, weaker: false };
  }
  for (let n = Math.min(longestDictionaryPhrase(), words.length - i); n > (known?.length ?? 0); n--) {
    const key = keyOf(n);
    if (n === 1 && (ENGLISH_FILLER.has(key) || ENGLISH_FILLER.has(words[i] ?? ''))) continue;
    const hit = lookUpEnglish(key);
    if (hit && !hit.inner) return { length: n, entry: { terms: hit.terms }, weaker: false };
  }
  if (known) return known;
  const word = singular(words[i] ?? '');
  if (ENGLISH_FILLER.has(word) || ENGLISH_FILLER.has(words[i] ?? '')) return null;
  const near = vocabulary.phrases.get(nearestWord(word, vocabulary.phrases, () => vocabulary.phrases.keys()) ?? '');
  if (near) return { length: 1, entry: near, weaker: false };
  // A name in pinyin no table knows ("xiaoyangshan"): the plans' characters read so.
  const name = lookUpEnglish(word) || lookUpStem(word) ? null : vocabulary.byPinyin(word);
  if (name) return { length: 1, entry: { terms: [name] }, weaker: false };
  for (const stem of stems(word)) {
    const hit = lookUpEnglish(stem);
    if (hit) return { length: 1, entry: { terms: hit.terms }, weaker: hit.inner };
  }
  // Another form of a word the dictionary glosses ("renovation" -> renovate): weaker evidence.
  const other = lookUpStem(word);
  if (other) return { length: 1, entry: { terms: other }, weaker: true };
  // A typo of a word the dictionary glosses ("enviroment"): weaker still, but not lost. A word the
  // dictionary's phrases use is spelt right ("north" is not a slip of "worth").
  if (isPhraseWord(word)) return null;
  const typo = lookUpEnglish(nearestWord(word, dictionaryWords(), dictionaryWords) ?? '');
  return typo && !typo.inner ? { length: 1, entry: { terms: typo.terms }, weaker: true } : null;
}

/**
 * Translates the Latin words of a query, longest known phrase first; adjacent translations are also
 * joined. The English words stay in each concept too, for the English section titles.
 */
function translateWords(words: string[], vocabulary: Vocabulary, out: ParsedQuery): void {
  // The plans' compound terms the words gloss part by part (weaker than a whole-word gloss).
  const content = words.filter((word) => !ENGLISH_FILLER.has(word) && !ENGLISH_FILLER.has(singular(word)));
  const composed = content.length >= 2 ? composedTerms(content) : [];
  if (composed.length > 0) {
    out.groups.push(composed);
    out.secondary.push(...composed);
  }
  // The plans' terms whose everyday English glosses the words hold, in any order ("power cables buried").
  const glossed = glossedTerms(content, vocabulary.glosses);
  if (glossed.length > 0) out.groups.push(glossed);
  let previous = null as { end: number; term: string } | null;
  for (let i = 0; i < words.length; ) {
    const reading = readPhrase(words, i, vocabulary);
    if (!reading) {
      const word = words[i] ?? '';
      if (!ENGLISH_FILLER.has(word) && !ENGLISH_FILLER.has(singular(word))) out.groups.push([singular(word)]);
      previous = null;
      i += 1;
      continue;
    }
    const { entry, length } = reading;
    const first = entry.terms[0] ?? '';
    const english = words
      .slice(i, i + length)
      .map(singular)
      .filter((word) => word.length >= 3 && !ENGLISH_FILLER.has(word) && !entry.terms.includes(word));
    const group = [...entry.terms, ...english];
    if (previous?.end === i && isHan(first) && isHan(previous.term)) group.push(`${previous.term}${first}`);
    out.groups.push(group);
    if (reading.weaker) out.secondary.push(...entry.terms);
    if (entry.placeId) out.placeIds.push(entry.placeId);
    previous = { end: i + length, term: first };
    i += length;
  }
}

export function parseQuery(raw: string, vocabulary: Vocabulary): ParsedQuery {
  const out: ParsedQuery = { groups: [], secondary: [], plans: [], yearPlans: [], placeIds: [], asksFigure: false };
  out.asksFigure = ASKS_FIGURE.test(normalise(raw));
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
  // Every passage is about Shanghai: its name says nothing beside other words.
  if (/\bshanghai('s)?\b/.test(text) && text.replace(/\bshanghai('s)?\b/g, ' ').match(/\p{Script=Han}|[a-z]{3,}/u))
    text = text.replace(/\bshanghai('s)?\b/g, ' ');

  const runs = [
    ...text.matchAll(/\p{Script=Han}+|[a-z0-9]+(?:[.&'\-/][a-z0-9]+)*(?:\s+[a-z0-9]+(?:[.&'\-/][a-z0-9]+)*)*/gu),
  ];
  // The last word of a query that does not end in a space may still be being typed.
  const typing = !/\s$/.test(raw);
  for (const match of runs) {
    const run = match[0];
    if (isHan(run)) readChinese(run, vocabulary, out);
    else {
      const words = run.split(/\s+/).flatMap((word) => (/^[a-z]+(-[a-z]+)+$/.test(word) ? word.split('-') : [word]));
      const last = typing && match.index + run.length === text.trimEnd().length;
      translateWords(typedWords(words, vocabulary, last), vocabulary, out);
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
