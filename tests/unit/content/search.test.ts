import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/index';
import { loadRepository } from '../../../src/cli/load';
import { createSearchEngine, createSearchEngineAsync, type SearchResult } from '../../../src/content/search';
import { TYPED_QUERIES } from '../../search-eval/dev-typed-queries';
import { evaluate } from '../../search-eval/evaluate';
import { EVAL_QUERIES } from '../../search-eval/queries';

const { index } = loadRepository();
const engine = createSearchEngine(index);
const passages = (results: SearchResult[]) => results.flatMap((r) => (r.kind === 'passage' ? [r.passage] : []));
const first = (query: string) => passages(engine.search(query).results)[0];

describe('evaluation set (tests/search-eval)', () => {
  const report = evaluate(engine);

  it('has at least 120 queries, a third of each kind', () => {
    expect(EVAL_QUERIES.length).toBeGreaterThanOrEqual(120);
    for (const kind of ['zh', 'en', 'cross'] as const) {
      expect(EVAL_QUERIES.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(40);
    }
  });

  // 95 % is the target; the set was written before tuning and the search is held to it per kind.
  it.each(['zh', 'en', 'cross'] as const)('recall@5 of %s queries is at least 95%%', (kind) => {
    expect(report.recall[kind], JSON.stringify(report.misses.filter((m) => m.kind === kind))).toBeGreaterThanOrEqual(
      0.95,
    );
  });
});

describe('typed development set (tests/search-eval/dev-typed-queries.ts)', () => {
  const report = evaluate(engine, 5, TYPED_QUERIES);

  // Half-typed, run-together, misspelt, pinyin and traditional queries keep their answers in the first five.
  it.each(['en', 'zh', 'pinyin'] as const)('recall@5 of %s queries is at least 95%%', (kind) => {
    expect(report.recall[kind], JSON.stringify(report.misses.filter((m) => m.kind === kind))).toBeGreaterThanOrEqual(
      0.95,
    );
  });
});

describe('search', () => {
  it('finds a place from some of its English words, in any order, as users type them', () => {
    const places = (query: string) =>
      engine.search(query).results.flatMap((r) => (r.kind === 'place' ? r.place.targets.map((t) => t.featureId) : []));
    // Its own English words rank the hub above the places only its Chinese reading names.
    expect(places('Hongqiao hub')[0]).toBe('hongqiao-hub');
    expect(places('hub hongqiao')).toContain('hongqiao-hub');
    // A word the name lacks matches nothing by words.
    expect(places('hongqiao harbour')).not.toContain('hongqiao-hub');
    // English words translated to the plans' terms reach a Chinese name holding all of them.
    expect(places('free trade zone Lingang')).toContain('lingang-special-area');
    expect(places('free trade zone Lingang')).not.toContain('hongqiao-hub');
  });

  it('finds a place by English, Chinese and alias names', () => {
    for (const query of ['Suzhou Creek', '苏州河', '苏河']) {
      const top = engine.search(query).results[0];
      expect(top?.kind === 'place' && top.place.targets[0]?.featureId, query).toBe('suzhou-creek');
    }
    // The plans' 吴淞江 is the upstream river and its works, not the creek in the city.
    const wusong = engine.search('吴淞江').results[0];
    expect(wusong?.kind === 'place' && wusong.place.targets[0]?.featureId).toBe('wusong-river');
  });

  it('reaches Chinese text from English: "Nanhui New City" finds the new town and its passage', () => {
    const { results } = engine.search('Nanhui New City');
    expect(results[0]?.kind === 'place' && results[0].place.name_zh).toBe('南汇新城');
    expect(first('Nanhui New City')?.paragraph.text).toContain('南汇新城');
  });

  it('ranks the passage holding a figure first', () => {
    expect(first('960 公里')?.section.id).toBe('p14/12.1.1');
    expect(first('苏州河中心城区岸线贯通了多少公里')?.paragraph.text).toContain('42 公里');
  });

  it('finds places named only in a heading or a box title', () => {
    expect(first('崇明世界级生态岛')?.section.id).toBe('p14/10.5');
    expect(
      engine
        .search('世博信息化')
        .results.some((r) => r.kind === 'passage' && r.passage.paragraph.title?.includes('专栏1-1')),
    ).toBe(true);
  });

  it('prefers the plan a query names', () => {
    expect(first('十二五 新城建设')?.plan.id).toMatch(/^p12/);
    expect(first('十四五 新城建设')?.plan.id).toBe('p14');
  });

  it('keeps only the plans of the filter', () => {
    const results = passages(engine.search('新城', { plans: ['p12-outline'] }).results);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((p) => p.plan.id === 'p12-outline')).toBe(true);
  });

  it('suggests terms when nothing matches, and survives odd input', () => {
    const outcome = engine.search('xqzv');
    expect(outcome.results).toEqual([]);
    expect(outcome.suggestions.length).toBeGreaterThan(0);
    for (const query of ['(.*', '\u200b', '[[', '*', '???']) expect(() => engine.search(query)).not.toThrow();
  });

  it('ranks the same when the index is built in chunks for the browser', async () => {
    const chunked = await createSearchEngineAsync(index);
    for (const query of ['Nanhui New City', '苏州河中心城区岸线贯通了多少公里', '十二五 GDP']) {
      const ids = (e: typeof engine) => passages(e.search(query).results).map((p) => p.paragraph.id);
      expect(ids(chunked)).toEqual(ids(engine));
    }
  });

  it('returns the words to highlight in plan wording', () => {
    expect(engine.search('greenway').terms).toContain('绿道');
  });
});

describe('cli query', () => {
  it('prints passages with text, section, title, plan and score, and features, as JSON', () => {
    const out = run(['query', '十四五 绿道', '--json', '--limit', '5']);
    const json = JSON.parse(out.out) as {
      passages: { text: string; section: string; title: string; plan: string; score: number }[];
      features: unknown[];
      plans: string[];
    };
    expect(json.plans).toEqual(['p14']);
    expect(json.passages[0]).toMatchObject({ plan: 'p14', section: '13.3.2' });
    expect(json.passages[0]?.text).toContain('绿道 1000 公里');
    expect(typeof json.passages[0]?.score).toBe('number');
    expect(Array.isArray(json.features)).toBe(true);
  });

  it('filters by plan and refuses an unknown one', () => {
    const json = JSON.parse(run(['query', '新城', '--json', '--plan', 'p12-outline']).out) as {
      passages: { plan: string }[];
    };
    expect(json.passages.every((p) => p.plan === 'p12-outline')).toBe(true);
    expect(run(['query', '新城', '--plan', 'p99']).err).toContain('unknown plan p99');
  });
});
