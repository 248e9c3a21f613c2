/**
 * English and toneless pinyin for gazetteer names, at build time only (pinyin-pro is not shipped).
 * The official-English rule comes first; names it does not cover get the same rule with the
 * stem's pinyin, or the plain pinyin in one word.
 */
import { pinyin } from 'pinyin-pro';
import { officialEnglish } from '../../src/content/official-english';

const HAN = /\p{Script=Han}/u;

/** "七宝镇" -> "qibaozhen": what a user types without tones or spaces. */
export function toneless(nameZh: string): string {
  if (!HAN.test(nameZh)) return '';
  return pinyin(nameZh, { toneType: 'none', type: 'array', nonZh: 'removed' })
    .join('')
    .toLowerCase()
    .replace(/ü|v/g, 'u')
    .replace(/[^a-z0-9]/g, '');
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Generic endings of place names, longest first ("郊野公园" before "公园"). */
const ENDINGS: readonly [string, string][] = [
  ['郊野公园', 'Country Park'],
  ['森林公园', 'Forest Park'],
  ['湿地公园', 'Wetland Park'],
  ['体育公园', 'Sports Park'],
  ['工业园区', 'Industrial Park'],
  ['工业区', 'Industrial Zone'],
  ['开发区', 'Development Zone'],
  ['保税区', 'Bonded Area'],
  ['产业园', 'Industrial Park'],
  ['科技园', 'Science Park'],
  ['街道', 'Subdistrict'],
  ['公园', 'Park'],
  ['花园', 'Garden'],
  ['陵园', 'Cemetery'],
  ['绿地', 'Green'],
  ['大道', 'Avenue'],
  ['公路', 'Highway'],
  ['水库', 'Reservoir'],
  ['广场', 'Plaza'],
  ['大街', 'Street'],
  ['新区', 'New Area'],
  ['镇', 'Town'],
  ['乡', 'Township'],
  ['村', 'Village'],
  ['路', 'Road'],
  ['街', 'Street'],
  ['河', 'River'],
  ['江', 'River'],
  ['湖', 'Lake'],
  ['岛', 'Island'],
  ['区', 'District'],
];

const COMPASS: Readonly<Record<string, string>> = { 东: 'East', 南: 'South', 西: 'West', 北: 'North', 中: 'Middle' };

const words = new Intl.Segmenter('zh-Hans', { granularity: 'word' });
/** Stems longer than this are written word by word ("Xintiandi Taiping Lake", not "Xintianditaiping"). */
const ONE_WORD_MAX = 4;

/**
 * "Qibao" for 七宝: a short stem's pinyin in one capitalised word. A long stem is written word by
 * word, as Chinese pinyin orthography (GB/T 16159) does; runs of single characters the segmenter
 * leaves are kept together, since they are usually one name (新|虹|桥 -> Xinhongqiao).
 */
function stemPinyin(stem: string): string {
  if ([...stem].length <= ONE_WORD_MAX) return capital(toneless(stem));
  const parts: string[] = [];
  let run = '';
  for (const { segment } of words.segment(stem)) {
    if ([...segment].length === 1) {
      run += segment;
      continue;
    }
    if (run) parts.push(run);
    run = '';
    parts.push(segment);
  }
  if (run) parts.push(run);
  return parts.map(toneless).filter(Boolean).map(capital).join(' ');
}

/** The English of a Chinese place name: official where known, else the rule over its pinyin. */
export function englishOf(nameZh: string): string {
  const official = officialEnglish(nameZh);
  if (official) return official;
  if (!HAN.test(nameZh)) return nameZh;
  const bare = nameZh.replace(/[（(].*?[）)]/g, '').trim();
  for (const [ending, english] of ENDINGS) {
    if (!bare.endsWith(ending) || bare.length <= ending.length) continue;
    let stem = bare.slice(0, -ending.length);
    // A road's compass word goes first: 南京西路 -> West Nanjing Road.
    const compass = ending === '路' && stem.length >= 2 ? COMPASS[stem.slice(-1)] : undefined;
    if (compass) stem = stem.slice(0, -1);
    const name = `${stemPinyin(stem)} ${english}`;
    return compass ? `${compass} ${name}` : name;
  }
  return stemPinyin(bare);
}
