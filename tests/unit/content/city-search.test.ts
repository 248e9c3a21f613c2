import { describe, expect, it } from 'vitest';
import { type CityPlace, type GazetteerFile, readGazetteer, viewOf } from '../../../src/content/city-gazetteer';
import { createCityIndex } from '../../../src/content/city-search';
import { buildGazetteer } from '../../../src/content/gazetteer';
import { linkCorpus } from '../../../src/content/links';
import { createSearchEngine } from '../../../src/content/search';

/** A small gazetteer whose answers are known by hand. */
const FILE: GazetteerFile = {
  version: 1,
  sources: ['fixture'],
  districts: [
    ['闵行区', 'Minhang District'],
    ['静安区', "Jing'an District"],
    ['黄浦区', 'Huangpu District'],
  ],
  rows: [
    ['七宝村', 'Qibao Village', 'qibaocun', 'village', 0, [121.3544, 31.1546]],
    ['七宝镇', 'Qibao Town', 'qibaozhen', 'town', 0, [121.3463, 31.1603]],
    ['七宝', 'Qibao', 'qibao', 'station', 0, [121.3446, 31.1572], 'rail-stations/station-qibao'],
    ['南京西路', 'West Nanjing Road', 'nanjingxilu', 'street', 1, [121.4354, 31.2207, 121.4699, 31.2365]],
    ['南京西路', 'West Nanjing Road', 'nanjingxilu', 'street', 1, [121.44, 31.22, 121.45, 31.23]],
    ['南京西路街道', 'Nanjingxilu Subdistrict', 'nanjingxilujiedao', 'subdistrict', 1, [121.4478, 31.2244]],
    ['人民广场', "People's Square", 'renminguangchang', 'station', 2, [121.4706, 31.2346], 'rail-stations/s-rmgc'],
    ['黄浦江', 'Huangpu River', 'huangpujiang', 'water', 2, [121.23, 30.95, 121.56, 31.41]],
    ['黄浦江塘河', 'Huangpujiangtang River', 'huangpujiangtanghe', 'water', 0, [121.32, 30.98, 121.36, 30.99]],
  ],
};
const places = readGazetteer(FILE) as CityPlace[];
const city = createCityIndex(places);
const names = (query: string) => city.search(query).map((hit) => `${hit.place.kind}:${hit.place.name_zh}`);

describe('city gazetteer ranking', () => {
  it('reads the compact file and refuses another format', () => {
    expect(places[2]).toMatchObject({ name_en: 'Qibao', district: { zh: '闵行区', en: 'Minhang District' } });
    expect(readGazetteer({ version: 2, rows: [] })).toBeNull();
    expect(readGazetteer(null)).toBeNull();
  });

  it('puts the exact name first, then a town before a village of the same match', () => {
    expect(names('七宝')).toEqual(['station:七宝', 'town:七宝镇', 'village:七宝村']);
  });

  it('finds English and toneless pinyin typed any way, with or without spaces', () => {
    for (const query of ['Qibao', 'qibao', 'QI BAO']) expect(names(query)[0]).toBe('station:七宝');
    expect(names('qibaozhen')[0]).toBe('town:七宝镇');
    expect(names('Qibao Town')[0]).toBe('town:七宝镇');
    expect(names("People's Square")[0]).toBe('station:人民广场');
    expect(names('peoples square')[0]).toBe('station:人民广场');
    expect(names('renminguangchang')[0]).toBe('station:人民广场');
  });

  it('shows a street once however many segments it has, before the subdistrict named after it', () => {
    expect(names('南京西路')).toEqual(['street:南京西路', 'subdistrict:南京西路街道']);
    expect(names('nanjing road west')[0]).toBe('street:南京西路');
  });

  it('suggests names close to a misspelt word, never unrelated words', () => {
    expect(city.search('qibo')).toEqual([]);
    expect(city.suggest('qibo')[0]).toBe('Qibao');
    expect(city.suggest('七保')).toContain('七宝');
    expect(city.suggest('xyzzyplugh')).toEqual([]);
  });

  it('frames a point close and an extent whole', () => {
    expect(viewOf(places[2] as CityPlace)).toEqual([121.3446, 31.1572, 15]);
    const [lon, lat, zoom] = viewOf(places[3] as CityPlace);
    expect(lon).toBeCloseTo(121.45265, 4);
    expect(lat).toBeCloseTo(31.2286, 4);
    // 3.3 km across is about 300 px (of 512 px tiles) at zoom 12.6.
    expect(zoom).toBeCloseTo(12.58, 1);
  });
});

