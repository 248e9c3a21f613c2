import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../../src/cli/load';
import { createSearchEngine } from '../../../src/content/search';
import { ABBREVIATIONS } from '../../../src/content/search-abbreviations';
import { buildVocabulary, parseQuery } from '../../../src/content/search-query';
import { normalise } from '../../../src/content/search-text';
import { tableLines } from '../../../src/content/search-vocabulary';

const { index } = loadRepository();
const entries = tableLines(ABBREVIATIONS);

/** The text of a paragraph, or of a section with its subsections, or of a whole plan. */
function sourceText(source: string): string {
  const parts = index.passages
    .filter(
      (p) =>
        p.paragraph.id === source ||
        p.section.id === source ||
        p.section.id.startsWith(`${source}.`) ||
        p.plan.id === source,
    )
    .map((p) => `${p.section.title}${p.paragraph.title ?? ''}${p.paragraph.text}`);
  return normalise(parts.join('\n')).replace(/[\s、，,]/g, '');
}

describe('the plans’ abbreviations, expanded from their definitions', () => {
  it.each(entries.map((e) => [e.left[0] ?? '', e] as const))('%s: its terms are in its definition', (_, entry) => {
    const text = sourceText(entry.source);
    expect(text.length, entry.source).toBeGreaterThan(0);
    expect(entry.left.some((word) => text.includes(normalise(word)))).toBe(true);
    expect(entry.right.filter((term) => !text.includes(term))).toEqual([]);
  });

  it('reads an abbreviation as itself and, weighing less, the terms of its definition', () => {
    const vocabulary = buildVocabulary([...index.places.values()]);
    const parsed = parseQuery('一江一河', vocabulary);
    expect(parsed.groups[0]).toEqual(['一江一河', '黄浦江', '苏州河']);
    expect(parsed.secondary).toEqual(['黄浦江', '苏州河']);
    const newTowns = parseQuery('五个新城', vocabulary);
    expect(newTowns.groups[0]).toEqual(expect.arrayContaining(['嘉定', '松江', '青浦', '奉贤', '南汇']));
  });

  it('finds the definition and the passages that use the expansion', () => {
    const engine = createSearchEngine(index);
    const first = engine.search('南北转型').results.find((r) => r.kind === 'passage');
    expect(first?.kind === 'passage' && first.passage.section.id).toMatch(/^p14\/(10\.4|annex\.2\.23)/);
  });
});
