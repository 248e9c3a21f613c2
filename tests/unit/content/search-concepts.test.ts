import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../../src/cli/load';
import { createSearchEngine } from '../../../src/content/search';
import { CONCEPTS } from '../../../src/content/search-concepts';
import { normalise } from '../../../src/content/search-text';
import { tableLines } from '../../../src/content/search-vocabulary';

const { index } = loadRepository();
const engine = createSearchEngine(index);
const corpus = normalise(
  index.passages.map((p) => `${p.section.title}${p.paragraph.title ?? ''}${p.paragraph.text}`).join('\n'),
).replace(/\s+/g, '');
const entries = tableLines(CONCEPTS);

/** The first passages for a query, as text without spaces. */
const top = (query: string, k = 5) =>
  engine
    .search(query, { limit: 30 })
    .results.flatMap((r) =>
      r.kind === 'passage'
        ? [normalise(`${r.passage.section.title}${r.passage.paragraph.text}`).replace(/\s+/g, '')]
        : [],
    )
    .slice(0, k);

describe('search concept table (people’s words = the plans’ terms)', () => {
  it('has dozens of entries, each "word|variants = 术语|变体"', () => {
    expect(entries.length).toBeGreaterThan(40);
    expect(CONCEPTS.trim().split('\n')).toHaveLength(entries.length);
  });

  it.each(entries.map((e) => [e.left.join('|'), e] as const))('%s: every term is in the plans', (_, entry) => {
    expect(entry.right.filter((term) => !corpus.includes(term))).toEqual([]);
  });

  // One search per entry: its first word, Chinese or English, reaches a passage holding one of its terms.
  it.each(entries.map((e) => [e.left[0] ?? '', e] as const))(
    '"%s" finds a passage in the plans’ terms',
    (word, entry) => {
      const found = top(word);
      expect(
        found.some((text) => entry.right.some((term) => text.includes(term))),
        found.join('\n'),
      ).toBe(true);
    },
  );
});
