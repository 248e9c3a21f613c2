import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, CORPUS_FILE } from '../../../scripts/build-text/index';
import { run } from '../../../src/cli/index';
import { loadRepository } from '../../../src/cli/load';
import { buildGazetteer } from '../../../src/content/gazetteer';
import { PlaceMatcher, passagesForFeature } from '../../../src/content/links';

const { layers, index } = loadRepository();
const gazetteer = buildGazetteer(new Map([...layers].map(([id, fs]) => [id, fs.map((f) => f.properties)])));
const matcher = new PlaceMatcher(gazetteer);
const named = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.placeId]);

describe('text/plans.json', () => {
  it('is exactly what the build makes from shared/plan-text (run npm run build:text if not)', () => {
    expect(readFileSync(CORPUS_FILE, 'utf8') === `${JSON.stringify(buildCorpus())}\n`).toBe(true);
  });
});

describe('place matching resolves ambiguous names on purpose', () => {
  it('嘉定新城 is the new town, 嘉定老城 the old town, a bare 嘉定 the district', () => {
    expect(named('嘉定新城、嘉定老城和嘉定')).toEqual([
      ['嘉定新城', 'new-towns/new-town-jiading'],
      ['嘉定老城', 'key-areas/jiading-old-town'],
      ['嘉定', 'base-districts/jiading'],
    ]);
  });

  it('黄浦江 is the river, not 黄浦区; 杨浦滨江 is the segment, not 杨浦区', () => {
    expect(named('黄浦江两岸')).toEqual([['黄浦江', 'alias/huangpu-river']]);
    expect(named('杨浦滨江中北段')).toEqual([['杨浦滨江', 'waterfront-segments/yangpu-riverside']]);
  });

  it('rail line names survive spaced digits and do not match inside longer numbers', () => {
    expect(named('加快建设 13 号线西延伸、21 号线一期')).toEqual([
      ['13 号线西延伸', 'rail-lines/line-13-west-extension'],
      ['21 号线一期', 'rail-lines/line-21'],
    ]);
    expect(named('建成轨道14 号线')).toEqual([['14 号线', 'rail-lines/metro-14']]);
    expect(named('21号线')).not.toContainEqual(['1号线', 'rail-lines/metro-1']);
  });

  it('崇明线 is the rail line, 崇明 the district; 世博会 is an event, not a place', () => {
    expect(named('轨道交通崇明线')).toEqual([['崇明线', 'rail-lines/chongming-line']]);
    expect(named('崇明世界级生态岛')).toEqual([['崇明世界级生态岛', 'key-areas/chongming-eco-island']]);
    expect(named('崇明农产品')).toEqual([['崇明', 'base-districts/chongming']]);
    expect(named('举办了世博会')).toEqual([]);
  });

  it('the 12th plan’s 南桥新城 is today’s Fengxian New Town; 临港新片区 is its own key area', () => {
    expect(named('南桥新城')).toEqual([['南桥新城', 'alias/nanqiao-new-town']]);
    expect(named('自贸试验区临港新片区')).toEqual([['自贸试验区临港新片区', 'key-areas/lingang-special-area']]);
  });
});

describe('feature → passages', () => {
  it('finds every plan passage about a feature, oldest plan first', () => {
    const passages = passagesForFeature(index, 'new-towns', 'new-town-jiading');
    expect(passages.map((p) => p.section.id)).toContain('p14/10.2.1');
    const orders = passages.map((p) => p.plan.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('reaches Suzhou Creek passages through 苏州河, and the upper reach’s through 吴淞江', () => {
    const texts = passagesForFeature(index, 'river-lines', 'suzhou-creek').map((p) => p.paragraph.text);
    expect(texts.some((t) => t.includes('苏州河中心城区 42 公里岸线'))).toBe(true);
    const upper = passagesForFeature(index, 'water-bodies', 'wusong-river').map((p) => p.paragraph.text);
    expect(upper.some((t) => t.includes('吴淞江（上海段）'))).toBe(true);
  });
});

describe('cli', () => {
  it('prints features and passages as JSON', () => {
    const result = run(['query', '嘉定新城', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as {
      features: { id: string }[];
      passages: { file: string; section: string }[];
    };
    expect(json.features[0]?.id).toBe('new-towns/new-town-jiading');
    expect(json.passages[0]).toMatchObject({ file: '002_aa766365475b4807.txt', section: '10.2.1' });
  });

  it('gives a usage message and exit code 2 on bad arguments', () => {
    expect(run([]).code).toBe(2);
    expect(run(['query']).err).toContain('usage:');
    expect(run(['query', 'x', '--limit', 'lots']).code).toBe(2);
    expect(run(['frobnicate']).err).toContain('unknown command');
  });

  it('prints a readable table without --json', () => {
    const out = run(['query', 'Suzhou Creek', '--limit', '3']).out;
    expect(out).toContain('FEATURES');
    expect(out).toContain('苏州河');
  });
});

it('loads geo and text from the repository root', () => {
  expect(join(CORPUS_FILE)).toContain('text');
});
