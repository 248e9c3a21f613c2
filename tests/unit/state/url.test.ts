import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import type { AppState } from '../../../src/state/store';
import { emptyUrlState, readHash, writeHash } from '../../../src/state/url';
import { fromUrlState, toUrlState } from '../../../src/state/url-sync';
import { NO_FILTERS } from '../../../src/style/filters';

describe('URL parameters', () => {
  it('round-trips every parameter', () => {
    const state = {
      ...emptyUrlState(),
      lang: 'en' as const,
      clause: 'p14/10.2.1',
      paragraph: 'p14/10.2.1/3',
      district: 'songjiang',
      layers: ['base-land', 'new-towns'],
      view: [121.2, 31.03, 11.5] as [number, number, number],
      selected: 'new-towns/new-town-songjiang',
      tab: 'analysis' as const,
      status: ['planned' as const],
      lines: ['jiamin-line'],
      themes: ['集成电路'],
      batches: ['1', 'unknown'],
      parks: ['country-park'],
      approx: false,
      base: 'osm' as const,
      year: 2015,
      compare: 2025,
      compareFrom: 2010,
      opacity: { parks: 40, 'new-towns': 0 },
      at: [121.349, 31.155] as [number, number],
      radius: 2000,
    };
    const hash = writeHash(state);
    expect(hash).toContain('clause=p14/10.2.1');
    expect(readHash(hash)).toEqual({ state, ignored: [] });
  });

  it('keeps what it can and names what it ignored', () => {
    const { state, ignored } = readHash(
      '#lang=fr&district=songjiang&view=0,0,99&status=operating,dreamt&bogus=1&clause=<script>',
    );
    expect(state.district).toBe('songjiang');
    expect(state.lang).toBeNull();
    expect(ignored.sort()).toEqual(['bogus', 'clause', 'lang', 'status', 'view']);
  });

  it('keeps the known layers of a link and names the unknown ones', () => {
    expect(readHash('#layers=new-towns,nope,parks')).toEqual({
      state: expect.objectContaining({ layers: ['new-towns', 'parks'] }),
      ignored: ['layers=nope'],
    });
    expect(readHash('#layers=nope').state.layers).toBeNull();
  });

  it('never throws, whatever the hash', () => {
    const alphabet = '#&=,/%<>"\'ab1.-_ 中?';
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 3000; i++) {
      const length = Math.floor(random() * 40);
      const hash = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(() => readHash(hash), hash).not.toThrow();
    }
  });
});

describe('store <-> URL', () => {
  it('leaves defaults out of the link and restores them from an empty one', () => {
    const restored = fromUrlState(readHash('').state);
    expect(restored.filters).toEqual(NO_FILTERS);
    expect(restored.tab).toBe('feature');
    const state = {
      ...restored,
      lang: 'zh',
      selected: null,
      district: null,
      view: null,
      clause: null,
      paragraph: null,
      basemap: 'offline',
    } as unknown as AppState;
    expect(writeHash({ ...toUrlState(state), lang: null })).toBe('');
  });
});

describe('the point report in the URL', () => {
  it('reads #at=<lon>,<lat> with an optional radius, and writes the default radius as nothing', () => {
    const report = fromUrlState(readHash('#at=121.349,31.155&r=500').state).report;
    expect(report).toEqual({ at: [121.349, 31.155], radius: 500 });
    expect(fromUrlState(readHash('#at=121.349,31.155').state).report).toEqual({ at: [121.349, 31.155], radius: 1000 });
    const hash = writeHash(toUrlState(defaultState({ report: { at: [121.4737, 31.2304], radius: 1000 } })));
    expect(hash).toBe('#lang=zh&at=121.4737,31.2304');
  });

  it('names a point outside the map, a malformed one and a silly radius as ignored', () => {
    for (const bad of ['at=0,0', 'at=121.4', 'at=121.4,31.2,9', 'at=1e2,31', 'at=NaN,31.2', 'at=121.4,,31.2']) {
      const { state, ignored } = readHash(`#${bad}`);
      expect(state.at, bad).toBeNull();
      expect(ignored, bad).toEqual(['at']);
    }
    for (const bad of ['r=0', 'r=-5', 'r=99999', 'r=1.5', 'r=abc'])
      expect(readHash(`#${bad}`).ignored, bad).toEqual(['r']);
  });
});

describe('URL and state', () => {
  it('keeps layer opacity in the link', () => {
    const state = defaultState({ opacity: { parks: 0.4, 'new-towns': 1 } });
    const hash = writeHash(toUrlState(state));
    expect(hash).toContain('opacity=parks:40');
    expect(fromUrlState(readHash(hash).state).opacity).toEqual({ parks: 0.4 });
  });

  it('a link to a year shows that year’s new towns', () => {
    const visible = fromUrlState(readHash('#tab=time&year=2010').state).visible;
    expect(visible?.has('new-towns-12th')).toBe(true);
    expect(visible?.has('new-towns')).toBe(true);
  });
});

describe('embedding', () => {
  it('#embed=1 asks for the minimal interface and stays in the link; anything else is ignored', () => {
    expect(fromUrlState(readHash('#embed=1&lang=en').state).embed).toBe(true);
    expect(fromUrlState(readHash('#lang=en').state).embed).toBe(false);
    expect(readHash('#embed=yes').ignored).toEqual(['embed']);
    expect(writeHash(toUrlState(defaultState({ embed: true })))).toContain('embed=1');
    expect(writeHash(toUrlState(defaultState()))).not.toContain('embed');
  });

  it('the embed snippet is the current view with embed=1, its URL escaped as an attribute', async () => {
    const { embedSnippet, embedUrl } = await import('../../../src/ui/share-panel');
    expect(embedUrl('https://example.org/map/#lang=zh&district=songjiang')).toBe(
      'https://example.org/map/#lang=zh&district=songjiang&embed=1',
    );
    const snippet = embedSnippet('https://example.org/#lang=en&year=2010', 'Plans "map"');
    expect(snippet).toBe(
      '<iframe src="https://example.org/#lang=en&amp;year=2010&amp;embed=1" title="Plans &quot;map&quot;" width="800" height="600" style="border:0" loading="lazy" allowfullscreen></iframe>',
    );
  });
});
