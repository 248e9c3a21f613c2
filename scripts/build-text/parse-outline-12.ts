import type { PlanSection } from '../../src/content/types';
import { chineseNumeral, OutlineBuilder } from './outline';

/** Captions of the figures (no image in the source), glued to the next lead sentence. */
const FIGURE_CAPTIONS: Record<string, string> = {
  '1－1': '经济发展水平持续提高',
  '1－2': '城市综合服务功能显著增强',
};
/** Numbered boxes: their titles are glued to their first entry. */
const BOX_TITLES: Record<string, string> = {
  '6－1': '发挥世博会后续效应',
  '7－1': '信息化重点应用工程',
};
/** Unnumbered box titles, each glued to its content on one line (README: l.15, 51, 76, 88, 134). */
const UNNUMBERED_BOXES = [
  '中国2010年上海世博会圆满成功',
  '加快建设上海"四个中心"',
  '2015年重点服务业预期发展目标',
  '2015年战略性新兴产业发展目标',
  '部分重点人才计划',
];

const CHAPTER = /第([一二三四五六七八九十]+)章/;
const SECTION = /第([一二三四五六七八九十]+)节/;

/**
 * 000, the 12th-plan outline part 1 (2011): chapters 第X章 and sections 第X节, found anywhere in a
 * line because two section headings are glued to the end of the previous paragraph; a number is
 * accepted only when it is the next in sequence, so "第三章" quoted in a sentence is not a heading.
 * The table of contents (lines 2–4) is skipped. Chapters 8–16 are not in the file.
 */
export function parseOutline12(text: string, planId: string): PlanSection[] {
  const out = new OutlineBuilder(planId);
  const lines = text.split('\n');
  let chapter = 0;
  let section = 0;
  let inBox: string | null = null;

  const body = (line: string) => {
    if (line.startsWith('●') || line.startsWith('---')) {
      out.paragraph('bullet', line.replace(/^---/, '——'), inBox ?? undefined);
      return;
    }
    if (inBox && /^[^。：]{2,12}工程：/.test(line)) {
      out.paragraph('box', line, inBox);
      return;
    }
    inBox = null;
    const figure = /^图(\d+－\d+)/.exec(line);
    const caption = figure?.[1] ? FIGURE_CAPTIONS[figure[1]] : undefined;
    if (figure?.[1] && caption) {
      out.paragraph('figure', '', `图${figure[1]} ${caption}`);
      out.paragraph('text', line.slice(figure[0].length + caption.length));
      return;
    }
    const boxTitle = UNNUMBERED_BOXES.find((title) => line.startsWith(title));
    if (boxTitle) {
      out.paragraph('box', line.slice(boxTitle.length), boxTitle);
      return;
    }
    const box = /专栏(\d+－\d+)/.exec(line);
    const numberedTitle = box?.[1] ? BOX_TITLES[box[1]] : undefined;
    if (box?.[1] && numberedTitle) {
      out.paragraph('text', line.slice(0, box.index));
      inBox = `专栏${box[1]} ${numberedTitle}`;
      out.paragraph('box', line.slice(box.index + box[0].length + numberedTitle.length), inBox);
      return;
    }
    out.paragraph('text', line);
  };

  out.paragraph('text', lines[4] ?? '');
  for (const line of lines.slice(5)) {
    const chapterMatch = CHAPTER.exec(line);
    if (chapterMatch?.[1] && chineseNumeral(chapterMatch[1]) === chapter + 1) {
      body(line.slice(0, chapterMatch.index));
      chapter += 1;
      section = 0;
      inBox = null;
      out.heading('chapter', `ch${chapter}`, chapterMatch[0], line.slice(chapterMatch.index + chapterMatch[0].length));
      continue;
    }
    const sectionMatch = SECTION.exec(line);
    if (sectionMatch?.[1] && chineseNumeral(sectionMatch[1]) === section + 1) {
      body(line.slice(0, sectionMatch.index));
      section += 1;
      inBox = null;
      out.heading(
        'section',
        `ch${chapter}.s${section}`,
        sectionMatch[0],
        line.slice(sectionMatch.index + sectionMatch[0].length),
      );
      continue;
    }
    body(line);
  }
  return out.result();
}
