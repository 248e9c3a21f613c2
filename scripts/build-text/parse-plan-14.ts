import type { PlanSection } from '../../src/content/types';
import { chineseNumeral, OutlineBuilder } from './outline';
import { restoreSubscripts } from './subscripts';

/**
 * Chapter titles as printed. Chapter headings are glued to their intro paragraph with no
 * delimiter, so the known title says where to cut. Chapter 一's heading is not in the file.
 */
const CHAPTER_TITLES = [
  '',
  '“十四五”时期经济社会发展指导方针和主要目标',
  '强化全球资源配置功能，提升城市服务辐射能级',
  '强化科技创新策源功能，扩大高水平科技供给',
  '强化高端产业引领功能，加快释放发展新动能',
  '强化开放枢纽门户功能，增创国际合作和竞争新优势',
  '弘扬城市精神和城市品格，提升国际文化大都市软实力',
  '全面推动城市数字化转型，加快打造具有世界影响力的国际数字之都',
  '推动长三角更高质量一体化发展，服务全国发展大局',
  '优化功能布局，塑造市域空间新格局',
  '全面推进乡村振兴战略，促进城乡融合发展',
  '加强面向未来的现代化基础设施建设，提高超大城市服务水平',
  '巩固提升生态环境质量，加快建设生态宜居城市',
  '努力创造高品质生活，更好满足人民对美好生活的向往',
  '提高城市治理现代化水平，共建安全韧性城市',
  '全面深化改革，充分激活高质量发展动力',
];

/** N.N titles where the intro's first words look like a title's end (checked by hand). */
const SECTION_TITLES: Record<string, string> = {
  '1.2': '准确把握新发展阶段上海发展面临的新机遇新挑战',
  '1.3': '到 2035 年基本建成具有世界影响力的社会主义现代化国际大都市',
  '2.1': '指导思想',
  '2.2': '基本原则',
  '4.5': '厚植支撑国际科创中心功能的人才优势',
  '4.6': '以张江科学城为重点推进科创中心承载区建设',
  '6.1': '推动浦东新区打造社会主义现代化建设引领区',
  '7.1': '繁荣发展社会主义先进文化',
  '7.2': '推进公共文化服务高质量发展',
  '9.1': '聚焦重点领域协同推进',
  '9.2': '聚焦重点区域率先突破',
  '9.3': '聚焦重大项目强化落实',
  '9.4': '聚焦重大平台深化合作',
  '11.4': '发挥各类城镇对乡村的带动联接作用',
  '13.1': '大力促进经济社会全面绿色转型',
  '14.3': '积极应对人口老龄化',
  '14.4': '强化就业优先政策',
  '14.8': '创新完善公共服务供给',
  '15.1': '以绣花般功夫推进城市管理精细化',
  '15.2': '筑牢守好城市安全底线',
  '16.6': '强化规划实施保障机制',
};

/** Words an N.N intro paragraph starts with; the title is what comes before the first of them. */
const INTRO_STARTERS = [
  '围绕',
  '坚持',
  '以',
  '按照',
  '聚焦',
  '加快',
  '强化',
  '全力',
  '积极',
  '统筹',
  '稳步',
  '瞄准',
  '发挥',
  '不断',
  '适应',
  '推动',
  '进一步',
  '加强',
  '准确',
  '优先',
  '把',
  '着力',
  '科学',
  '实施',
  '毫不动摇',
  '贯彻',
  '突出',
  '建立健全',
  '充分',
  '深化',
  '主动',
  '锚定',
  '面向',
  '牢牢',
  '立足',
  '顺应',
  '深入',
  '大力',
  '落实',
  '健全',
  '对标',
  '在',
];

