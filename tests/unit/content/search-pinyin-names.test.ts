import { describe, expect, it } from 'vitest';
import { characterCounts, nameByPinyin, syllableSplits } from '../../../src/content/search-pinyin-names';

// A small text whose answers are known by hand: 平台和 prints 台和 (tai he) twice by accident among
// eight 平台, 泰和 (tai he) once as a name; 竹园 (zhu yuan) once.
const text =
  '建设平台和机制，平台和网络，数据平台、服务平台、交易平台、开放平台、创新平台、公共平台。启动泰和污水厂二期扩建，建成竹园污水厂四期工程。';
const chars = characterCounts(text);

describe('names typed in pinyin', () => {
  it('cuts a word into pinyin syllables, fewest first', () => {
    expect(syllableSplits('zhuyuan')[0]).toEqual(['zhu', 'yuan']);
    expect(syllableSplits('xiaoyangshan')[0]).toEqual(['xiao', 'yang', 'shan']);
    expect(syllableSplits('xyz')).toEqual([]);
  });

  it('finds the run of characters read so, the one that holds together best', () => {
    expect(nameByPinyin('zhuyuan', text, chars)).toBe('竹园');
    expect(nameByPinyin('taihe', text, chars)).toBe('泰和');
  });

  it('finds nothing for a word the text has no reading of, or too short to be a name', () => {
    expect(nameByPinyin('laogang', text, chars)).toBeNull();
    expect(nameByPinyin('zhu', text, chars)).toBeNull();
  });
});
