/**
 * Official English names of Shanghai places. The rule: the place's pinyin stem in one word, then
 * the English of its generic ending (路 Road, 站 Railway Station, 新城 New Town …); a road's compass
 * word moves to the front ("南京东路" -> "East Nanjing Road"), a station's follows the stem
 * ("安亭北站" -> "Anting North Railway Station"). Names the city does not
 * write that way are exceptions, kept as data. Pure; no map, no DOM.
 */

/** Names whose official English does not follow the rule. */
export const ENGLISH_EXCEPTIONS: Readonly<Record<string, string>> = {
  人民广场: "People's Square",
  人民公园: "People's Park",
  世纪大道: 'Century Avenue',
  世纪公园: 'Century Park',
  外滩: 'The Bund',
  北外滩: 'North Bund',
  南外滩: 'South Bund',
  徐汇滨江: 'West Bund',
  新天地: 'Xintiandi',
  大新天地: 'Greater Xintiandi',
  豫园: 'Yuyuan Garden',
  上海火车站: 'Shanghai Railway Station',
  上海站: 'Shanghai Railway Station',
  虹桥火车站: 'Hongqiao Railway Station',
  浦东国际机场: 'Shanghai Pudong International Airport',
  虹桥国际机场: 'Shanghai Hongqiao International Airport',
  陆家嘴: 'Lujiazui',
  东方明珠: 'Oriental Pearl Tower',
  迪士尼: 'Shanghai Disney Resort',
  静安寺: "Jing'an Temple",
  交通大学: 'Jiaotong University',
  上海体育场: 'Shanghai Stadium',
  长江口: 'Yangtze River Estuary',
  国家会展中心: 'National Exhibition and Convention Center (Shanghai)',
};

/** Pinyin of the stems the rule meets in this project's place names (tone marks dropped). */
export const PINYIN_STEMS: Readonly<Record<string, string>> = {
  南京: 'Nanjing',
  淮海: 'Huaihai',
  延安: "Yan'an",
  四川: 'Sichuan',
  中山: 'Zhongshan',
  嘉定: 'Jiading',
  青浦: 'Qingpu',
  松江: 'Songjiang',
  奉贤: 'Fengxian',
  南汇: 'Nanhui',
  南桥: 'Nanqiao',
  金山: 'Jinshan',
  城桥: 'Chengqiao',
  安亭: 'Anting',
  上海: 'Shanghai',
  虹桥: 'Hongqiao',
  浦东: 'Pudong',
  太浦: 'Taipu',
  大治: 'Dazhi',
  横沥: 'Hengli',
  滴水: 'Dishui',
  远香: 'Yuanxiang',
  淀山: 'Dianshan',
  川沙: 'Chuansha',
  浦江: 'Pujiang',
  枫泾: 'Fengjing',
  城北: 'Chengbei',
  长阳: 'Changyang',
};

/** Generic endings, longest first so "新城" wins over "城". */
const ENDINGS: readonly [string, string][] = [
  ['国际机场', 'International Airport'],
  ['新城', 'New Town'],
  // 川沙新镇, 安亭新镇: a known town's new town. 竖新镇 and 华新镇 are towns named 竖新, 华新 (no known stem).
  ['新镇', 'New Town'],
  ['公园', 'Park'],
  ['大道', 'Avenue'],
  ['公路', 'Highway'],
  ['机场', 'Airport'],
  ['站', 'Railway Station'],
  ['路', 'Road'],
  ['河', 'River'],
  ['湖', 'Lake'],
  ['镇', 'Town'],
];

const COMPASS: Readonly<Record<string, string>> = { 东: 'East', 南: 'South', 西: 'West', 北: 'North', 中: 'Middle' };

/**
 * The official English name of a Chinese place name, or null when neither an exception nor the
 * rule covers it (the caller must then give one by hand).
 */
export function officialEnglish(nameZh: string): string | null {
  const exception = ENGLISH_EXCEPTIONS[nameZh];
  if (exception) return exception;
  for (const [ending, english] of ENDINGS) {
    if (!nameZh.endsWith(ending)) continue;
    let stem = nameZh.slice(0, -ending.length);
    const compass = (ending === '路' || ending === '站') && stem.length > 2 ? COMPASS[stem.slice(-1)] : undefined;
    if (compass) stem = stem.slice(0, -1);
    const pinyin = PINYIN_STEMS[stem];
    if (!pinyin) return null;
    // Roads put the compass word first ("East Nanjing Road"), stations after the stem ("Anting North").
    if (!compass) return `${pinyin} ${english}`;
    return ending === '路' ? `${compass} ${pinyin} ${english}` : `${pinyin} ${compass} ${english}`;
  }
  return null;
}
