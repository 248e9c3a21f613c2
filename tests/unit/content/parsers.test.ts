import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../scripts/build-text/index';
import { chineseNumeral } from '../../../scripts/build-text/outline';
import { PageTracker, sectionTitle, splitNumber } from '../../../scripts/build-text/parse-plan-14';
import type { PlanDoc, PlanSection } from '../../../src/content/types';

const corpus = buildCorpus();
const plan = (id: string) => corpus.plans.find((p) => p.id === id) as PlanDoc;

function all(sections: PlanSection[]): PlanSection[] {
  return sections.flatMap((s) => [s, ...all(s.children)]);
}
function section(id: string): PlanSection {
  const found = corpus.plans.flatMap((p) => all(p.sections)).find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}
const kinds = (p: PlanDoc, kind: string) => all(p.sections).filter((s) => s.kind === kind);

describe('chineseNumeral', () => {
  it('reads heading numerals', () => {
    expect(['一', '九', '十', '十二', '二十', '十六'].map(chineseNumeral)).toEqual([1, 9, 10, 12, 20, 16]);
  });
});

describe('14th plan (002)', () => {
  const p14 = plan('p14');

  it('has 16 chapters, 72 N.N and 193 N.N.N headings', () => {
    expect(kinds(p14, 'chapter').filter((c) => c.number !== '')).toHaveLength(16);
    expect(kinds(p14, 'section').filter((s) => !s.id.includes('annex'))).toHaveLength(72);
    expect(kinds(p14, 'subsection')).toHaveLength(193);
  });

  it('splits page numbers glued to headings (8410.2.2 = p.84 + 10.2.2, 10613.3 = p.106 + 13.3)', () => {
    expect(section('p14/10.2.2').number).toBe('10.2.2');
    expect(section('p14/13.3').title).toBe('加快建设开放共享、多彩可及的生态空间');
    expect(section('p14/5.1.3').kind).toBe('subsection');
  });

  it('cuts headings glued to their intro at the known title', () => {
    expect(section('p14/10').title).toBe('优化功能布局，塑造市域空间新格局');
    expect(section('p14/10.2').title).toBe('新城发力建设独立综合性节点城市');
    expect(section('p14/10.2.1').title).toBe('分类指导推进新城建设');
    expect(section('p14/10.2').paragraphs[0]?.text.startsWith('大力实施新城发展战略')).toBe(true);
  });

  it('finds headings after a heading or a caption on the same line (l.49, l.50, l.765, l.1036)', () => {
    expect(section('p14/2.1').title).toBe('指导思想');
    expect(section('p14/2.2.1').title).toBe('坚持党的全面领导');
    expect(section('p14/10.1').title).toBe('推动主城区综合功能升级');
    expect(section('p14/13.3.2').title).toBe('拓展耕地、林地、绿地、湿地等生态空间');
    expect(section('p14/6').title).toBe('强化开放枢纽门户功能，增创国际合作和竞争新优势');
  });

  it('keeps figure captions, says the image is absent, and keeps the indicator table', () => {
    const figures = all(p14.sections).flatMap((s) => s.paragraphs.filter((p) => p.kind === 'figure'));
    expect(figures.map((f) => f.title)).toEqual([
      '图 1 “十四五”上海特色产业园区布局（首批）',
      '图 2 “十四五”上海市域功能布局',
      '图 3 “十四五”上海公园绿地建设布局',
    ]);
    expect(all(p14.sections).some((s) => s.paragraphs.some((p) => p.kind === 'table'))).toBe(true);
  });

  it('removes page numbers glued into words but keeps real numbers', () => {
    const text = all(p14.sections)
      .flatMap((s) => s.paragraphs.map((p) => p.text))
      .join('\n');
    expect(text).toContain('连续 11 年保持世界第一');
    expect(text).toContain('临港新片区');
    expect(text).toContain('下降至 32微克');
    expect(text).toContain('2035');
  });

  it('reads the annex entries, including 14822、 = p.148 + entry 22', () => {
    const terms = section('p14/annex.2');
    expect(terms.title).toBe('有关名词解释');
    expect(terms.children[0]?.title).toBe('四大品牌');
    expect(terms.children.map((c) => c.number)).toContain('22、');
  });
});

