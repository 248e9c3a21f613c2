import { describe, expect, it } from 'vitest';
import { ENGLISH_EXCEPTIONS, officialEnglish } from '../../../src/content/official-english';

describe('officialEnglish', () => {
  it('uses the city’s own names where they differ from the rule', () => {
    expect(officialEnglish('人民广场')).toBe("People's Square");
    expect(officialEnglish('世纪大道')).toBe('Century Avenue');
    expect(officialEnglish('外滩')).toBe('The Bund');
  });

  it('puts a road’s compass word first and a station’s after the stem', () => {
    expect(officialEnglish('南京东路')).toBe('East Nanjing Road');
    expect(officialEnglish('淮海中路')).toBe('Middle Huaihai Road');
    expect(officialEnglish('安亭北站')).toBe('Anting North Railway Station');
    expect(officialEnglish('上海南站')).toBe('Shanghai South Railway Station');
  });

  it('translates generic endings after the pinyin stem', () => {
    expect(officialEnglish('嘉定新城')).toBe('Jiading New Town');
    expect(officialEnglish('滴水湖')).toBe('Dishui Lake');
    expect(officialEnglish('太浦河')).toBe('Taipu River');
    // A known town's new town; a town whose own name ends in 新 is not one.
    expect(officialEnglish('安亭新镇')).toBe('Anting New Town');
    expect(officialEnglish('川沙新镇')).toBe('Chuansha New Town');
    expect(officialEnglish('竖新镇')).toBeNull();
  });

  it('knows nothing it has no stem for, rather than guessing pinyin', () => {
    expect(officialEnglish('甲乙路')).toBeNull();
    expect(officialEnglish('张江科学城')).toBeNull();
  });

  it('keeps exceptions free of machine pinyin', () => {
    for (const english of Object.values(ENGLISH_EXCEPTIONS)) expect(english).not.toMatch(/Renmin|Guangchang|Dadao/);
  });
});
