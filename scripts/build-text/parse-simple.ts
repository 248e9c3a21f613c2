import type { PlanSection } from '../../src/content/types';
import { chineseNumeral, OutlineBuilder } from './outline';

const BULLET = /^——/;

/**
 * 001, the Party committee's recommendations (2010): parts 一、…十二、, numbered paragraphs
 * （1）…（52） whose lead sentence is their title, "——" bullets, an unnumbered closing paragraph.
 * Line 1 mislabels the file; line 2 is the adoption date.
 */
export function parseProposal(text: string, planId: string): PlanSection[] {
  const out = new OutlineBuilder(planId);
  const lines = text.split('\n');
  lines.slice(1).forEach((line, index) => {
    const part = /^(十[一二]|[一二三四五六七八九十])、(.+)$/.exec(line);
    const item = /^（(\d{1,2})）([^。]+)。/.exec(line);
    const isLast = index === lines.length - 2;
    if (part?.[1] && part[2]) {
      out.heading('chapter', `part-${chineseNumeral(part[1])}`, `${part[1]}、`, part[2]);
    } else if (item?.[1] && item[2]) {
      out.heading('item', `para-${item[1]}`, `（${item[1]}）`, item[2]);
      out.paragraph('text', line.slice(item[0].length - item[2].length - 1));
    } else if (isLast && !BULLET.test(line)) {
      out.heading('chapter', 'closing', '', '结语');
      out.paragraph('text', line);
    } else {
      out.paragraph(BULLET.test(line) ? 'bullet' : 'text', line);
    }
  });
  return out.result();
}

/**
 * 003 (informatization, 2012) and 004 (smart city, 2016): parts 一、, sections （一）, items "1.标题"
 * (a CJK character after the dot keeps table cells like "1.5" out). Boxes 专栏, figures 图 and
 * tables 表 (one cell per line) are kept as such. An item line may be a heading (003, 004 parts
 * 三 and 四) or a lead sentence with its paragraph (004 part 一): the title stops at the first 。.
 */
export function parseNumberedPlan(text: string, planId: string, partsPattern: RegExp): PlanSection[] {
  const out = new OutlineBuilder(planId);
  const lines = text.split('\n');
  let part = 0;
  let section = 0;
  let box: string | null = null;
  // Lines 2–7: the issuing notice, document number and date; line 8 repeats the title.
  for (const line of lines.slice(1, 7)) out.paragraph('text', line);
  for (let i = 8; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const partMatch = partsPattern.exec(line);
    const sectionMatch = /^（([一二三四五六七八九十])）(.*)$/.exec(line);
    const itemMatch = /^(\d)\.([\u4e00-\u9fff][^。]*)(。?)(.*)$/.exec(line);
    const boxMatch = /^专栏(\d+-\d+|[一二三四五六七])(.*)$/.exec(line);
    const figureMatch = /^图(\d+-\d+)(.*)$/.exec(line);
    const tableMatch = /^表(\d+-\d+)(.*)$/.exec(line);
    if (partMatch?.[1]) {
      part = chineseNumeral(partMatch[1]);
      section = 0;
      box = null;
      out.heading('chapter', `${part}`, `${partMatch[1]}、`, line.slice(partMatch[0].length));
    } else if (sectionMatch?.[1]) {
      section = chineseNumeral(sectionMatch[1]);
      box = null;
      out.heading('section', `${part}.${section}`, `（${sectionMatch[1]}）`, sectionMatch[2] ?? '');
    } else if (itemMatch?.[1] && itemMatch[2]) {
      box = null;
      out.heading('item', `${part}.${section}.${itemMatch[1]}`, `${itemMatch[1]}.`, itemMatch[2]);
      if (itemMatch[4]) out.paragraph('text', itemMatch[4]);
    } else if (boxMatch?.[1]) {
      box = `专栏${boxMatch[1]} ${boxMatch[2] ?? ''}`.trim();
      out.paragraph('box', '', box);
    } else if (figureMatch?.[1]) {
      out.paragraph('figure', '', `图${figureMatch[1]} ${figureMatch[2] ?? ''}`.trim());
    } else if (tableMatch?.[1]) {
      const cells: string[] = [];
      while (
        i + 1 < lines.length &&
        (lines[i + 1] ?? '').trim().length <= 40 &&
        !partsPattern.test(lines[i + 1] ?? '')
      ) {
        i++;
        cells.push((lines[i] ?? '').replace(/\u3000/g, ' ').trim());
      }
      out.paragraph('table', cells.join(' | '), `表${tableMatch[1]} ${tableMatch[2] ?? ''}`.trim());
    } else if (box && !/^——/.test(line) && /^[^。：:，]{2,25}[。：:]/.test(line)) {
      out.paragraph('box', line, box);
    } else {
      box = null;
      out.paragraph(/^——/.test(line) ? 'bullet' : 'text', line);
    }
  }
  return out.result();
}
