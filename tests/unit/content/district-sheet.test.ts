import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DISTRICT_LAYERS, type DistrictItems } from '../../../src/analysis/district-items';
import { districtSheet } from '../../../src/content/district-sheet';
import type { Passage } from '../../../src/content/links';
import type { Quote } from '../../../src/content/quotes';
import type { PlanDoc, PlanSection } from '../../../src/content/types';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;
const feature = (props: Record<string, unknown>): AnyFeature => ({
  type: 'Feature',
  properties: props,
  geometry: { type: 'Point', coordinates: [121.2, 31] },
});

const section = (id: string, number: string, title: string, children: PlanSection[] = []): PlanSection => ({
  id,
  number,
  title,
  kind: 'section',
  paragraphs: [{ id: `${id}/1`, kind: 'text', text: '' }],
  children,
});
const newTowns = section('p14/6.1', '6.1', '推进新城建设');
const water = section('p14/9.2', '9.2', '加强水环境治理');
const plan = (order: number, sections: PlanSection[]): PlanDoc => ({
  id: `p${order}`,
  file: '',
  order,
  year: 2000 + order,
  title: { zh: '规划', en: 'Plan' },
  short: { zh: order === 21 ? '十四五' : '十二五', en: order === 21 ? '14th' : '12th' },
  sections,
});
const p14 = plan(21, [
  { ...section('p14/front', '', ''), children: [] },
  section('p14/6', '第六章', '城乡协调', [newTowns]),
  section('p14/9', '第九章', '生态环境', [water]),
]);
const p12 = plan(11, [section('p12/3', '第三章', '空间布局')]);
const quote = (p: PlanDoc, s: PlanSection, text: string): Quote => ({
  passage: { plan: p, section: s, paragraph: s.paragraphs[0], mentions: [] } as unknown as Passage,
  text,
  marks: [],
});

function items(): DistrictItems {
  const empty = Object.fromEntries(DISTRICT_LAYERS.map((id) => [id, []])) as unknown as DistrictItems;
  empty['new-towns'] = [
    feature({
      id: 'songjiang',
      name_zh: '松江新城',
      name_en: 'Songjiang New Town',
      accuracy: 'approximate',
      accuracy_m: 1000,
    }),
  ];
  empty['rail-lines'] = [
    feature({ id: '9', name_zh: '9号线', name_en: 'Line 9', status: 'operating', accuracy: 'surveyed' }),
  ];
  empty['rail-stations'] = [
    feature({ name_zh: '松江新城站', name_en: 'Songjiang Xincheng' }),
    feature({ name_zh: '醉白池站', name_en: 'Zuibaichi' }),
  ];
  return empty;
}

describe("a district's plan sheet", () => {
  const district = feature({ id: 'songjiang', name_zh: '松江区', name_en: 'Songjiang', population_2020: 1909713 });
  const quotes = [
    quote(p12, p12.sections[0] as PlanSection, '加快松江新城建设。'),
    quote(p14, newTowns, '松江新城建设独立的综合性节点城市。'),
    quote(p14, water, '完成松江污水厂扩建。'),
  ];

  it('groups the sentences by the chapter they stand in, the plan in force first, each with its section', () => {
    const sheet = districtSheet(district, items(), quotes, 'zh');
    expect(sheet.name).toBe('松江区');
    expect(sheet.themes.map((t) => t.title)).toEqual([
      '十四五 · 第六章 城乡协调',
      '十四五 · 第九章 生态环境',
      '十二五 · 第三章 空间布局',
    ]);
    expect(sheet.themes[0]?.quotes).toEqual([
      { text: '松江新城建设独立的综合性节点城市。', reference: '十四五 §6.1 推进新城建设' },
    ]);
    expect(sheet.summary).toContain('松江区');
  });

  it('lists each item on one line with where exactly it is, the stations as one line of names', () => {
    const sheet = districtSheet(district, items(), quotes, 'en');
    const byLayer = Object.fromEntries(sheet.items.map((g) => [g.layer.replace(/ \(\d+\)$/, ''), g.lines]));
    expect(sheet.items.map((g) => /\((\d+)\)$/.exec(g.layer)?.[1])).toEqual(['1', '1', '2']);
    expect(Object.values(byLayer)).toEqual([
      ['Songjiang New Town — Where exactly: approximate, within ~1 km'],
      ['Line 9 · Operating — Where exactly: surveyed'],
      ['Songjiang Xincheng, Zuibaichi'],
    ]);
  });
});
