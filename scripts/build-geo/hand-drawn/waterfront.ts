/**
 * Waterfront segments the 14th plan names (§7.3 一江一河). Where a segment ends at a bridge, the end
 * is where that road's OSM geometry crosses the river (`fromRoad`/`toRoad`, the crossing nearest
 * the hint point); other ends are hand-picked points (road ends, creek mouths) projected onto the
 * OSM river line. The bank side comes from the district the segment lies in.
 */
export interface WaterfrontSegmentSpec {
  id: string;
  name_zh: string;
  name_en: string;
  river: 'huangpu' | 'suzhou';
  kind: 'corridor' | 'segment';
  /** Approximate ends on the river, [lon, lat] WGS84 (hints when a bridge road is given). */
  from: [number, number];
  to: [number, number];
  /** OSM road names (roads/ expressways file) whose river crossing is the end: a bridge or tunnel. */
  fromRoad?: string[];
  toRoad?: string[];
  /** Districts (slugs) on whose side the segment lies. */
  banks: string[];
  /** Half-width of the strip, metres. */
  widthM: number;
  endsFrom: string;
}

export const WATERFRONT_SEGMENTS: WaterfrontSegmentSpec[] = [
  {
    id: 'huangpu-core-corridor',
    name_zh: '黄浦江核心段滨江贯通（杨浦大桥—徐浦大桥）',
    name_en: 'Huangpu core waterfront (Yangpu Bridge – Xupu Bridge)',
    river: 'huangpu',
    kind: 'corridor',
    from: [121.5305, 31.2575],
    to: [121.4695, 31.1195],
    fromRoad: ['内环高架路'],
    toRoad: ['外环高速'],
    banks: ['yangpu', 'hongkou', 'huangpu', 'xuhui', 'pudong', 'minhang'],
    widthM: 900,
    endsFrom: 'the 45 km both-bank stretch opened in 2017 runs from Yangpu Bridge to Xupu Bridge',
  },
  {
    id: 'suzhou-creek-central-corridor',
    name_zh: '苏州河中心城段滨水空间（外环—外白渡桥）',
    name_en: 'Suzhou Creek central-city waterfront (Outer Ring – Garden Bridge)',
    river: 'suzhou',
    kind: 'corridor',
    from: [121.3505, 31.2375],
    to: [121.4855, 31.2425],
    fromRoad: ['外环高速'],
    banks: ['jiading', 'putuo', 'changning', 'jingan', 'hongkou', 'huangpu'],
    widthM: 700,
    endsFrom: 'the 42 km both-bank stretch opened in 2020 runs from the Outer Ring to the Garden Bridge',
  },
  {
    id: 'yangpu-riverside',
    name_zh: '杨浦滨江',
    name_en: 'Yangpu Riverside',
    river: 'huangpu',
    kind: 'segment',
    from: [121.5035, 31.2515],
    to: [121.5605, 31.2685],
    banks: ['yangpu'],
    widthM: 450,
    endsFrom: 'Qinhuangdao Road to Fuxing Island',
  },
  {
    id: 'north-bund',
    name_zh: '北外滩',
    name_en: 'North Bund',
    river: 'huangpu',
    kind: 'segment',
    from: [121.4885, 31.2455],
    to: [121.5035, 31.2515],
    banks: ['hongkou'],
    widthM: 450,
    endsFrom: 'Garden Bridge to Qinhuangdao Road',
  },
  {
    id: 'the-bund',
    name_zh: '外滩',
    name_en: 'The Bund',
    river: 'huangpu',
    kind: 'segment',
    from: [121.4885, 31.2445],
    to: [121.4975, 31.2265],
    banks: ['huangpu'],
    widthM: 450,
    endsFrom: 'Garden Bridge to Shiliupu',
  },
  {
    id: 'lujiazui-riverside',
    name_zh: '陆家嘴滨江',
    name_en: 'Lujiazui Riverside',
    river: 'huangpu',
    kind: 'segment',
    from: [121.5045, 31.2495],
    to: [121.5005, 31.2255],
    banks: ['pudong'],
    widthM: 450,
    endsFrom: 'opposite the Bund, Lujiazui bend from Taitong Zhan to Dongchang Road',
  },
  {
    id: 'south-bund',
    name_zh: '南外滩',
    name_en: 'South Bund',
    river: 'huangpu',
    kind: 'segment',
    from: [121.4975, 31.2265],
    to: [121.4985, 31.2055],
    toRoad: ['南浦大桥'],
    banks: ['huangpu'],
    widthM: 450,
    endsFrom: 'Shiliupu to Nanpu Bridge',
  },
  {
    id: 'expo-riverside',
    name_zh: '世博滨江',
    name_en: 'Expo Riverside',
    river: 'huangpu',
    kind: 'segment',
    from: [121.4985, 31.2055],
    to: [121.4775, 31.1905],
    fromRoad: ['南浦大桥'],
    toRoad: ['南北高架路'],
    banks: ['huangpu', 'pudong'],
    widthM: 450,
    endsFrom: 'Nanpu Bridge to Lupu Bridge, both banks (the 2010 Expo site)',
  },
  {
    id: 'xuhui-riverside',
    name_zh: '徐汇滨江（西岸）',
    name_en: 'Xuhui Riverside (West Bund)',
    river: 'huangpu',
    kind: 'segment',
    from: [121.4735, 31.1925],
    to: [121.4625, 31.1435],
    banks: ['xuhui'],
    widthM: 450,
    endsFrom: 'Rihui Gang to Guangang',
  },
  {
    id: 'qiantan',
    name_zh: '前滩',
    name_en: 'Qiantan',
    river: 'huangpu',
    kind: 'segment',
    from: [121.4745, 31.1705],
    to: [121.4665, 31.1455],
    banks: ['pudong'],
    widthM: 700,
    endsFrom: 'east bank opposite the southern West Bund',
  },
  {
    id: 'suhe-bay',
    name_zh: '苏河湾',
    name_en: 'Suhe Bay',
    river: 'suzhou',
    kind: 'segment',
    from: [121.4855, 31.2425],
    to: [121.4565, 31.2455],
    banks: ['jingan', 'huangpu'],
    widthM: 450,
    endsFrom: 'Garden Bridge to Hengfeng Road',
  },
];
