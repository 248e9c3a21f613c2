/**
 * Prints recall@5 and MRR by kind for the development sets (plans' words, everyday words, typed
 * queries) and the held-out sets (by language and by variant), with search latency: `npx tsx tests/search-eval/report.ts [--misses]`.
 * The held-out set (heldout-queries.ts) was written blind to the engine: report it, never tune on it.
 */
import { loadRepository } from '../../src/cli/load';
import { createSearchEngine } from '../../src/content/search';
import { TYPED_QUERIES } from './dev-typed-queries';
import { evaluate, type ScoredQuery } from './evaluate';
import { EVERYDAY_QUERIES } from './everyday-queries';
import { HELDOUT_QUERIES as SECOND_HELDOUT } from './heldout-2-queries';
import { HELDOUT_QUERIES as THIRD_HELDOUT } from './heldout-3-queries';
import { HELDOUT_QUERIES } from './heldout-queries';
import { EVAL_QUERIES } from './queries';

const sets: [string, ScoredQuery[]][] = [
  ['dev', EVAL_QUERIES],
  ['dev-everyday', EVERYDAY_QUERIES],
  ['dev-typed', TYPED_QUERIES],
  ['heldout-lang', HELDOUT_QUERIES.map((q) => ({ ...q, kind: q.lang }))],
  ['heldout-variant', HELDOUT_QUERIES.map((q) => ({ ...q, kind: q.variant }))],
  ['heldout2-lang', SECOND_HELDOUT.map((q) => ({ ...q, kind: q.lang }))],
  ['heldout2-variant', SECOND_HELDOUT.map((q) => ({ ...q, kind: q.variant }))],
  ['heldout3-lang', THIRD_HELDOUT.map((q) => ({ ...q, kind: q.lang }))],
  ['heldout3-variant', THIRD_HELDOUT.map((q) => ({ ...q, kind: q.variant }))],
];
const engine = createSearchEngine(loadRepository().index);
const showMisses = process.argv.includes('--misses');
/** `--dev`: the development sets alone (for tuning: the held-out sets are not even run). */
const devOnly = process.argv.includes('--dev');
for (const [name, queries] of sets) {
  if (devOnly && !name.startsWith('dev')) continue;
  const report = evaluate(engine, 5, queries);
  for (const kind of Object.keys(report.counts))
    console.log(
      `${name}\t${kind}\tn=${report.counts[kind]}\trecall@5=${(report.recall[kind] ?? 0).toFixed(3)}\tMRR=${(report.mrr[kind] ?? 0).toFixed(3)}`,
    );
  if (showMisses && !name.endsWith('-variant')) for (const miss of report.misses) console.log(JSON.stringify(miss));
}
