import type { SearchEngine } from '../../src/content/search';
import { EVAL_QUERIES } from './queries';

/** A query of any set: its text, the kind it is reported under, and the strings of an answering passage. */
export interface ScoredQuery<Kind extends string = string> {
  kind: Kind;
  query: string;
  answers: string[];
}

export interface EvalReport<Kind extends string = string> {
  /** Share of queries with an answering passage among the first k, per kind and for 'all'. */
  recall: Record<Kind | 'all', number>;
  /** Mean reciprocal rank of the first answering passage (0 when none of the first 50 answers). */
  mrr: Record<Kind | 'all', number>;
  /** Queries per kind. */
  counts: Record<Kind | 'all', number>;
  misses: { query: string; kind: Kind; top: string[] }[];
  timesMs: number[];
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** Recall@k and MRR of a query set: a query is answered when one of its first k passages holds an answer. */
export function evaluate<Kind extends string = 'zh' | 'en' | 'cross'>(
  engine: SearchEngine,
  k = 5,
  queries: readonly ScoredQuery<Kind>[] = EVAL_QUERIES as unknown as ScoredQuery<Kind>[],
): EvalReport<Kind> {
  const hits: Record<string, number> = {};
  const reciprocal: Record<string, number> = {};
  const counts: Record<string, number> = {};
  const misses: EvalReport<Kind>['misses'] = [];
  const timesMs: number[] = [];
  for (const q of queries) {
    const started = performance.now();
    const { results } = engine.search(q.query, { limit: 50 });
    timesMs.push(performance.now() - started);
    const ranked = results.flatMap((r) => (r.kind === 'passage' ? [r.passage] : []));
    const answers = q.answers.map(compact);
    const rank = ranked.findIndex((p) => {
      const text = compact(`${p.section.title} ${p.paragraph.title ?? ''} ${p.paragraph.text}`);
      return answers.some((answer) => text.includes(answer));
    });
    for (const key of [q.kind, 'all']) {
      counts[key] = (counts[key] ?? 0) + 1;
      hits[key] = (hits[key] ?? 0) + (rank >= 0 && rank < k ? 1 : 0);
      reciprocal[key] = (reciprocal[key] ?? 0) + (rank >= 0 ? 1 / (rank + 1) : 0);
    }
    if (rank < 0 || rank >= k)
      misses.push({
        query: q.query,
        kind: q.kind,
        top: ranked.slice(0, k).map((p) => `${p.paragraph.id} ${p.paragraph.text.slice(0, 40)}`),
      });
  }
  const keys = Object.keys(counts);
  const per = (table: Record<string, number>) =>
    Object.fromEntries(keys.map((key) => [key, (table[key] ?? 0) / (counts[key] ?? 1)])) as Record<
      Kind | 'all',
      number
    >;
  const allCounts = Object.fromEntries(keys.map((key) => [key, counts[key] ?? 0])) as Record<Kind | 'all', number>;
  return { recall: per(hits), mrr: per(reciprocal), counts: allCounts, misses, timesMs };
}
