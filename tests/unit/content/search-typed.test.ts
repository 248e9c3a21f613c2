import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/content/gazetteer';
import { buildVocabulary, editDistance, parseQuery } from '../../../src/content/search-query';
import { typedWords } from '../../../src/content/search-typed';

const place = (id: string, zh: string, en: string): Place => ({
  id,
  name_zh: zh,
  name_en: en,
  names_zh: [zh],
  names_en: [en],
  targets: [{ layerId: 'test', featureId: id }],
});
/** Places and a text of the plans whose answers are known by hand. */
const vocabulary = buildVocabulary(
  [
    place('hongqiao-hub', '虹桥枢纽', 'Hongqiao Transport Hub'),
    place('songjiang', '松江新城', 'Songjiang New Town'),
    place('suzhou-creek', '苏州河', 'Suzhou Creek'),
    place('lego', '乐高主题乐园', 'LEGOLAND Shanghai'),
  ],
  ['推进五个新城建设，嘉定新城、松江新城。'],
);
const words = (query: string, typing = true) => typedWords(query.split(' '), vocabulary, typing);

describe('words as typed', () => {
  it('completes the last word from the names and phrases known, alone or within a phrase', () => {
    expect(words('hongq')).toEqual(['hongqiao']);
    expect(words('new tow')).toEqual(['new', 'town']);
    expect(words('suzhou cr')).toEqual(['suzhou', 'creek']);
    // Not once the query ends in a space, nor a word a table knows, nor one whole syllable alone.
    expect(words('hongq', false)).toEqual(['hongq']);
    expect(words('creek')).toEqual(['creek']);
    expect(words('song')).toEqual(['song']);
    expect(parseQuery('hongq', vocabulary).groups.flat()).toContain('虹桥');
    expect(parseQuery('hongq ', vocabulary).groups.flat()).not.toContain('虹桥');
  });

  it('joins pinyin syllables typed apart when together they are a name or the plans print them', () => {
    expect(words('song jiang', false)).toEqual(['songjiang']);
    expect(words('xin cheng', false)).toEqual(['xincheng']);
    expect(parseQuery('xin cheng', vocabulary).groups.flat()).toContain('新城');
    // English words that happen to be syllables stay apart.
    expect(words('long term', false)).toEqual(['long', 'term']);
  });

  it('splits words run together into the fewest known words, but not pinyin', () => {
    expect(words('suzhoucreek', false)).toEqual(['suzhou', 'creek']);
    expect(words('freetradezone', false)).toEqual(['free', 'trade', 'zone']);
    expect(words('songjiang', false)).toEqual(['songjiang']);
    expect(parseQuery('suzhoucreek', vocabulary).groups.flat()).toContain('苏州河');
  });

  it('reads a place name without "Shanghai", as queries drop it', () => {
    expect(parseQuery('legoland', vocabulary).placeIds).toEqual(['lego']);
  });

  it('counts two neighbouring letters swapped as one slip', () => {
    expect(editDistance('jaiding', 'jiading', 1)).toBe(1);
    expect(editDistance('lingnag', 'lingang', 1)).toBe(1);
    expect(editDistance('abc', 'cba', 1)).toBe(2);
  });
});
