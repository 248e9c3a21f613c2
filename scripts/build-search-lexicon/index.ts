/**
 * Builds text/search-lexicon.json, the data the search reads queries with, from the plans' own
 * words: CC-CEDICT reversed (English -> the plans' Chinese), the plans' compound terms glossed part
 * by part and their abbreviations, toneless pinyin for homophone slips and the plans' longer
 * dictionary words; and text/search-traditional.json (traditional -> simplified for the characters
 * the plans use). `npm run build:search-lexicon`; the files are committed and loaded with the search
 * on first focus; a unit test fails when they are stale (inputsHash).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SearchLexicon } from '../../src/content/search-lexicon';
import type { PlanCorpus } from '../../src/content/types';
import { buildLexicon, passages, ROOT } from './build';
import { traditionalPairs } from './chars';

const OUT = join(ROOT, 'text', 'search-lexicon.json');
/** Read by normalise() everywhere the search reads text: kept apart, it is small. */
const TRADITIONAL_OUT = join(ROOT, 'text', 'search-traditional.json');

const corpus = JSON.parse(readFileSync(join(ROOT, 'text', 'plans.json'), 'utf8')) as PlanCorpus;
const json = `${JSON.stringify(buildLexicon(corpus))}\n`;
writeFileSync(OUT, json);
const traditional = traditionalPairs(new Set(passages(corpus).join('')));
writeFileSync(TRADITIONAL_OUT, `${JSON.stringify({ pairs: traditional })}\n`);
const lexicon = JSON.parse(json) as SearchLexicon;
console.log(
  `text/search-lexicon.json: ${Object.keys(lexicon.english).length} phrases, ${Object.keys(lexicon.englishInner).length} inner words, ${lexicon.words.split('|').length} words, ${lexicon.compounds.split('|').length} compound terms, ${Object.keys(lexicon.abbreviations).length} abbreviations; ${Buffer.byteLength(json)} bytes, ${gzipSync(json).length} gzip; ${traditional.length / 2} traditional characters`,
);
