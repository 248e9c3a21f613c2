import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, planTextDir } from '../../../scripts/build-text/index';
import type { PlanSection } from '../../../src/content/types';

/**
 * Every digit of the source must reach the parsed text, except glued page numbers (14th plan only).
 * Each heading and paragraph is traced back, in document order, to the source line it came from;
 * the digits a line has and its parsed pieces lack must then spell a page number (2–152) or nothing.
 */
const corpus = buildCorpus();
const skeleton = (text: string) => text.replace(/[\d\s.]/g, '');
const digits = (text: string) => [...text.replace(/\D/g, '')].sort().join('');

function pieces(sections: PlanSection[]): string[] {
  return sections.flatMap((s) => [
    `${s.number} ${s.title}`,
    ...s.paragraphs.map((p) => `${p.title ?? ''} ${p.text}`),
    ...pieces(s.children),
  ]);
}

function missingDigits(source: string, parsed: string[]): Map<number, string> {
  const lines = source.split('\n');
  const found: string[] = lines.map(() => '');
  let cursor = 0;
  for (const piece of parsed) {
    const key = skeleton(piece);
    if (key === '') continue;
    const at = lines.findIndex((line, i) => i >= cursor && skeleton(line).includes(key));
    if (at < 0) continue;
    found[at] += piece;
    cursor = at;
  }
  const missing = new Map<number, string>();
  lines.forEach((line, i) => {
    if (found[i] === '') return;
    const left = [...digits(line)];
    for (const d of digits(found[i] ?? '')) {
      const k = left.indexOf(d);
      if (k >= 0) left.splice(k, 1);
    }
    if (left.length > 0) missing.set(i + 1, left.join(''));
  });
  return missing;
}

/** One page number, or two in a row where a figure page sits between two text pages (l.467). */
const isPage = (sorted: string) =>
  Array.from({ length: 151 }, (_, i) => i + 2).some(
    (page) => digits(String(page)) === sorted || digits(`${page}${page + 1}`) === sorted,
  );

describe('digits survive parsing', () => {
  for (const plan of corpus.plans) {
    it(`${plan.id}: every line keeps its digits but a page number`, () => {
      const source = readFileSync(join(planTextDir(), plan.file), 'utf8');
      const missing = missingDigits(source, pieces(plan.sections));
      const lost = [...missing].filter(([, left]) => plan.id !== 'p14' || !isPage(left));
      expect(lost).toEqual([]);
    });
  }

  it('puts displaced subscripts back: PM2.5 in §1.1.4, O3 in §13.2.2', () => {
    const p14 = corpus.plans.find((p) => p.id === 'p14');
    const text = pieces(p14?.sections ?? []).join('\n');
    expect(text).toContain('细颗粒物（PM2.5）年平均浓度从 2015 年 53 微克/立方米下降至 32微克/立方米');
    expect(text).toContain('深入推进 PM2.5和臭氧（O3）协同控制');
    expect(text).toContain('可吸入颗粒物（PM10）、细颗粒物（PM2.5）');
  });
});
