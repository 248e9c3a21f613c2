import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
