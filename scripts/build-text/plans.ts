import type { PlanDoc, PlanSection } from '../../src/content/types';
import { parseOutline12 } from './parse-outline-12';
import { parsePlan14 } from './parse-plan-14';
import { parseNumberedPlan, parseProposal } from './parse-simple';

type Meta = Omit<PlanDoc, 'sections'> & { parse: (text: string, id: string) => PlanSection[] };

/** The five plans in time order, with the parser that knows each file's numbering and damage. */
export const PLAN_FILES: Meta[] = [
  {
    id: 'p12-proposal',
    file: '001_9209025ad15e3ce9.txt',
    order: 1,
    year: 2010,
    title: {
      zh: '中共上海市委关于制定上海市国民经济和社会发展第十二个五年规划的建议',
      en: 'CPC Shanghai Committee recommendations for the 12th Five-Year Plan',
    },
    short: { zh: '十二五规划建议', en: '12th-plan proposal' },
    parse: parseProposal,
  },
  {
    id: 'p12-outline',
    file: '000_58ba740c2ca4bfa6.txt',
    order: 2,
    year: 2011,
    title: {
      zh: '上海市国民经济和社会发展第十二个五年规划纲要（上）',
      en: 'Outline of the 12th Five-Year Plan (part 1)',
    },
    short: { zh: '十二五规划纲要', en: '12th-plan outline' },
    parse: parseOutline12,
  },
  {
    id: 'p12-info',
    file: '003_3e71ed77f2850d60.txt',
    order: 3,
    year: 2012,
    title: {
      zh: '上海市国民经济和社会信息化“十二五”规划',
      en: '12th Five-Year Plan for Informatization',
    },
    short: { zh: '信息化十二五规划', en: 'Informatization plan' },
    parse: (text, id) => parseNumberedPlan(text, id, /^(十|[一二三四五六七八九])、/),
  },
  {
    id: 'p13-smart',
    file: '004_ee0002ee758c43d0.txt',
    order: 4,
    year: 2016,
    title: {
      zh: '上海市推进智慧城市建设“十三五”规划',
      en: '13th Five-Year Plan for Smart City Development',
    },
    short: { zh: '智慧城市十三五规划', en: 'Smart-city plan' },
    parse: (text, id) => parseNumberedPlan(text, id, /^([一二三四五])、/),
  },
  {
    id: 'p14',
    file: '002_aa766365475b4807.txt',
    order: 5,
    year: 2021,
    title: {
      zh: '上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      en: 'Outline of the 14th Five-Year Plan and Long-Range Objectives for 2035',
    },
    short: { zh: '十四五规划纲要', en: '14th plan' },
    parse: parsePlan14,
  },
];