describe('page numbers and numbering helpers', () => {
  it('takes only the next pages as page numbers', () => {
    const pages = new PageTracker();
    expect(pages.clean('上海港集装箱吞吐量连续 11 年保2持世界第一')).toBe('上海港集装箱吞吐量连续 11 年保持世界第一');
    expect(pages.clean('到2035年')).toBe('到2035年');
    expect(pages.page).toBe(2);
  });

  it('splits a glued page number so the heading number is next in sequence', () => {
    const counters = { chapter: 5, section: 1, subsection: 2, annexEntry: 0 };
    expect(splitNumber('425', ['1', '3'], counters)).toEqual({ page: '42', parts: [5, 1, 3] });
    expect(splitNumber('425', ['1', '9'], counters)).toBeNull();
  });

  it('cuts an N.N title before the intro sentence', () => {
    expect(sectionTitle('12.1', '持续提升一体化交通网络体系围绕提能级、补短板')).toBe('持续提升一体化交通网络体系');
  });
});

describe('12th-plan outline (000)', () => {
  const p = plan('p12-outline');

  it('has chapters 1–7 and finds section headings glued to a paragraph end (l.154, l.162)', () => {
    expect(kinds(p, 'chapter')).toHaveLength(7);
    expect(section('p12-outline/ch6.s2').title).toBe('优化中心城功能');
    expect(section('p12-outline/ch6.s4').title).toBe('提升小城镇建设和管理水平');
  });

  it('keeps boxes and figure captions as such, the mid-line box included', () => {
    const s = section('p12-outline/ch7.s2');
    expect(s.paragraphs.some((x) => x.kind === 'box' && x.title === '专栏7－1 信息化重点应用工程')).toBe(true);
    const first = section('p12-outline/ch1.s1');
    expect(first.paragraphs.filter((x) => x.kind === 'figure').map((x) => x.title)).toEqual([
      '图1－1 经济发展水平持续提高',
      '图1－2 城市综合服务功能显著增强',
    ]);
    expect(first.paragraphs.some((x) => x.kind === 'box' && x.title === '中国2010年上海世博会圆满成功')).toBe(true);
  });
});

describe('12th-plan proposal (001)', () => {
  const p = plan('p12-proposal');

  it('has 12 parts, 52 numbered paragraphs titled by their lead sentence, and the closing paragraph', () => {
    expect(kinds(p, 'chapter').filter((c) => c.id !== 'p12-proposal/closing')).toHaveLength(12);
    expect(kinds(p, 'item')).toHaveLength(52);
    expect(section('p12-proposal/para-6').title).toBe('显著增强国际航运中心资源配置能力');
    expect(section('p12-proposal/closing').paragraphs).toHaveLength(1);
  });
});

describe('informatization (003) and smart-city (004) plans', () => {
  it('003: parts, sections, items only under 一(一), and the one-cell-a-line table as one table', () => {
    const p = plan('p12-info');
    expect(kinds(p, 'chapter')).toHaveLength(10);
    expect(kinds(p, 'item').map((s) => s.id)).toEqual([1, 2, 3, 4, 5].map((n) => `p12-info/1.1.${n}`));
    const table = section('p12-info/1.5').paragraphs.find((x) => x.kind === 'table');
    expect(table?.title).toBe('表1-1 “十二五”信息化发展的主要指标');
    expect(table?.text.split(' | ').length).toBeGreaterThan(30);
  });

  it('004: sub-items are headings or lead sentences, boxes keep their entries', () => {
    expect(section('p13-smart/1.1.1').title).toBe(
      '民生服务信息化应用全覆盖，成为改善城市生活品质的重要支撑，惠民效果显现',
    );
    expect(section('p13-smart/3.2.1').title).toBe('培育分享服务新经济');
    const boxes = section('p13-smart/3.1.4').paragraphs.filter((x) => x.kind === 'box');
    expect(boxes[0]?.title).toBe('专栏一 智慧生活');
    expect(boxes.length).toBeGreaterThan(2);
  });
});
