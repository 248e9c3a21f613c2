import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../scripts/build-text/index';
import { GLOSSARY } from '../../../src/content/search-glossary';
import { normalise } from '../../../src/content/search-text';
import type { PlanSection } from '../../../src/content/types';

const entries = GLOSSARY.split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [english = '', chinese = ''] = line.split(' = ');
    return { line, english: english.split('|'), chinese: chinese.split('|') };
  });

function texts(sections: PlanSection[]): string[] {
  return sections.flatMap((s) => [
    s.title,
    ...s.paragraphs.map((p) => `${p.title ?? ''}${p.text}`),
    ...texts(s.children),
  ]);
}
const corpus = normalise(
  buildCorpus()
    .plans.flatMap((p) => texts(p.sections))
    .join('\n'),
).replace(/\s+/g, '');

describe('search glossary', () => {
  it('has a few hundred entries, each "english|variants = 中文|变体"', () => {
    expect(entries.length).toBeGreaterThan(250);
    for (const entry of entries) {
      expect(entry.line, entry.line).toMatch(/^[^=]+ = [^=]+$/);
      expect(entry.english.every((word) => word === word.toLowerCase() && word.trim() === word)).toBe(true);
    }
  });

  it('uses only terms that occur in the plan texts', () => {
    const missing = entries.flatMap((entry) => entry.chinese.filter((term) => !corpus.includes(normalise(term))));
    expect(missing).toEqual([]);
  });
});
