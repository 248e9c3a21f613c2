import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/content/gazetteer';
import { buildVocabulary, editDistance, parseQuery, suggestTerms } from '../../../src/content/search-query';

const place = (id: string, zh: string, en: string, namesZh: string[] = [], namesEn: string[] = []): Place => ({
  id,
  name_zh: zh,
  name_en: en,
  names_zh: [zh, ...namesZh],
  names_en: [en, ...namesEn],
  targets: [{ layerId: 'test', featureId: id }],
});
const vocabulary = buildVocabulary([
  place('nanhui', '南汇新城', 'Nanhui New Town', ['临港新城']),
  place('dishui', '滴水湖', 'Dishui Lake'),
  place('suzhou-creek', '苏州河', 'Suzhou Creek', ['吴淞江']),
]);
const read = (query: string) => parseQuery(query, vocabulary);

describe('parseQuery', () => {
  it('recognises places anywhere in an English query, "New City" as "New Town"', () => {
    const parsed = read('what does the plan say about Nanhui New City?');
    expect(parsed.placeIds).toEqual(['nanhui']);
    expect(parsed.groups.flat()).toContain('南汇新城');
    expect(parsed.groups.flat()).not.toContain('what');
  });

  it('derives pinyin stems from place names ("Nanhui" alone reaches 南汇)', () => {
    expect(read('nanhui').groups.flat()).toContain('南汇');
  });

  it('translates glossary terms, plurals and small typos', () => {
    expect(read('greenways').groups.flat()).toContain('绿道');
    expect(read('greenwya').groups.flat()).toContain('绿道');
    expect(read('metro').groups.flat()).toEqual(expect.arrayContaining(['轨道交通', '地铁']));
    expect(read('sub-centre').groups.flat()).toContain('副中心');
  });

  it('never reads a real word as a typo of another ("north" is not "worth" → 价值)', () => {
    expect(read('north').groups.flat()).not.toContain('价值');
    expect(read('enviroment').groups.flat()).toContain('环境');
  });

  it('joins adjacent translations so "Yangshan port" also asks for 洋山港', () => {
    expect(read('Yangshan port').groups.flat()).toContain('洋山港');
  });

  it('adds synonyms to Chinese words, weighed as secondary', () => {
    const parsed = read('地铁');
    expect(parsed.groups.flat()).toContain('轨道交通');
    expect(parsed.secondary).toContain('轨道交通');
  });

  it('takes plan markers out of the words and names the plans', () => {
    expect(read('十四五 新城').plans).toEqual(['p14']);
    expect(read('“十二五”轨道交通').plans).toEqual(['p12-proposal', 'p12-outline', 'p12-info']);
    expect(read('12th plan GDP').plans).toHaveLength(3);
    expect(read('十四五 新城').groups.flat().join()).not.toContain('十四');
    expect(read('二〇三五年远景目标').yearPlans).toEqual(['p14']);
    expect(read('14th plan').groups).toEqual([['十四五']]);
  });

  it('drops question words and particles', () => {
    const words = read('苏州河中心城区岸线贯通了多少公里').groups.flat().join(' ');
    expect(words).not.toMatch(/多少|了/);
    expect(words).toContain('公里');
  });

  it('joins Chinese typed with spaces between the characters, keeps spaced words apart', () => {
    expect(read('苏 州 河').placeIds).toEqual(['suzhou-creek']);
    expect(read('滴水湖 苏州河').groups.flat()).toEqual(expect.arrayContaining(['滴水湖', '苏州河']));
  });

  it('is not bothered by regex characters or empty input', () => {
    for (const query of ['(.*', '[', '\\', '$^', '?', '', '   ', '+*?{}|']) {
      expect(() => read(query)).not.toThrow();
    }
    expect(read('(.*').groups).toEqual([]);
  });
});

describe('suggestTerms', () => {
  it('offers nearby English terms and Chinese names', () => {
    expect(suggestTerms('dishui lak', vocabulary)[0]).toBe('dishui lake');
    expect(suggestTerms('苏州', vocabulary)).toContain('苏州河');
  });
});

describe('editDistance', () => {
  it('counts edits and stops past the limit', () => {
    // Two neighbouring letters swapped are one edit.
    expect(editDistance('greenway', 'greenwya', 2)).toBe(1);
    expect(editDistance('greenway', 'grenwya', 2)).toBe(2);
    expect(editDistance('park', 'parks', 1)).toBe(1);
    expect(editDistance('metro', 'forest', 1)).toBe(2);
  });
});