const FIGURES = ['“十四五”上海特色产业园区布局（首批）', '“十四五”上海市域功能布局', '“十四五”上海公园绿地建设布局'];
const INDICATOR_TABLE = '上海市“十四五”规划《纲要》主要指标';
/** Extraction damage fixed by hand, each checked against the README's description. */
/** "322.53微克" is 32 + the displaced PM2.5 subscript + page 3 (see the plan-text README). */
const LITERAL_FIXES: [string, string][] = [
  [
    '细颗粒物（PM ）年平均浓度从 2015 年 53 微克/立方米下降至 322.53微克',
    '细颗粒物（PM2.5）年平均浓度从 2015 年 53 微克/立方米下降至 32微克',
  ],
];

export function sectionTitle(number: string, rest: string): string {
  const known = SECTION_TITLES[number];
  if (known) return known;
  for (let cut = 4; cut < Math.min(34, rest.length); cut++) {
    if ('的和与、，及'.includes(rest[cut - 1] ?? '')) continue;
    if (INTRO_STARTERS.some((word) => rest.startsWith(word, cut))) return rest.slice(0, cut);
  }
  return rest;
}

/**
 * Page numbers 2–152 are glued into the text. They only grow, so a digit group is taken for a page
 * number when it is the next page or close after it; "2035年" and other real numbers never are.
 */
export class PageTracker {
  page = 1;

  isPage(digits: string): boolean {
    const n = Number(digits);
    return n > this.page && n <= this.page + 4;
  }

  take(digits: string): void {
    this.page = Number(digits);
  }

  /** Removes page numbers glued between two CJK characters or at a line's end. */
  clean(text: string): string {
    return text.replace(/([\u4e00-\u9fff])(\d{1,3})(?=[\u4e00-\u9fff]|$)/g, (whole, before: string, digits: string) => {
      if (!this.isPage(digits)) return whole;
      this.take(digits);
      return before;
    });
  }
}

interface Counters {
  chapter: number;
  section: number;
  subsection: number;
  annexEntry: number;
}

/**
 * Splits "425.1.3" into page 42 and number 5.1.3: the chapter part must be the current or the next
 * chapter and the whole number the next in sequence, which leaves one reading.
 */
export function splitNumber(
  digits: string,
  rest: string[],
  counters: Counters,
): { page: string; parts: number[] } | null {
  for (let cut = 0; cut < digits.length; cut++) {
    const chapterText = digits.slice(cut);
    if (chapterText.startsWith('0')) continue;
    const parts = [Number(chapterText), ...rest.map(Number)];
    const [c = 0, s = 0, ss] = parts;
    const nextSection =
      (c === counters.chapter && s === counters.section + 1) || (c === counters.chapter + 1 && s === 1);
    const nextSub = c === counters.chapter && s === counters.section && ss === counters.subsection + 1;
    if ((ss === undefined && nextSection) || (ss !== undefined && nextSub))
      return { page: digits.slice(0, cut), parts };
  }
  return null;
}

/**
 * 002, the 14th plan with 2035 goals (2021). One sentence a line; headings glued to text and to page
 * numbers; the file starts inside §1.1 and ends with 结语 and the annex of indicators and terms.
 */
