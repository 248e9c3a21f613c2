import type { SearchEngine } from '../../src/content/search';
import { EVAL_QUERIES, type EvalQuery } from './queries';

export interface EvalReport {
  recall: Record<EvalQuery['kind'] | 'all', number>;
  misses: { query: string; kind: EvalQuery['kind']; top: string[] }[];
  timesMs: number[];
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** Recall@k of the evaluation set: a query is answered when one of its first k passages holds an answer. */
export function evaluate(engine: SearchEngine, k = 5, queries: readonly EvalQuery[] = EVAL_QUERIES): EvalReport {
  const hits = { zh: [0, 0], en: [0, 0], cross: [0, 0] } as Record<EvalQuery['kind'], [number, number]>;
  const misses: EvalReport['misses'] = [];
  const timesMs: number[] = [];
  for (const q of queries) {
    const started = performance.now();
    const { results } = engine.search(q.query, { limit: 50 });
    timesMs.push(performance.now() - started);
    const top = results.flatMap((r) => (r.kind === 'passage' ? [r.passage] : [])).slice(0, k);
    const texts = top.map((p) => compact(`${p.section.title} ${p.paragraph.title ?? ''} ${p.paragraph.text}`));
    const answered = q.answers.some((answer) => texts.some((text) => text.includes(compact(answer))));
    hits[q.kind][1] += 1;
    if (answered) hits[q.kind][0] += 1;
    else
      misses.push({
        query: q.query,
        kind: q.kind,
        top: top.map((p) => `${p.paragraph.id} ${p.paragraph.text.slice(0, 40)}`),
      });
  }
  const share = ([n, of]: [number, number]) => (of === 0 ? 1 : n / of);
  const total: [number, number] = [hits.zh[0] + hits.en[0] + hits.cross[0], hits.zh[1] + hits.en[1] + hits.cross[1]];
  return {
    recall: { zh: share(hits.zh), en: share(hits.en), cross: share(hits.cross), all: share(total) },
    misses,
    timesMs,
  };
}
