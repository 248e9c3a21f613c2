/**
 * English station names: Shanghai Metro's own names where they are not the convention
 * (data/station-names-en.csv, with its source), else the convention the metro signs follow —
 * a road keeps its compass word in front ("East Nanjing Road"), a station name ending in a compass
 * character keeps it after ("Jiading North"), generic endings in English (Park, Avenue, Highway,
 * Railway Station, University), every other name its pinyin in one word ("Qibao", "Xujiahui").
 * Pinyin comes from AMap's syllables where they fit the name (it reads 长清路 as Changqing),
 * else from pinyin-pro.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { parseCsv } from '../../src/data/csv';

const TABLE = join(import.meta.dirname, 'data', 'station-names-en.csv');

let official: Map<string, string> | null = null;
function officialNames(): Map<string, string> {
  official ??= new Map(
    parseCsv(
      readFileSync(TABLE, 'utf8')
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n'),
    ).map((row) => [row.name_zh ?? '', row.name_en ?? '']),
  );
  return official;
}

const COMPASS: Readonly<Record<string, string>> = { 东: 'East', 南: 'South', 西: 'West', 北: 'North', 中: 'Middle' };

/** Endings that become English words after the stem. */
const ENDINGS: readonly [string, string][] = [
  ['火车站', 'Railway Station'],
  ['公路', 'Highway'],
  ['大道', 'Avenue'],
  ['公园', 'Park'],
  ['大学', 'University'],
  ['新村', 'Xincun'],
  ['新城', 'Xincheng'],
  ['湖', 'Lake'],
  ['镇', 'Town'],
  ['站', 'Railway Station'],
];

/** One syllable per Han character: AMap's ("JingAnSi") when its count fits, else pinyin-pro's. */
function syllables(name: string, amap?: string): string[] {
  const chars = [...name];
  const fromAmap = (amap ?? '')
    .replace(/\(.*?\)/g, '')
    .split(/(?=[A-Z])|[^A-Za-z]+/)
    .filter(Boolean)
    .map((s) => s.toLowerCase());
  if (fromAmap.length === chars.length) return fromAmap;
  return pinyin(name, { toneType: 'none', type: 'array' }).map((s) => s.replace(/ü/g, 'u'));
}

/** Syllables in one capitalised word, with an apostrophe before a vowel-initial syllable (Jing'an). */
function word(parts: readonly string[]): string {
  const joined = parts.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

function convention(name: string, py: readonly string[]): string {
  const terminal = /^(.+?)(\d)号航站楼$/.exec(name);
  if (terminal) return `${word(py.slice(0, [...(terminal[1] ?? '')].length))} Airport Terminal ${terminal[2]}`;
  const n = [...name].length;
  for (const [ending, english] of ENDINGS) {
    // A one-character stem stays one word with its ending: 唐镇 is Tangzhen.
    if (!name.endsWith(ending) || n - [...ending].length < 2) continue;
    let stem = n - [...ending].length;
    // 上海南站 -> Shanghai South Railway Station
    const compass = ending === '站' && stem > 2 ? COMPASS[[...name][stem - 1] ?? ''] : undefined;
    if (compass) stem -= 1;
    return `${word(py.slice(0, stem))}${compass ? ` ${compass}` : ''} ${english}`;
  }
  if (name.endsWith('路') && n >= 2) {
    const before = [...name][n - 2] ?? '';
    const compass = n > 3 ? COMPASS[before] : undefined;
    return compass ? `${compass} ${word(py.slice(0, n - 2))} Road` : `${word(py.slice(0, n - 1))} Road`;
  }
  const last = COMPASS[[...name][n - 1] ?? ''];
  if (last && last !== 'Middle' && n > 2) return `${word(py.slice(0, n - 1))} ${last}`;
  return word(py);
}

/** The English name of a station from its Chinese name (and AMap's pinyin for it, when known). */
export function stationEnglish(nameZh: string, amapPinyin?: string): string {
  const name = nameZh.replace(/[（(][^）)]*[）)]/g, '').trim();
  const known = officialNames().get(name);
  if (known) return known;
  if (name.includes('·'))
    return name
      .split('·')
      .map((part) => stationEnglish(part))
      .join(' · ');
  return convention(name, syllables(name, amapPinyin));
}
