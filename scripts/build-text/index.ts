/**
 * Builds text/plans.json, the section trees of the five plans, from shared/plan-text.
 * Run: npm run build:text
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PlanCorpus, PlanSection } from '../../src/content/types';
import { REPO_ROOT } from '../build-geo/io';
import { PLAN_FILES } from './plans';

export function planTextDir(): string {
  const dir = process.env.PLAN_TEXT ?? resolve(REPO_ROOT, '..', 'shared', 'plan-text');
  if (!existsSync(dir)) throw new Error(`plan texts not found at ${dir}; set PLAN_TEXT`);
  return dir;
}

export function buildCorpus(): PlanCorpus {
  const dir = planTextDir();
  return {
    version: 1,
    plans: PLAN_FILES.map(({ parse, ...meta }) => ({
      ...meta,
      sections: parse(readFileSync(join(dir, meta.file), 'utf8'), meta.id),
    })),
  };
}

export const CORPUS_FILE = join(REPO_ROOT, 'text', 'plans.json');

function count(sections: PlanSection[]): number {
  return sections.reduce((n, s) => n + 1 + count(s.children), 0);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const corpus = buildCorpus();
  mkdirSync(join(REPO_ROOT, 'text'), { recursive: true });
  writeFileSync(`${CORPUS_FILE}.tmp`, `${JSON.stringify(corpus)}\n`);
  renameSync(`${CORPUS_FILE}.tmp`, CORPUS_FILE);
  for (const plan of corpus.plans)
    console.log(`${plan.id.padEnd(14)} ${String(count(plan.sections)).padStart(4)} sections  ${plan.file}`);
}
