import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteerFile, GAZETTEER_FILE, serialiseGazetteer } from '../../../scripts/build-gazetteer/build';
import { run } from '../../../src/cli/index';
import { readGazetteer } from '../../../src/content/city-gazetteer';

describe('text/gazetteer.json', () => {
  const committed = readFileSync(GAZETTEER_FILE, 'utf8');
  const built = buildGazetteerFile();

  it('is exactly what the build makes from geo/ and shared/geo-sources (run npm run build:gazetteer if not)', () => {
    expect(serialiseGazetteer(built) === committed).toBe(true);
  });

  it('holds the 16 districts, every station, and the places a citizen types', () => {
    const places = readGazetteer(JSON.parse(committed)) ?? [];
    const count = (kind: string) => places.filter((p) => p.kind === kind).length;
    expect(count('district')).toBe(16);
    expect(count('station')).toBe(JSON.parse(readFileSync('geo/rail-stations.geojson', 'utf8')).features.length);
    const find = (zh: string, kind: string) => places.find((p) => p.name_zh === zh && p.kind === kind);
    expect(find('七宝镇', 'town')).toMatchObject({ name_en: 'Qibao Town', pinyin: 'qibaozhen' });
    expect(find('淮海中路', 'street')?.name_en).toBe('Middle Huaihai Road');
    expect(find('人民广场', 'station')?.name_en).toBe("People's Square");
    expect(find('世纪公园', 'park')?.name_en).toBe('Century Park');
    // Every name has its English, and every Chinese name its pinyin.
    expect(places.filter((p) => !p.name_en || (/\p{Script=Han}/u.test(p.name_zh) && !p.pinyin))).toEqual([]);
  });
});

describe('npm run cli -- query', () => {
  it('lists places of the city before plan places and passages', () => {
    const result = run(['query', 'Qibao', '--json', '--limit', '8']);
    expect(result.code).toBe(0);
    const places = JSON.parse(result.out).places as { name_zh: string; kind: string; district: string }[];
    expect(places[0]).toMatchObject({ name_zh: '七宝', kind: 'station', district: 'Minhang District' });
    expect(places.map((p) => p.name_zh)).toContain('七宝镇');
    expect(run(['query', '七宝']).out).toMatch(/^PLACES\n {2}七宝 {2}Qibao {2}\(station, Minhang District/);
  });
});
