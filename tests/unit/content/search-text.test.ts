import { describe, expect, it } from 'vitest';
import { chineseNumber, normalise, tokens } from '../../../src/content/search-text';

describe('normalise', () => {
  it('turns full-width letters, digits and signs into half width, lower case', () => {
    expect(normalise('ＰＭ２．５ 达到６０％')).toBe('pm2.5 达到60%');
  });

  it('writes Chinese years and counts as digits but leaves numerals inside names', () => {
    expect(normalise('二〇三五年远景目标')).toBe('2035年远景目标');
    expect(normalise('到二○二○年')).toBe('到2020年');
    expect(normalise('公园数量达到千座以上')).toBe('公园数量达到1000座以上');
    expect(normalise('新建五十公里')).toBe('新建50公里');
    expect(normalise('一江一河 “十二五” 四个中心')).toBe('一江一河 “十二五” 四个中心');
  });

  it('joins spaced and comma-grouped thousands', () => {
    expect(normalise('1 000 parks, 2,000 km')).toBe('1000 parks, 2000 km');
    expect(normalise('2015 年 53 微克')).toBe('2015 年 53 微克');
  });

  it('reads common traditional characters as simplified', () => {
    expect(normalise('綠道 軌道交通 蘇州河濱江 臨港')).toBe('绿道 轨道交通 苏州河滨江 临港');
  });

  it('removes zero-width and bidi control characters', () => {
    expect(normalise('苏\u200b州\u202e河\ufeff')).toBe('苏州河');
  });
});

describe('chineseNumber', () => {
  it('reads positional and digit-by-digit numerals', () => {
    expect(['十四', '三百', '千', '一千零五', '二〇三五', '五十万'].map(chineseNumber)).toEqual([
      14, 300, 1000, 1005, 2035, 500_000,
    ]);
  });
});

describe('tokens', () => {
  it('pairs Han characters and keeps Latin words and numbers whole', () => {
    expect(tokens('苏州河 42 公里')).toEqual(['苏州', '州河', '42', '公里']);
    expect(tokens('pm2.5 g60 专栏1-1')).toEqual(['pm2.5', 'pm', '2.5', 'g60', '60', '专栏', '1-1', '1', '1']);
    expect(tokens('湖')).toEqual(['湖']);
  });
});