describe('search with the city gazetteer', () => {
  const plan = buildGazetteer(
    new Map([['river-lines', [{ id: 'huangpu-central', name_zh: '黄浦江', name_en: 'Huangpu River' }]]]),
  );
  const index = linkCorpus({ version: 1, plans: [] }, plan);
  const engine = createSearchEngine(index, places);

  it('groups results, the best group first, and shows a place of the plans once', () => {
    const results = engine.search('黄浦江').results;
    const kinds = results.map((r) => (r.kind === 'city' ? `city:${r.city.name_zh}` : r.kind));
    expect(kinds[0]).toBe('place');
    expect(kinds.filter((k) => k === 'place')).toHaveLength(1);
    expect(kinds).not.toContain('city:黄浦江');
    expect(kinds).toContain('city:黄浦江塘河');
  });

  it('ranks stations before places for a station name, and suggests names when nothing matches', () => {
    const top = engine.search('七宝').results[0];
    expect(top?.kind === 'city' && top.city.kind).toBe('station');
    expect(engine.search('Qibaoo').suggestions).toContain('Qibao');
  });

  it('puts a district typed in English ("Minhang") before a street named after it', () => {
    const minhang = buildGazetteer(
      new Map([['base-districts', [{ id: 'minhang', name_zh: '闵行区', name_en: 'Minhang District' }]]]),
    );
    const rows: GazetteerFile['rows'] = [
      ['闵行区', 'Minhang District', 'minhangqu', 'district', 0, [121.38, 31.11]],
      ['闵行路', 'Minhang Road', 'minhanglu', 'street', 2, [121.48, 31.24, 121.49, 31.25]],
    ];
    const cityPlaces = readGazetteer({ ...FILE, rows }) as CityPlace[];
    const top = createSearchEngine(linkCorpus({ version: 1, plans: [] }, minhang), cityPlaces).search('Minhang')
      .results[0];
    expect(top?.kind === 'place' && top.place.name_en).toBe('Minhang District');
  });

  it('puts a plan place holding the name ("Greater Xintiandi") before city names that start with it', () => {
    const plan = buildGazetteer(
      new Map([
        ['key-areas', [{ id: 'renewal-bund-xintiandi', name_zh: '大新天地', name_en: 'Greater Xintiandi' }]],
        ['rail-lines', [{ id: 'maglev', name_zh: '磁浮线', name_en: 'Maglev' }]],
      ]),
    );
    const rows: GazetteerFile['rows'] = [
      ['新天地太平湖', 'Xintiandi Taiping Lake', 'xintianditaipinghu', 'water', 2, [121.47, 31.22]],
      [
        '一大会址·新天地',
        'Site of the First CPC National Congress · Xintiandi',
        'yidahuizhi',
        'station',
        2,
        [121.47, 31.22],
      ],
    ];
    const cityPlaces = readGazetteer({ ...FILE, rows }) as CityPlace[];
    const search = createSearchEngine(linkCorpus({ version: 1, plans: [] }, plan), cityPlaces).search;
    const order = (query: string) =>
      search(query).results.map((r) =>
        r.kind === 'city' ? r.city.name_zh : r.kind === 'place' ? r.place.name_zh : '',
      );
    // Lake 80.5 (prefix 80 less 0.5 for the longer name, water 5) < plan place 60 + 25.
    expect(order('Xintiandi')).toEqual(['大新天地', '新天地太平湖', '一大会址·新天地']);
    expect(order('新天地')[0]).toBe('大新天地');
    // A city name typed whole (100 and a kind's points) comes first.
    expect(order('一大会址·新天地')[0]).toBe('一大会址·新天地');
    expect(order('新天地太平湖')[0]).toBe('新天地太平湖');
    // Latin letters match a plan place's name at the start of a word only ("ev" is not in "Maglev").
    expect(order('ev')).not.toContain('磁浮线');
    expect(order('mag')).toContain('磁浮线');
  });
});
