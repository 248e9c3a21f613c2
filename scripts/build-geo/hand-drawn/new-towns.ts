import type { OutlineSpec } from '../boundary-edges';

const road = (text: string, ...names: string[]) => ({ text, source: 'road' as const, names });
const river = (text: string, ...names: string[]) => ({ text, source: 'river' as const, names });
const rail = (text: string, ...names: string[]) => ({ text, source: 'rail' as const, names });
const straight = (text: string, ...names: string[]) => ({ text, source: 'straight' as const, names });

/**
 * The five new towns, edge by edge from their 四至 texts (shared/geo-sources/new-towns/new-towns.csv;
 * Nanhui from the 2021 action plan: 大治河以南, G1503—瓦洪公路—两港大道—中港以东). Corners are hints
 * at the junctions of the named features and snap onto them; an edge follows the OSM geometry of its
 * feature where the open files have it, else it is straight and carries the town's error radius.
 * Clockwise from the north-west corner; the build clips each outline to its district.
 */
export const NEW_TOWN_OUTLINES: Record<string, OutlineSpec> = {
  jiading: {
    // None of 横沥河's reach on the boundary, 云灶浜, 宋佳北路, 陆毅路, 柳巷公路 or the development
    // boundary is in the open files as a usable line: the old hand-drawn corners stay.
    straightAccuracyM: 1500,
    corners: [
      [121.205, 31.43],
      [121.3, 31.43],
      [121.315, 31.36],
      [121.31, 31.28],
      [121.19, 31.285],
      [121.19, 31.37],
    ],
    edges: [
      straight('北至城市发展边界'),
      straight('东至柳巷公路', '柳巷公路'),
      straight('东至横沥河—城市发展边界—陆毅路', '横沥河', '陆毅路'),
      straight('南至云灶浜', '云灶浜'),
      straight('西至宋佳北路', '宋佳北路'),
      straight('西至宋佳北路', '宋佳北路'),
    ],
  },
  qingpu: {
    straightAccuracyM: 1000,
    corners: [
      [121.06, 31.213],
      [121.154, 31.218],
      [121.159, 31.151],
      [121.087, 31.132],
      [121.05, 31.14],
    ],
    edges: [
      road('北至沪常高速 S26', '沪常高速'),
      river('东至油墩港', '油墩港'),
      road('南至沪青平公路', '沪青平公路'),
      straight('南至清照公路—上大河—西大盈港—乌普路 (西大盈港 reach simplified)', '清照公路', '乌普路'),
      straight('西至青浦大道—青顺路—新塘港路—三分荡路', '青浦大道', '青顺路'),
    ],
  },
  songjiang: {
    straightAccuracyM: 1000,
    corners: [
      [121.16, 31.075],
      [121.29, 31.075],
      [121.301, 31.05],
      [121.303, 30.987],
      [121.16, 30.972],
    ],
    edges: [
      straight('北至华晨路—麦新公路—钟鸣路', '华晨路', '麦新公路', '钟鸣路'),
      road('北至沈海高速 G15', '沈海高速'),
      rail('东至区界—铁路金山支线 (区界 reach left out)', '金山线'),
      road('南至申嘉湖高速 S32', '申嘉湖高速'),
      road('西至上海绕城高速 G1503', '上海绕城高速'),
    ],
  },
  fengxian: {
    straightAccuracyM: 800,
    corners: [
      [121.416, 30.964],
      [121.53, 30.972],
      [121.53, 30.89],
      [121.442, 30.899],
    ],
    edges: [
      road('北至大叶公路', '大叶公路'),
      road('东至浦星公路', '浦星公路'),
      road('南至上海绕城高速 G1503', '上海绕城高速'),
      river('西至南竹港 (—南航公路—沪杭公路)', '南竹港'),
    ],
  },
  nanhui: {
    // OSM's G1503 turns west at ≈30.93°N and 两港大道 ends at ≈121.777°E, 30.88°N: 瓦洪公路 joins
    // them, and 中港 runs from there to the sea. Neither 瓦洪公路 nor 中港 is in the open files.
    straightAccuracyM: 1500,
    corners: [
      [121.786, 31.01],
      [122.06, 31.06],
      [122.06, 30.75],
      [121.777, 30.75],
      [121.777, 30.881],
      [121.767, 30.93],
    ],
    edges: [
      river('北至大治河 (大治河以南)', '大治河'),
      straight('东至海岸 (clipped to the land)'),
      straight('南至海岸 (clipped to the land)'),
      straight('西至中港 (中港以东)', '中港'),
      straight('西至瓦洪公路—两港大道西端', '瓦洪公路'),
      road('西至上海绕城高速 G1503', '上海绕城高速'),
    ],
  },
};

/**
 * The two new towns only the 12th plan names (outline §6.3: "推动金山新城…支持崇明城桥新城"). No
 * boundary text exists for them: a marker area around each town's centre, placed by hand.
 */
export const PLAN12_ONLY_TOWNS: {
  id: string;
  name_zh: string;
  name_en: string;
  district: string;
  centre: [number, number];
  placedFrom: string;
}[] = [
  {
    id: 'jinshan',
    name_zh: '金山新城',
    name_en: 'Jinshan New Town',
    district: '金山区',
    centre: [121.335, 30.74],
    placedFrom: 'Jinshan town centre (金山卫/石化)',
  },
  {
    id: 'chengqiao',
    name_zh: '城桥新城',
    name_en: 'Chengqiao New Town',
    district: '崇明区',
    centre: [121.4, 31.625],
    placedFrom: 'Chengqiao town, Chongming',
  },
];

/** The 12th plan's names for the towns the 14th plan keeps. */
export const PLAN12_NAMES: Record<string, { name_zh: string; name_en: string }> = {
  jiading: { name_zh: '嘉定新城', name_en: 'Jiading New Town' },
  songjiang: { name_zh: '松江新城', name_en: 'Songjiang New Town' },
  qingpu: { name_zh: '青浦新城', name_en: 'Qingpu New Town' },
  nanhui: { name_zh: '南汇新城', name_en: 'Nanhui New Town' },
  fengxian: { name_zh: '南桥新城', name_en: 'Nanqiao New Town' },
};
