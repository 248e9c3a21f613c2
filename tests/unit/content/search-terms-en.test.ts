import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../../src/cli/load';
import { buildGlossIndex, glossedTerms, TERMS_EN, termGlosses } from '../../../src/content/search-gloss';
import { buildVocabulary, parseQuery } from '../../../src/content/search-query';
import { normalise } from '../../../src/content/search-text';

const { index } = loadRepository();
const corpus = normalise(
  index.passages.map((p) => `${p.section.title}${p.paragraph.title ?? ''}${p.paragraph.text}`).join('\n'),
).replace(/\s+/g, '');
const entries = termGlosses();
const words = (query: string) => query.split(' ');

describe('English glosses of the plans’ terms (search-terms-en*.ts)', () => {
  it('has hundreds of entries, one "术语 = english|variants" a line', () => {
    expect(entries.length).toBeGreaterThan(300);
    expect(TERMS_EN.split('\n').filter((line) => line.trim() !== '')).toHaveLength(entries.length);
    for (const { glosses } of entries)
      expect(
        glosses.every((g) => /^[a-z0-9 &'.-]+$/.test(g)),
        glosses.join('|'),
      ).toBe(true);
  });

  it('glosses only terms the plans print, each once', () => {
    expect(entries.filter(({ term }) => !corpus.includes(term)).map(({ term }) => term)).toEqual([]);
    const terms = entries.map(({ term }) => term);
    expect(terms.filter((term, i) => terms.indexOf(term) !== i)).toEqual([]);
  });
});

describe('reading a query by the glosses’ words', () => {
  const small = buildGlossIndex(
    termGlosses(`
架空线入地 = burying power cables|overhead wires underground
加装电梯 = adding lifts to old buildings
充电桩 = ev chargers
`),
  );

  it('finds a term whose gloss words are all in the query, in any order and form', () => {
    expect(glossedTerms(words('power cables buried'), small)).toEqual(['架空线入地']);
    expect(glossedTerms(words('when are the overhead wires going underground'), small)).toEqual(['架空线入地']);
    expect(glossedTerms(words('how many ev chargers'), small)).toEqual(['充电桩']);
  });

  it('lets a gloss of four words or more miss one, never a shorter gloss', () => {
    expect(glossedTerms(words('adding lifts to old flats'), small)).toEqual(['加装电梯']);
    expect(glossedTerms(words('power cables'), small)).toEqual([]);
    expect(glossedTerms(words('chargers'), small)).toEqual([]);
  });

  it('reads a whole gloss typed as a phrase as the term, through the vocabulary', () => {
    const vocabulary = buildVocabulary([]);
    expect(parseQuery('hospital alliances', vocabulary).groups.flat()).toContain('医联体');
    expect(parseQuery('Zhuyuan sewage plant', vocabulary).groups.flat()).toContain('竹园污水厂');
  });
});

describe('a question about a quantity', () => {
  const vocabulary = buildVocabulary([]);
  it.each([
    ['电动车充电桩多少个', true],
    ['how many kilometres of metro', true],
    ['what share of electricity is renewable', true],
    ['充电桩', false],
    ['offshore wind', false],
  ])('%s asks for a figure: %s', (query, asks) => {
    expect(parseQuery(query, vocabulary).asksFigure).toBe(asks);
  });
});
