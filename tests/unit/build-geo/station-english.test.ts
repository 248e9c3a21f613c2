import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stationEnglish } from '../../../scripts/build-geo/station-english';
import { GEO_DIR } from '../geo/load-built';

/** Shanghai Metro's English names, as on the station signs. */
const KNOWN: [string, string][] = [
  ['人民广场', "People's Square"],
  ['南京东路', 'East Nanjing Road'],
  ['南京西路', 'West Nanjing Road'],
  ['世纪大道', 'Century Avenue'],
  ['虹桥火车站', 'Hongqiao Railway Station'],
  ['虹桥2号航站楼', 'Hongqiao Airport Terminal 2'],
  ['徐家汇', 'Xujiahui'],
  ['七宝', 'Qibao'],
  ['陆家嘴', 'Lujiazui'],
  ['上海火车站', 'Shanghai Railway Station'],
  ['陕西南路', 'South Shaanxi Road'],
  ['淮海中路', 'Middle Huaihai Road'],
  ['静安寺', "Jing'an Temple"],
  ['延安西路', "West Yan'an Road"],
  ['嘉定北', 'Jiading North'],
  ['中山公园', 'Zhongshan Park'],
  ['外高桥保税区北', 'North Waigaoqiao Free Trade Zone'],
  ['外高桥保税区南', 'South Waigaoqiao Free Trade Zone'],
];

describe('station names in English', () => {
  const stations = JSON.parse(readFileSync(join(GEO_DIR, 'rail-stations.geojson'), 'utf8')).features.map(
    (f: { properties: { name_zh: string; name_en: string } }) => f.properties,
  ) as { name_zh: string; name_en: string }[];

  it.each(KNOWN)('%s is %s in the built layer', (zh, en) => {
    expect(stations.find((s) => s.name_zh === zh)?.name_en).toBe(en);
  });

  it('names railway stations in English only, never "上海虹桥 Railway Station"', () => {
    expect(stations.find((s) => s.name_zh === '上海虹桥站')?.name_en).toBe('Shanghai Hongqiao Railway Station');
    expect(stations.find((s) => s.name_zh === '安亭北站')?.name_en).toBe('Anting North Railway Station');
    expect(stations.filter((s) => /\p{Script=Han}/u.test(s.name_en) || !/^[A-Z]/.test(s.name_en))).toEqual([]);
  });

  it('follows the convention where the table has no entry', () => {
    expect(stationEnglish('漕宝路', 'CaoBao Lu')).toBe('Caobao Road');
    expect(stationEnglish('长清路', 'chang qing lu')).toBe('Changqing Road');
    expect(stationEnglish('华夏东路')).toBe('East Huaxia Road');
    expect(stationEnglish('滴水湖')).toBe('Dishui Lake');
    expect(stationEnglish('江湾镇')).toBe('Jiangwan Town');
    expect(stationEnglish('唐镇')).toBe('Tangzhen');
    expect(stationEnglish('宝安公路', 'BaoAn GongLu')).toBe("Bao'an Highway");
    expect(stationEnglish('浦东南路(原东昌路)')).toBe('South Pudong Road');
    expect(stationEnglish('一大会址·黄陂南路')).toBe('Site of the First CPC National Congress · South Huangpi Road');
  });
});
