import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { readHash, URL_PARAMS, type UrlState, writeHash } from '../../../src/state/url';
import { fromUrlState, toUrlState } from '../../../src/state/url-sync';

/**
 * One good and one bad text for each parameter, and the neighbours it needs to mean something in
 * the store (the left-hand year only with the split view on; a radius only with its point).
 */
const CASES: { [K in keyof UrlState]: { good: string; bad: string; with?: string } } = {
  lang: { good: 'en', bad: 'fr' },
  clause: { good: 'p14/10.2.1', bad: 'p14' },
  paragraph: { good: 'p14/10.2.1/3', bad: '<b>' },
  district: { good: 'songjiang', bad: 'Song Jiang' },
  layers: { good: 'base-land,new-towns', bad: ',,' },
  view: { good: '121.20000,31.03000,11.50', bad: '121.2,31.03' },
  selected: { good: 'new-towns/new-town-songjiang', bad: 'new-towns' },
  tab: { good: 'analysis', bad: 'settings' },
  status: { good: 'planned,operating', bad: 'dreamed' },
  lines: { good: 'jiamin-line', bad: 'Jiamin Line' },
  themes: { good: '集成电路', bad: '<script>' },
  batches: { good: '1,unknown', bad: 'first' },
  parks: { good: 'country-park', bad: 'Country Park' },
  approx: { good: '0', bad: 'no' },
  base: { good: 'osm', bad: 'google' },
  year: { good: '2015', bad: '1999' },
  compare: { good: '2025', bad: '20xx' },
  compareFrom: { good: '2012', bad: '2040', with: 'compare=2025' },
  opacity: { good: 'parks:40', bad: 'parks:140' },
  at: { good: '121.349,31.155', bad: '10,10' },
  radius: { good: '2000', bad: '5', with: 'at=121.349,31.155' },
  embed: { good: '1', bad: 'yes' },
};

describe('each URL parameter, declared once', () => {
  for (const [key, param] of Object.entries(URL_PARAMS) as [keyof UrlState, (typeof URL_PARAMS)[keyof UrlState]][]) {
    const { good, bad, with: context } = CASES[key];
    const hash = `#${context ? `${context}&` : ''}${param.name}=${good}`;

    it(`${param.name}: reads and writes the same text`, () => {
      const { state, ignored } = readHash(hash);
      expect(ignored).toEqual([]);
      expect(state[key]).not.toBeNull();
      expect(decodeURIComponent(writeHash(state))).toContain(`${param.name}=${good}`);
      expect(readHash(writeHash(state)).state).toEqual(state);
    });

    it(`${param.name}: goes through the store and back`, () => {
      const url = readHash(hash).state;
      const back = toUrlState(defaultState(fromUrlState(url)));
      // The selection needs its feature's properties, so the app selects it once the layer is loaded.
      if (key === 'selected') expect(back.selected).toBeNull();
      else expect(back[key]).toEqual(url[key]);
    });

    it(`${param.name}: a bad value is dropped and named in the notice, the rest kept`, () => {
      const { state, ignored } = readHash(`#${param.name}=${encodeURIComponent(bad)}&embed=1&lang=en`);
      expect(ignored).toEqual([param.name]);
      expect(state[key]).toBeNull();
      if (key !== 'lang') expect(state.lang).toBe('en');
      if (key !== 'embed') expect(state.embed).toBe(true);
    });

    // The language is always written: a link opens in the language it was shared in.
    if (key !== 'lang') {
      it(`${param.name}: left out when the store holds its default`, () => {
        expect(param.fromStore(defaultState())).toBeNull();
      });
    }
  }

  it('keeps the known items of a list and names the unknown ones', () => {
    expect(readHash('#layers=parks,nope,new-towns')).toMatchObject({
      state: { layers: ['parks', 'new-towns'] },
      ignored: ['layers=nope'],
    });
  });

  it('keeps every known parameter beside an unknown one, and names the unknown one', () => {
    const { state, ignored } = readHash('#lang=en&colour=red&year=2015');
    expect(ignored).toEqual(['colour']);
    expect(state).toMatchObject({ lang: 'en', year: 2015 });
  });

  it('fills one store object from several parameters', () => {
    const change = fromUrlState(readHash('#status=planned&parks=country-park&approx=0&compare=2030&from=2012').state);
    expect(change.filters).toMatchObject({
      railStatus: ['planned'],
      parkKinds: ['country-park'],
      showApproximate: false,
    });
    expect(change.compare).toEqual({ on: true, from: 2012, to: 2030 });
  });
});
