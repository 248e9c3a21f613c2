import { describe, expect, it } from 'vitest';
import { englishOf } from '../../../scripts/build-gazetteer/english';

describe('gazetteer English names', () => {
  it('keeps short names in one word, with their generic ending in English', () => {
    expect(englishOf('七宝镇')).toBe('Qibao Town');
    expect(englishOf('竖新镇')).toBe('Shuxin Town');
    expect(englishOf('安亭新镇')).toBe('Anting New Town');
    expect(englishOf('五角场')).toBe('Wujiaochang');
    expect(englishOf('南京西路')).toBe('West Nanjing Road');
  });

  it('writes a long name word by word, not as one glued word', () => {
    expect(englishOf('新天地太平湖')).toBe('Xintiandi Taiping Lake');
    expect(englishOf('新虹桥中心花园')).toBe('Xinhongqiao Zhongxin Garden');
    expect(englishOf('宝山钢铁股份有限公司')).toBe('Baoshan Gangtie Gufen Youxiangongsi');
  });
});
