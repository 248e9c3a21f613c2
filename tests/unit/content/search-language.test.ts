import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../../src/cli/load';
import { createSearchEngine } from '../../../src/content/search';
import { lookUpEnglish } from '../../../src/content/search-dictionary';
import { findSlips, readings } from '../../../src/content/search-pinyin';
import { buildVocabulary, parseQuery } from '../../../src/content/search-query';
import { normalise } from '../../../src/content/search-text';

const { index } = loadRepository();
const engine = createSearchEngine(index);
const haystacks = index.passages.map((p) => `${p.section.title}${p.paragraph.text}`.replace(/\s+/g, ''));
const vocabulary = buildVocabulary([...index.places.values()], haystacks);
const parse = (query: string) => parseQuery(query, vocabulary);
const firstPassages = (query: string, k = 5) =>
  engine
    .search(query, { limit: 30 })
    .results.flatMap((r) => (r.kind === 'passage' ? [r.passage] : []))
    .slice(0, k);

describe('English through CC-CEDICT reversed over the plans’ words', () => {
  it('maps a gloss to the plans’ word, phrases as phrases', () => {
    expect(lookUpEnglish('free trade zone')?.terms).toContain('自由贸易区');
    expect(lookUpEnglish('logistic')?.terms).toContain('物流');
    expect(lookUpEnglish('fuel cell')?.terms).toEqual(['燃料电池']);
    // Only words the plans use: the dictionary's 堵车 (traffic jam) is not in them.
    expect(lookUpEnglish('traffic jam')?.terms ?? []).not.toContain('堵车');
  });

  it('reads the longest phrase it knows first', () => {
    const groups = parse('fuel cell').groups;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toContain('燃料电池');
  });

  it('reaches passages with no reviewed glossary entry', () => {
    expect(firstPassages('fuel cell').some((p) => p.paragraph.text.includes('燃料电池'))).toBe(true);
    expect(firstPassages('kindergarten').some((p) => p.paragraph.text.includes('幼儿园'))).toBe(true);
  });
});

describe('traditional characters', () => {
  it('reads traditional as simplified, for every character the plans use', () => {
    expect(normalise('臨港新片區')).toBe('临港新片区');
    expect(normalise('綠道與濕地')).toBe('绿道与湿地');
    expect(normalise('會不會')).toBe('会不会');
  });

  it('never rewrites a character the plans print (著 in 显著)', () => {
    expect(normalise('显著提升')).toBe('显著提升');
  });

  it('finds the passage from a traditional query', () => {
    expect(firstPassages('臨港新片區生產總值').some((p) => p.paragraph.text.includes('临港新片区生产总值'))).toBe(true);
  });
});

describe('homophone and one-character slips', () => {
  const printed = (text: string) => haystacks.some((h) => h.includes(text));

  it('reads characters in toneless pinyin, folding close sounds', () => {
    expect(readings('新城')).toContain('xin cen');
    expect(readings('新成')).toContain('xin cen');
  });

  it('finds the plans’ word a slip sounds like', () => {
    expect(findSlips('嘉定新成', vocabulary.slips, printed)).toEqual([{ typed: '嘉定新成', meant: ['嘉定新城'] }]);
    expect(findSlips('黄埔江', vocabulary.slips, printed)[0]?.meant).toContain('黄浦江');
  });

  it('matches a word of four or more characters with one character wrong', () => {
    expect(findSlips('张江科学园', vocabulary.slips, printed)[0]?.meant).toContain('张江科学城');
  });

  it('leaves words the plans print alone', () => {
    expect(findSlips('嘉定新城', vocabulary.slips, printed)).toEqual([]);
    expect(findSlips('新城建设', vocabulary.slips, printed)).toEqual([]);
  });

  it('a slip costs rank, never the answer', () => {
    expect(firstPassages('嘉定新成')[0]?.paragraph.text).toContain('嘉定新城');
    expect(firstPassages('黄埔江堤防').some((p) => p.paragraph.text.includes('黄浦江堤防'))).toBe(true);
  });
});

describe('question words and filler carry no weight', () => {
  it('drops Chinese question words and the asker’s own words', () => {
    expect(parse('我家附近以后会不会堵车').groups.flat()).not.toEqual(
      expect.arrayContaining(['以后', '会不会', '我家', '附近']),
    );
    expect(parse('以后会不会堵车').groups[0]).toEqual(expect.arrayContaining(['堵车', '拥堵']));
  });

  it('drops English question words', () => {
    const terms = parse('what will happen to my housing').groups.flat();
    expect(terms).toContain('住房');
    for (const filler of ['what', 'will', 'happen', 'my']) expect(terms).not.toContain(filler);
  });
});

describe('mixed scripts and English section titles', () => {
  it('reads each script its own way and finds what both parts name', () => {
    const parsed = parse('Pudong 引领区');
    expect(parsed.groups.flat()).toEqual(expect.arrayContaining(['浦东', '引领区']));
    expect(firstPassages('Pudong 引领区')[0]?.section.id).toBe('p14/6.1');
  });

  it('searches the English section titles', () => {
    expect(firstPassages('Thousand Parks programme').map((p) => p.section.id)).toContain('p14/13.3.1');
  });
});
