import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossStems, segment } from '../../../scripts/build-search-lexicon/compose';
import { composedTerms, derivedAbbreviations } from '../../../src/content/search-compose';
import { lookUpStem } from '../../../src/content/search-dictionary';
import { LEXICON } from '../../../src/content/search-lexicon';
import { buildVocabulary, parseQuery } from '../../../src/content/search-query';
import { ENGLISH_FILLER, stem } from '../../../src/content/search-stem';

describe('English word forms (stemmer shared by the lexicon build and the queries)', () => {
  it('folds a word’s forms together', () => {
    for (const form of ['renovated', 'renovating', 'renovation', 'renovate']) expect(stem(form)).toBe('renov');
    expect(stem('controlled')).toBe(stem('control'));
    expect(stem('buildings')).toBe(stem('building'));
    expect(stem('housing')).toBe(stem('houses'));
    expect(stem('transportation')).toBe(stem('transport'));
    expect(stem('buried')).toBe(stem('burying'));
  });

  it('keeps short words apart (care is not car)', () => {
    expect(stem('care')).not.toBe(stem('car'));
    expect(stem('city')).toBe('city');
  });

  it('question words and filler carry no weight', () => {
    for (const word of ['what', 'when', 'how', 'many', 'will', 'the', 'planned', 'soon'])
      expect(ENGLISH_FILLER.has(word)).toBe(true);
  });

  it('reads another form of a dictionary word through its stem', () => {
    expect(lookUpStem('renovations')).toEqual(lookUpStem('renovate'));
    expect(lookUpStem('renovations')?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('English phrases in other forms and with typos', () => {
  const vocabulary = buildVocabulary([]);
  const terms = (query: string) => parseQuery(query, vocabulary).groups.flat();

  it('reads another form of a reviewed phrase as the phrase', () => {
    // The concept table lists "charging stations"; "charged stations" has the same stems.
    expect(terms('charged stations')).toContain('充电桩');
  });

  it('reads a mistyped word as the dictionary word one letter away', () => {
    expect(terms('enviromental protection')).toContain('环境保护');
  });

  it('gives the city’s own name no weight beside other words, but keeps it alone', () => {
    expect(terms('shanghai parks').join(' ')).not.toMatch(/上海|shanghai/);
    expect(terms('shanghai').length).toBeGreaterThan(0);
  });
});

describe('the plans’ compound terms glossed part by part', () => {
  const dictionary = new Set(['健全', '全联', '联防', '机制', '旧', '区', '改造']);
  it('cuts a run into the fewest words, the plans’ common words preferred', () => {
    expect(segment('旧区改造', dictionary)).toEqual(['旧', '区', '改造']);
    const common = (word: string) => (word === '健全' ? 1 : 0);
    expect(segment('健全联防机制', dictionary, common)).toEqual(['健全', '联防', '机制']);
  });

  it('keeps the stems of a part’s first glosses, no filler', () => {
    expect(glossStems(['to transform', 'to reform'])).toEqual(['transform', 'reform']);
    expect(glossStems(['the old area of the city'])).toEqual(['old', 'area', 'city']);
  });

  it('ships terms the dictionary has no entry for, with their parts glossed', () => {
    const terms = LEXICON.compounds.split('|');
    expect(terms).toContain('旧·区·改造');
    expect(terms).toContain('联·防·联·控');
    expect(LEXICON.glosses.改造).toContain('transform');
  });

  it('names a term when the query glosses two of its parts or more, close together', () => {
    expect(composedTerms(['old', 'area', 'renovation', 'transform'])).toContain('旧区改造');
    expect(composedTerms(['protect', 'control'])).toContain('联防联控');
    // One word glosses one part only: no compound from it.
    expect(composedTerms(['control'])).toEqual([]);
    // Too far apart in the query to name one thing.
    expect(composedTerms(['protect', 'a', 'b', 'c', 'd', 'control'])).not.toContain('联防联控');
  });
});

describe('abbreviations derived from the plans’ dictionary terms', () => {
  it('takes the first character of each word, where the plans leave it unambiguous', () => {
    expect(LEXICON.abbreviations.人智).toBe('人工智能');
    expect(LEXICON.abbreviations.集电).toBe('集成电路');
    // A dictionary word of another meaning is never an abbreviation (上市 is not 上海市场).
    expect(LEXICON.abbreviations.上市).toBeUndefined();
    // The plans print 轨交 themselves: it is searched as printed, not expanded.
    expect(LEXICON.abbreviations.轨交).toBeUndefined();
  });

  it('finds them in a run of Chinese', () => {
    expect(derivedAbbreviations('人智产业')).toEqual([['人智', '人工智能']]);
    expect(derivedAbbreviations('人工智能产业')).toEqual([]);
  });
});

describe('the committed lexicon', () => {
  it('is built from the current plans, dictionary and build code (else run npm run build:search-lexicon)', async () => {
    const { inputsHash } = await import('../../../scripts/build-search-lexicon/build');
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '../../../text/search-lexicon.json'), 'utf8'));
    expect(committed.inputsHash).toBe(inputsHash());
  });
});
