import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, formatField, formatValue, unitLabel, VALUE_LABELS } from '../../../src/i18n/fields';
import { countOf, pickLanguage, STRINGS } from '../../../src/i18n/strings';
import { ATTRIBUTIONS } from '../../../src/registry/attributions';
import { LAYER_GROUPS, LAYERS } from '../../../src/registry/layers';

const CJK = /[\u4e00-\u9fff]/;

describe('every user-facing string exists in Chinese and English', () => {
  const tables = { STRINGS, FIELD_LABELS, VALUE_LABELS, ATTRIBUTIONS };
  for (const [table, entries] of Object.entries(tables)) {
    it(table, () => {
      for (const [key, text] of Object.entries(entries)) {
        expect(text.zh.trim(), `${table}.${key}.zh`).not.toBe('');
        expect(text.en.trim(), `${table}.${key}.en`).not.toBe('');
        // The language switch names the other language in that language, by design.
        if (key !== 'switchLanguage') expect(CJK.test(text.en), `${table}.${key}.en has Chinese`).toBe(false);
      }
    });
  }

  it('layer titles, captions and groups', () => {
    const texts = [
      ...LAYERS.map((l) => l.title),
      ...LAYERS.flatMap((l) => (l.legend.caption ? [l.legend.caption] : [])),
      ...LAYER_GROUPS.map((g) => g.title),
    ];
    for (const text of texts) {
      expect(CJK.test(text.zh), text.zh).toBe(true);
      expect(CJK.test(text.en), text.en).toBe(false);
    }
  });
});

describe('pickLanguage', () => {
  it('prefers the stored choice, then the browser, then Chinese', () => {
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
    expect(pickLanguage(null, ['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLanguage(null, ['zh-TW'])).toBe('zh');
    expect(pickLanguage('xx', ['de'])).toBe('zh');
  });
});

describe('formatValue', () => {
  it('translates codes and formats numbers per language', () => {
    expect(formatValue('planned', 'zh')).toBe('规划');
    expect(formatValue('planned', 'en')).toBe('Planned');
    expect(formatValue(24870895, 'en')).toBe('24,870,895');
    expect(formatValue(null, 'en')).toBe('—');
    expect(formatValue('<b>x</b>', 'en')).toBe('<b>x</b>');
  });

  it('lists the items of a list, and says none for an empty one', () => {
    expect(formatValue(['planned', 'operating'], 'en')).toBe('Planned, Operating');
    expect(formatValue(['planned', 'operating'], 'zh')).toBe('规划、运营');
    expect(formatValue([], 'en')).toBe('—');
  });

  it('knows a code from a quantity, a list kept in one string, and a metro line’s English name', () => {
    const names = new Map([
      ['pudong', { zh: '浦东新区', en: 'Pudong New Area' }],
      ['fengxian', { zh: '奉贤区', en: 'Fengxian District' }],
      ['浦江线', { zh: '浦江线', en: 'Pujiang Line' }],
    ]);
    expect(formatField('adcode', 310112, 'en')).toBe('310112');
    expect(formatField('districts', 'pudong,fengxian', 'en', names)).toBe('Pudong New Area, Fengxian District');
    expect(formatField('districts', 'pudong,fengxian', 'zh', names)).toBe('浦东新区、奉贤区');
    expect(formatField('lines', '8号线 / 浦江线', 'en', names)).toBe('Line 8 / Pujiang Line');
    expect(formatField('lines', '8号线 / 浦江线', 'zh', names)).toBe('8号线 / 浦江线');
    expect(formatField('lines', '10号线 / 2号线 / 市域机场线', 'en')).toBe('Line 2 / Line 10 / Airport Link Line');
    expect(formatField('lines', '2号线 / 市域机场线 / 磁浮线', 'en')).toBe('Line 2 / Airport Link Line / Maglev Line');
    expect(formatField('population_2020', 2653489, 'en')).toBe('2,653,489');
    expect([unitLabel('people', 'zh'), unitLabel('座 parks', 'en'), unitLabel('m', 'en')]).toEqual([
      '人',
      'parks',
      'm',
    ]);
  });
});

describe('counts', () => {
  it('says "1 passage" and "2 passages" in English, one word in Chinese', () => {
    expect(countOf(1, 'passageShort', 'passagesShort', 'en')).toBe('1 passage');
    expect(countOf(2, 'passageShort', 'passagesShort', 'en')).toBe('2 passages');
    expect(countOf(1, 'featureCountOne', 'featureCount', 'en')).toBe('1 feature');
    expect(countOf(2, 'featureCountOne', 'featureCount', 'zh')).toBe('2 个要素');
  });
});

describe('attribute values', () => {
  it('translates a district stored in Chinese or as a slug, and never reads inherited keys', () => {
    const names = new Map([
      ['松江区', { zh: '松江区', en: 'Songjiang District' }],
      ['songjiang', { zh: '松江区', en: 'Songjiang District' }],
    ]);
    expect(formatValue('松江区', 'en', names)).toBe('Songjiang District');
    expect(formatValue('songjiang', 'zh', names)).toBe('松江区');
    expect(formatValue('constructor', 'en')).toBe('constructor');
  });
});
