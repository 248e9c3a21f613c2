/**
 * Builds text/plans.json, the section trees of the five plans, from shared/plan-text.
 * Run: npm run build:text
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PlanCorpus, PlanSection } from '../../src/content/types';
import { LAYERS } from '../../src/registry/layers';
import { REPO_ROOT } from '../build-geo/io';
import { allPlaceRecords, catalogueParkRecords } from '../build-geo/places/build-places';
import { type Coverage, coverageReport, placeCoverage } from './places-coverage';
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
/** The place inventory with the plans and sections naming each place, and how it is mapped. */
export const PLACES_FILE = join(REPO_ROOT, 'text', 'places.json');

/** The feature ids of every built layer in geo/, for checking places drawn by other layers. */
export function builtFeatureIds(): Map<string, Set<string>> {
  return new Map(
    LAYERS.map((layer) => {
      const collection = JSON.parse(readFileSync(join(REPO_ROOT, 'geo', layer.file), 'utf8')) as {
        features: { properties: { id: string } }[];
      };
      return [layer.id, new Set(collection.features.map((f) => f.properties.id))];
    }),
  );
}

export function buildPlaceCoverage(corpus: PlanCorpus): Coverage {
  const catalogue = new Set(catalogueParkRecords().map((r) => r.id));
  return placeCoverage(corpus, allPlaceRecords(), builtFeatureIds(), catalogue);
}

/** The exact text of text/places.json. */
export function serialisePlaces(coverage: Coverage): string {
  return `${JSON.stringify({ version: 1, places: coverage.entries })}\n`;
}

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
  const coverage = buildPlaceCoverage(corpus);
  writeFileSync(`${PLACES_FILE}.tmp`, serialisePlaces(coverage));
  renameSync(`${PLACES_FILE}.tmp`, PLACES_FILE);
  console.log(coverageReport(coverage));
}
