/**
 * Prints recall@5 and MRR by kind for the development set (and the held-out set when present),
 * with search latency: `npx tsx tests/search-eval/report.ts [--misses]`.
 */
import { loadRepository } from '../../src/cli/load';
import { createSearchEngine } from '../../src/content/search';
import { evaluate } from './evaluate';
import { EVAL_QUERIES, type EvalQuery } from './queries';

const sets: [string, EvalQuery[]][] = [['dev', EVAL_QUERIES]];
const engine = createSearchEngine(loadRepository().index);
const showMisses = process.argv.includes('--misses');
for (const [name, queries] of sets) {
  const report = evaluate(engine, 5, queries);
  for (const kind of ['zh', 'en', 'cross', 'all'] as const)
    console.log(
      `${name}\t${kind}\tn=${report.counts[kind]}\trecall@5=${report.recall[kind].toFixed(3)}\tMRR=${report.mrr[kind].toFixed(3)}`,
    );
  const times = [...report.timesMs].sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? 0).toFixed(2);
  console.log(`${name}\tlatency ms p50=${at(0.5)} p95=${at(0.95)}`);
  if (showMisses) for (const miss of report.misses) console.log(JSON.stringify(miss));
}
