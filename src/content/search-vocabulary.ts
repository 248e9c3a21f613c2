/**
 * What the query reader knows, built once per engine: English and pinyin phrases -> the plans'
 * terms (reviewed glossary, concept table, place names), Chinese names and terms with their
 * synonyms (glossary, concept table, the plans' abbreviations, place names), and the plans' words
 * by pinyin for slips. Pure.
 */
import type { Place } from './gazetteer';
import { ABBREVIATIONS } from './search-abbreviations';
import { CONCEPTS } from './search-concepts';
import { buildGlossIndex, type GlossIndex, termGlosses } from './search-gloss';
import { GLOSSARY } from './search-glossary';
import { LEXICON } from './search-lexicon';
import { characterCounts, nameByPinyin } from './search-pinyin-names';
import { singular, stemKey } from './search-stem';

export { singular } from './search-stem';

import { buildSlipIndex, type SlipIndex } from './search-pinyin';
import { isHan, normalise } from './search-text';

export interface Entry {
  terms: string[];
  placeId?: string;
  /** The terms stand in for a word the plans do not use (concept table): they weigh as typed. */
  standIn?: boolean;
}

export interface Vocabulary {
  /** English / pinyin phrase (singular words, spaces between) -> what the plans call it. */
  phrases: Map<string, Entry>;
  /** The same phrases keyed by their words' stems (search-stem.ts), for other forms of them. */
  stemmedPhrases: Map<string, Entry>;
  longestPhrase: number;
  /** Chinese name or term -> its synonyms and the place it names, longest first. */
  chinese: [string, Entry][];
  /** The plans' words by pinyin, for homophone and one-character slips. */
  slips: SlipIndex;
  /** Whether the plans print a string (spaces ignored); false for every string when built without text. */
  printed: (text: string) => boolean;
  /** The plans' terms by the content words of their English glosses (search-terms-en*.ts). */
  glosses: GlossIndex;
  /** The plans' run of characters a toneless pinyin word reads as ("xiaoyangshan" -> 小洋山), or null. */
  byPinyin: (word: string) => string | null;
}

/** An English phrase as a lookup key: lower case, words only, each word singular. */
export const phraseKey = (text: string) =>
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

/** Lines "left = right[ @ source]" of a data table, split on "|". */
export function tableLines(table: string): { left: string[]; right: string[]; source: string }[] {
  return table
    .split('\n')
    .map((line) => line.match(/^(.+?) = (.+?)(?: @ (\S+))?$/))
    .flatMap((m) =>
      m?.[1] && m[2] ? [{ left: m[1].split('|'), right: m[2].split('|').map(normalise), source: m[3] ?? '' }] : [],
    );
}

export function buildVocabulary(places: readonly Place[], passages: readonly string[] = []): Vocabulary {
  const phrases = new Map<string, Entry>();
  const chinese = new Map<string, Entry>();
  const addPhrase = (phrase: string, entry: Entry) => {
    const key = phraseKey(phrase);
    const known = phrases.get(key);
    if (key === '') return;
    if (known) known.terms = [...new Set([...known.terms, ...entry.terms])];
    else phrases.set(key, { ...entry, terms: [...entry.terms] });
  };
  const addChinese = (name: string, entry: Entry) => {
    const known = chinese.get(name);
    if (known && !known.placeId) known.terms = [...new Set([...known.terms, ...entry.terms])];
    else if (!known) chinese.set(name, { ...entry, terms: [...entry.terms] });
  };
  for (const { left, right } of tableLines(GLOSSARY)) {
    for (const phrase of left) addPhrase(phrase, { terms: right });
    for (const term of right) if (isHan(term) && [...term].length >= 2) addChinese(term, { terms: right });
  }
  for (const { left, right } of tableLines(CONCEPTS))
    for (const word of left.map(normalise)) {
      if (isHan(word)) addChinese(word, { terms: [word, ...right.filter((t) => t !== word)], standIn: true });
      else addPhrase(word, { terms: right });
    }
  // The plans' terms glossed in everyday English: after the reviewed tables, so their terms come first.
  const glossed = termGlosses();
  for (const { term, glosses } of glossed) for (const gloss of glosses) addPhrase(gloss, { terms: [term] });
  for (const { left, right } of tableLines(ABBREVIATIONS))
    for (const word of left.map(normalise)) addChinese(word, { terms: [word, ...right] });
  for (const place of places) {
    const terms = [...new Set([place.name_zh, ...place.names_zh].map((name) => normalise(name).replace(/\s+/g, '')))];
    for (const name of [place.name_en, ...place.names_en]) {
      const english = name.toLowerCase();
      addPhrase(english, { terms, placeId: place.id });
      // Queries drop "Shanghai" beside other words: "Legoland" names LEGOLAND Shanghai.
      const local = phraseKey(english.replace(/\bshanghai\b/g, ' '));
      if (local !== phraseKey(english) && /[a-z]{4}/.test(local) && !phrases.has(local))
        addPhrase(local, { terms, placeId: place.id });
      for (const [suffix, zh] of GENERIC_SUFFIXES) {
        const stemEn = english.endsWith(` ${suffix}`) ? english.slice(0, -suffix.length - 1) : '';
        const stemZh = place.name_zh.endsWith(zh) ? place.name_zh.slice(0, -zh.length) : '';
        if (stemEn && [...stemZh].length >= 2 && !phrases.has(phraseKey(stemEn)))
          addPhrase(stemEn, { terms: [stemZh] });
      }
    }
    // A name the plans also abbreviate or define (一江一河) keeps the definition's terms as synonyms.
    for (const term of terms)
      if ([...term].length >= 2) {
        const known = chinese.get(term);
        const defined = known && !known.placeId ? known.terms.filter((t) => !terms.includes(t)) : [];
        chinese.set(term, { terms: [...terms, ...defined], placeId: place.id });
      }
  }
  const longestPhrase = Math.max(1, ...[...phrases.keys()].map((key) => key.split(' ').length));
  const text = passages.join('\n');
  const pinyinNames = new Map<string, string | null>();
  let characters: Map<string, number> | undefined;
  const stemmedPhrases = new Map<string, Entry>();
  for (const [key, entry] of phrases) if (!stemmedPhrases.has(stemKey(key))) stemmedPhrases.set(stemKey(key), entry);
  return {
    phrases,
    stemmedPhrases,
    longestPhrase,
    chinese: [...chinese].sort((a, b) => b[0].length - a[0].length),
    slips: buildSlipIndex([...chinese.keys(), ...LEXICON.words.split('|')]),
    printed: (part) => text.includes(part),
    glosses: buildGlossIndex(glossed),
    byPinyin: (word) => {
      characters ??= characterCounts(text);
      if (!pinyinNames.has(word)) pinyinNames.set(word, nameByPinyin(word, text, characters));
      return pinyinNames.get(word) ?? null;
    },
  };
}