export function parsePlan14(text: string, planId: string): PlanSection[] {
  const out = new OutlineBuilder(planId);
  const pages = new PageTracker();
  const counters: Counters = { chapter: 1, section: 1, subsection: 0, annexEntry: 0 };
  let inAnnex = false;
  let annexPart = 0;
  out.heading('chapter', '1', '一、', '（本章标题不在原文中）');
  out.heading('section', '1.1', '1.1', '（本节标题不在原文中）');

  const stripPage = (rest: string): string => {
    const page = /^(\d{1,3})(?=\D)/.exec(rest);
    if (page?.[1] && pages.isPage(page[1])) {
      const after = rest.slice(page[1].length);
      if (/^(图 |结 语|附件|[一二三四五六七八九十]+、|\d|上海市“十四五”)/.test(after)) {
        pages.take(page[1]);
        return after;
      }
    }
    return rest;
  };

  const process = (input: string): void => {
    const rest = stripPage(input);
    if (rest === '') return;
    const figure = FIGURES.find((caption) => rest.startsWith(`图 ${FIGURES.indexOf(caption) + 1} ${caption}`));
    if (figure) {
      const label = `图 ${FIGURES.indexOf(figure) + 1} ${figure}`;
      out.paragraph('figure', '', label);
      process(rest.slice(label.length));
      return;
    }
    if (rest.startsWith(INDICATOR_TABLE)) {
      out.paragraph('table', rest.slice(INDICATOR_TABLE.length), INDICATOR_TABLE);
      return;
    }
    if (rest.startsWith('结 语')) {
      out.heading('chapter', 'closing', '', '结语');
      process(rest.slice('结 语'.length));
      return;
    }
    if (rest.startsWith('附件：')) {
      const title = '附件：《纲要》有关指标及名词解释';
      inAnnex = true;
      out.heading('annex', 'annex', '附件', title.slice(3));
      process(rest.slice(title.length));
      return;
    }
    const part = /^([一二])、(部分指标解释|有关名词解释)/.exec(rest);
    if (inAnnex && part?.[1] && part[2]) {
      counters.annexEntry = 0;
      annexPart = chineseNumeral(part[1]);
      out.heading('section', `annex.${annexPart}`, `${part[1]}、`, part[2]);
      process(rest.slice(part[0].length));
      return;
    }
    const annexEntry = /^(\d{1,5})、([^。]+)。$/.exec(rest);
    if (inAnnex && annexEntry?.[1] && annexEntry[2]) {
      const digits = annexEntry[1];
      const expected = String(counters.annexEntry + 1);
      if (digits.endsWith(expected)) {
        const page = digits.slice(0, digits.length - expected.length);
        if (page) pages.take(page);
        counters.annexEntry += 1;
        out.heading('item', `annex.${annexPart}.${expected}`, `${expected}、`, annexEntry[2]);
        return;
      }
    }
    const chapter = /^(十[一二三四五六]|[一二三四五六七八九十])、/.exec(rest);
    if (!inAnnex && chapter?.[1] && chineseNumeral(chapter[1]) === counters.chapter + 1) {
      const n = chineseNumeral(chapter[1]);
      const title = CHAPTER_TITLES[n - 1] ?? '';
      const body = rest.slice(chapter[0].length);
      if (!body.startsWith(title)) throw new Error(`002: chapter ${chapter[1]} does not start with its known title`);
      counters.chapter = n;
      counters.section = 0;
      counters.subsection = 0;
      out.heading('chapter', String(n), `${chapter[1]}、`, title);
      process(body.slice(title.length));
      return;
    }
    const number = /^(\d{1,5})\.(\d{1,2})(?:\.(\d{1,2}))? ?/.exec(rest);
    if (!inAnnex && number?.[1] && number[2]) {
      const split = splitNumber(number[1], number[3] ? [number[2], number[3]] : [number[2]], counters);
      if (split) {
        if (split.page) pages.take(split.page);
        const [c = 0, s = 0, ss] = split.parts;
        const body = rest.slice(number[0].length);
        if (ss === undefined) {
          counters.chapter = c;
          counters.section = s;
          counters.subsection = 0;
          const title = sectionTitle(`${c}.${s}`, body);
          out.heading('section', `${c}.${s}`, `${c}.${s}`, title);
          process(body.slice(title.length));
          return;
        }
        counters.subsection = ss;
        const end = body.indexOf('。');
        const title = end >= 0 ? body.slice(0, end) : body;
        out.heading('subsection', `${c}.${s}.${ss}`, `${c}.${s}.${ss}`, title);
        process(end >= 0 ? body.slice(end + 1) : '');
        return;
      }
    }
    out.paragraph('text', pages.clean(rest));
  };

  const lines = text.split('\n');
  for (const raw of lines.slice(0, -1)) {
    const line = restoreSubscripts(LITERAL_FIXES.reduce((acc, [from, to]) => acc.replace(from, to), raw));
    process(line.trim());
  }
  return out.result();
}
