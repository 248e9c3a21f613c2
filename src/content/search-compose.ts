/**
 * English for the plans' compound terms that no dictionary entry glosses whole (旧区改造, 联防联控):
 * each term's parts carry the stems of their own glosses (built by scripts/build-search-lexicon
 * from CC-CEDICT), and a query's words name a term when they gloss two of its parts or more,
 * close together in the query. Such a reading is weaker evidence than a whole-word gloss. Also the
 * abbreviations derived from the plans' terms (轨道交通 -> 轨交). Pure; tables from the lexicon.
 */
import { LEXICON } from './search-lexicon';
import { stem } from './search-stem';

interface PartHit {
  term: string;
  part: number;
  /** Characters of the part, and of the whole term. */
  partLength: number;
  termLength: number;
}

/** Query words that name one term lie within this many words of each other. */
const SPAN = 4;
/** Share of the term's characters its glossed parts must cover. */
const MIN_COVER = 0.5;

let byStem: Map<string, PartHit[]> | null = null;

function stemIndex(): Map<string, PartHit[]> {
  if (byStem) return byStem;
  byStem = new Map();
  for (const compound of LEXICON.compounds.split('|')) {
    const parts = compound.split('·');
    const term = parts.join('');
    parts.forEach((part, i) => {
      for (const s of (LEXICON.glosses[part] ?? '').split(' ').filter(Boolean)) {
        const hits = byStem?.get(s) ?? [];
        hits.push({ term, part: i, partLength: [...part].length, termLength: [...term].length });
        byStem?.set(s, hits);
      }
    });
  }
  return byStem;
}

/**
 * The plans' compound terms that a run of English content words glosses part by part, best first:
 * most of the term covered, by the most query words.
 */
export function composedTerms(words: readonly string[], limit = 3): string[] {
  const index = stemIndex();
  const found = new Map<string, { parts: Map<number, number>; positions: number[]; termLength: number }>();
  words.forEach((word, position) => {
    for (const hit of index.get(stem(word)) ?? []) {
      const known = found.get(hit.term) ?? {
        parts: new Map<number, number>(),
        positions: [] as number[],
        termLength: hit.termLength,
      };
      known.parts.set(hit.part, hit.partLength);
      if (!known.positions.includes(position)) known.positions.push(position);
      found.set(hit.term, known);
    }
  });
  const scored: [number, string][] = [];
  for (const [term, { parts, positions, termLength }] of found) {
    if (parts.size < 2 || positions.length < 2) continue;
    if (Math.max(...positions) - Math.min(...positions) >= SPAN) continue;
    const cover = [...parts.values()].reduce((sum, n) => sum + n, 0) / termLength;
    if (cover >= MIN_COVER) scored.push([cover + 0.1 * positions.length, term]);
  }
  return scored
    .sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1))
    .slice(0, limit)
    .map(([, term]) => term);
}

/** Derived abbreviations in a run of Chinese (轨交 -> 轨道交通), each with the term it stands for. */
export function derivedAbbreviations(run: string): [string, string][] {
  const chars = [...run];
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    const short = `${chars[i]}${chars[i + 1]}`;
    const term = LEXICON.abbreviations[short];
    if (term && !run.includes(term)) out.push([short, term]);
  }
  return out;
}
