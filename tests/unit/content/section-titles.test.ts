import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sectionNumber, sectionReference } from '../../../src/content/section-titles';
import type { PlanCorpus, PlanSection } from '../../../src/content/types';
import titles from '../../../text/section-titles-en.json';

const corpus = JSON.parse(readFileSync('text/plans.json', 'utf8')) as PlanCorpus;
const sections = (list: PlanSection[]): PlanSection[] => list.flatMap((s) => [s, ...sections(s.children)]);
const titled = corpus.plans.flatMap((plan) => sections(plan.sections)).filter((s) => s.title.trim() !== '');
const english: Record<string, string> = titles;

describe('English section titles (text/section-titles-en.json)', () => {
  it('has an English title for every titled section of the five plans', () => {
    expect(titled.length).toBeGreaterThan(500);
    expect(titled.filter((s) => !english[s.id]).map((s) => `${s.id} ${s.title}`)).toEqual([]);
  });

  it('has no title for a section that does not exist', () => {
    const ids = new Set(titled.map((s) => s.id));
    expect(Object.keys(english).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('is English: no Chinese characters, no blank titles', () => {
    for (const [id, title] of Object.entries(english)) {
      expect(title.trim(), id).not.toBe('');
      expect(/\p{Script=Han}/u.test(title), `${id} ${title}`).toBe(false);
    }
  });
});

describe('section numbers in English', () => {
  it('reads the plans’ Chinese numbering as English, and leaves Chinese as it is', () => {
    expect(sectionNumber('第二章', 'en')).toBe('Chapter 2');
    expect(sectionNumber('第一节', 'en')).toBe('Section 1');
    expect(sectionNumber('十六、', 'en')).toBe('16.');
    expect(sectionNumber('二十三、', 'en')).toBe('23.');
    expect(sectionNumber('23、', 'en')).toBe('23.');
    expect(sectionNumber('（四）', 'en')).toBe('(4)');
    expect(sectionNumber('（16）', 'en')).toBe('(16)');
    expect(sectionNumber('附件', 'en')).toBe('Annex');
    expect(sectionNumber('10.2.1', 'en')).toBe('10.2.1');
    expect(sectionNumber('第二章', 'zh')).toBe('第二章');
  });

  it('names a section in a reference with § unless its number is a word', () => {
    expect(sectionReference('10.2.1', 'en')).toBe('§10.2.1');
    expect(sectionReference('23、', 'en')).toBe('§23');
    expect(sectionReference('第二节', 'en')).toBe('Section 2');
    expect(sectionReference('第二节', 'zh')).toBe('§第二节');
    expect(sectionReference('', 'en')).toBe('');
  });

  it('leaves no Chinese numbering in any English heading of the five plans', () => {
    const all = corpus.plans.flatMap((plan) => sections(plan.sections));
    const han = all.map((s) => sectionNumber(s.number, 'en')).filter((n) => /\p{Script=Han}/u.test(n));
    expect(han).toEqual([]);
  });
});
