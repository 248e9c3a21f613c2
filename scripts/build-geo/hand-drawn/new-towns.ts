/**
 * Hand-drawn outlines of the five new towns. No source has their planning boundaries; each ring
 * was drawn from the 四至 description in shared/geo-sources/new-towns/new-towns.csv by placing the
 * named bounding roads and rivers from general knowledge of the city, then checked against the
 * anchor station and the planned area. The build clips each outline to its district.
 * Coordinates: [lon, lat] WGS84, accuracy approximate (errors of 1–2 km are expected).
 */
export const NEW_TOWN_OUTLINES: Record<string, { ring: [number, number][]; drawnFrom: string }> = {
  jiading: {
    drawnFrom:
      'east 横沥河/柳巷公路 ≈121.30, south 云灶浜 ≈31.29, west 宋佳北路 ≈121.20, north development boundary ≈31.42',
    ring: [
      [121.19, 31.285],
      [121.31, 31.28],
      [121.315, 31.36],
      [121.3, 31.43],
      [121.205, 31.43],
      [121.19, 31.37],
      [121.19, 31.285],
    ],
  },
  qingpu: {
    drawnFrom:
      'east 油墩港 ≈121.17, south 沪青平公路 ≈31.13, west 西大盈港/青浦大道 ≈121.05, north 沪常高速 S26 ≈31.195',
    ring: [
      [121.04, 31.125],
      [121.18, 31.115],
      [121.182, 31.2],
      [121.05, 31.2],
      [121.04, 31.125],
    ],
  },
  songjiang: {
    drawnFrom:
      'east district border/金山铁路 ≈121.30, south S32 ≈30.985, west G1503 ≈121.15, north G15/沪昆铁路 ≈31.07',
    ring: [
      [121.14, 30.98],
      [121.31, 30.975],
      [121.315, 31.065],
      [121.24, 31.082],
      [121.15, 31.078],
      [121.14, 30.98],
    ],
  },
  fengxian: {
    drawnFrom: 'east 浦星公路 ≈121.53, south G1503 ≈30.89, west 南竹港/沪杭公路 ≈121.43, north 大叶公路 ≈30.96',
    ring: [
      [121.435, 30.895],
      [121.53, 30.89],
      [121.53, 30.96],
      [121.44, 30.96],
      [121.435, 30.895],
    ],
  },
  nanhui: {
    drawnFrom:
      'Lingang area around Dishui Lake: 大治河 ≈31.00 to the south coast, 东大公路/G1503 ≈121.80 to the east coast; clipped to land',
    ring: [
      [121.76, 30.85],
      [122.0, 30.85],
      [122.02, 30.95],
      [121.96, 31.03],
      [121.8, 31.03],
      [121.76, 30.95],
      [121.76, 30.85],
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
