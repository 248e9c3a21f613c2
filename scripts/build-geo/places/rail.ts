import type { PlaceRecord } from './types';

const PUDONG_HUB: [number, number] = [121.775, 31.145];
const JINSHAN: [number, number] = [121.33, 30.74];
const FENGXIAN: [number, number] = [121.47, 30.92];
const CHONGMING: [number, number] = [121.55, 31.62];
const WAIGAOQIAO: [number, number] = [121.59, 31.35];

/**
 * National and intercity rail the plans name: operating lines from the OSM track, planned lines
 * schematic through the stations the plans name, and the freight lines.
 */
export const RAIL: PlaceRecord[] = [
  {
    id: 'beijing-shanghai-hsr',
    context: 'operating national line the planned lines join; the plans name the rail network, not this line',
    name_zh: '京沪高铁',
    name_en: 'Beijing–Shanghai High-Speed Railway',
    kind: 'rail',
    districts: ['jiading', 'minhang', 'putuo'],
    status: 'operating',
    locate: { by: 'osm', file: 'railways', names: ['京沪高铁'] },
    opened: {
      date: '2011-06-30',
      source:
        'Xinhua 2011-05-11: one-month trial from 11 May, formal launch in late June 2011 (news.xinhuanet.com/english2010/special/2011-05/11/c_13867850.htm); the day, 30 June, is not on that page',
      verified: false,
    },
  },
  {
    id: 'shanghai-nanjing-intercity',
    context: 'operating national line the planned lines join; the plans name the rail network, not this line',
    name_zh: '沪宁城际',
    name_en: 'Shanghai–Nanjing Intercity Railway',
    aliases: ['沪宁城际铁路'],
    kind: 'rail',
    districts: ['jiading', 'putuo', 'jingan'],
    status: 'operating',
    locate: { by: 'osm', file: 'railways', names: ['沪宁城际线', '沪宁城际虹桥联络线'] },
    opened: {
      date: '2010-07-01',
      source:
        'People’s Daily Online 2010-07-02, “Shanghai-Nanjing high-speed railway opens” (en.people.cn/90001/90778/90862/7050225.html)',
      verified: true,
    },
  },
  {
    id: 'shanghai-kunming-railway',
    context: 'operating national line the planned lines join; the plans name the rail network, not this line',
    name_zh: '沪昆铁路',
    name_en: 'Shanghai–Kunming Railway and High-Speed Railway',
    kind: 'rail',
    districts: ['songjiang', 'minhang', 'xuhui', 'jinshan'],
    status: 'operating',
    locate: { by: 'osm', file: 'railways', names: ['沪昆线', '沪昆高速铁路', '沪杭线'] },
    opened: {
      date: '1909',
      source:
        'the Shanghai–Hangzhou railway (now 沪昆线) opened in 1909, no page stored here; its high-speed line opened 2010-10-26 (en.jinshan.gov.cn/pages/gank3ezavyz9qj8d)',
      verified: false,
    },
  },
  {
    id: 'shanghai-suzhou-nantong-railway',
    name_zh: '沪通铁路',
    name_en: 'Shanghai–Suzhou–Nantong Railway',
    aliases: ['沪苏通铁路'],
    kind: 'rail',
    districts: ['jiading', 'baoshan'],
    status: 'operating',
    locate: { by: 'osm', file: 'railways', names: ['沪苏通铁路'] },
    opened: {
      date: '2020-07-01',
      source:
        'Xinhua 2020-07-01: 沪苏通长江公铁大桥正式开通，沪苏通铁路也于当日开通运营 (www.iygw.cn/html/2020/yaowen_0701/92711.html)',
      verified: true,
    },
    note: 'Phase 1 (operating) from OSM; the plan’s phase 2 to Waigaoqiao and Pudong is not drawn',
  },
  {
    id: 'shanghai-suzhou-huzhou-railway',
    name_zh: '沪苏湖铁路',
    name_en: 'Shanghai–Suzhou–Huzhou High-Speed Railway',
    kind: 'rail',
    districts: ['qingpu', 'songjiang', 'minhang'],
    status: 'operating',
    locate: { by: 'osm', file: 'railways', names: ['沪苏湖高速铁路'] },
    opened: {
      date: '2024-12-26',
      source:
        'Xinhua / 国铁集团 2024-12-26: 沪苏湖高铁开通运营 (m.taotuguan.com/jhwbszb/pc/c/202412/27/content_194237.html)',
      verified: true,
    },
    note: 'Under construction when the plan was written; open since 2024 and in the 2025 OSM extract',
  },
  {
    id: 'jinshan-railway',
    context: 'operating national line the planned lines join; the plans name the rail network, not this line',
    name_zh: '金山铁路',
    name_en: 'Jinshan Railway',
    aliases: ['金山线'],
    kind: 'rail',
    districts: ['jinshan', 'songjiang', 'minhang', 'xuhui'],
    status: 'operating',
    locate: { by: 'osm', file: 'railways', names: ['金山线'] },
    opened: {
      date: '1975',
      source:
        'built in 1975 as a branch for Shanghai Petrochemical; opened as the upgraded commuter line on 2012-09-28 (en.jsq.sh.gov.cn/news_detail.asp?id=1747, Jinshan District government, 2018-10-08)',
      verified: true,
    },
  },
  {
    id: 'pudong-railway',
    context: 'operating national line the planned lines join; the plans name the rail network, not this line',
    name_zh: '浦东铁路',
    name_en: 'Pudong Railway',
    kind: 'rail',
    districts: ['pudong', 'minhang'],
    status: 'operating',
    locate: { by: 'osm', file: 'railways', names: ['浦东线', '芦潮港线'] },
    opened: {
      date: '2005-12-09',
      source:
        'first phase completed and opened to freight on 2005-12-09 (Shanghai Daily via english.eastday.com, 2005-12-09; 上海年鉴 2006 市政基础设施)',
      verified: true,
    },
  },
  {
    id: 'waigaoqiao-port-railway',
    name_zh: '外高桥港区铁路专用线',
    name_en: 'Waigaoqiao Port Railway Spur',
    kind: 'rail',
    districts: ['pudong'],
    status: 'planned',
    locate: {
      by: 'schematic',
      through: [
        { name: '沪通铁路二期 (Pudong)', at: [121.62, 31.29] },
        { name: '外高桥港区', at: WAIGAOQIAO },
      ],
      accuracy_m: 3000,
    },
  },
  {
    id: 'nangang-railway-spur',
    name_zh: '南港码头铁路专用线',
    name_en: 'Nangang Wharf Railway Spur',
    kind: 'rail',
    districts: [],
    status: 'planned',
    locate: { by: 'none', reason: 'the wharf’s site and the spur’s route are not in the sources' },
  },
  {
    id: 'north-yangtze-hsr',
    name_zh: '北沿江高铁',
    name_en: 'North Yangtze River High-Speed Railway',
    kind: 'rail',
    districts: ['chongming', 'pudong'],
    status: 'planned',
    locate: {
      by: 'schematic',
      through: [
        { name: 'Haimen (Jiangsu)', at: [121.2, 31.9] },
        { name: 'Chongming', at: CHONGMING },
        { name: '浦东综合交通枢纽', at: PUDONG_HUB },
      ],
      accuracy_m: 5000,
    },
  },
  {
    id: 'shanghai-zhapu-hangzhou-railway',
    name_zh: '沪乍杭铁路',
    name_en: 'Shanghai–Zhapu–Hangzhou Railway',
    aliases: ['沪乍杭高铁'],
    kind: 'rail',
    districts: ['pudong', 'fengxian', 'jinshan'],
    status: 'planned',
    locate: {
      by: 'schematic',
      through: [
        { name: '浦东综合交通枢纽', at: PUDONG_HUB },
        { name: '奉贤新城', at: FENGXIAN },
        { name: '金山', at: JINSHAN },
        { name: 'Zhapu (Zhejiang)', at: [121.08, 30.6] },
      ],
      accuracy_m: 5000,
    },
  },
  {
    id: 'shanghai-ningbo-corridor',
    name_zh: '沪甬通道',
    name_en: 'Shanghai–Ningbo Corridor',
    kind: 'rail',
    districts: [],
    status: 'planned',
    locate: {
      by: 'none',
      reason: 'under study in the plan; no route or station named (the crossing of Hangzhou Bay is open)',
    },
  },
  {
    id: 'songjiang-hub-city-lines',
    name_zh: '市域线',
    name_en: 'Suburban Railway Lines',
    kind: 'rail',
    districts: [],
    locate: {
      by: 'layer',
      layerId: 'rail-lines',
      featureIds: ['airport-link-line', 'jiamin-line', 'lianggang-express', 'nanfeng-line', 'demonstration-zone-line'],
    },
    note: 'A class of lines (市域（郊）铁路): drawn as the named suburban lines of the rail layer',
  },
  {
    id: 'hongqiao-pudong-link',
    name_zh: '机场联络线',
    name_en: 'Airport Link Line',
    kind: 'metro',
    districts: ['minhang', 'xuhui', 'pudong'],
    status: 'operating',
    locate: { by: 'layer', layerId: 'rail-lines', featureIds: ['airport-link-line'] },
  },
  {
    id: 'jiamin-line',
    name_zh: '嘉闵线',
    name_en: 'Jiamin Line',
    aliases: ['嘉闵线及北延伸'],
    kind: 'metro',
    districts: ['jiading', 'minhang'],
    status: 'planned',
    locate: { by: 'layer', layerId: 'rail-lines', featureIds: ['jiamin-line'] },
  },
  {
    id: 'lianggang-express',
    name_zh: '两港快线',
    name_en: 'Lianggang Express Line',
    kind: 'metro',
    districts: ['pudong'],
    status: 'planned',
    locate: { by: 'layer', layerId: 'rail-lines', featureIds: ['lianggang-express'] },
  },
  {
    id: 'nanfeng-line',
    name_zh: '南枫线',
    name_en: 'Nanfeng Line',
    kind: 'metro',
    districts: ['fengxian', 'jinshan'],
    status: 'planned',
    locate: { by: 'layer', layerId: 'rail-lines', featureIds: ['nanfeng-line'] },
  },
  {
    id: 'chongming-line',
    name_zh: '崇明线',
    name_en: 'Chongming Line',
    kind: 'metro',
    districts: ['pudong', 'chongming'],
    status: 'planned',
    locate: { by: 'layer', layerId: 'rail-lines', featureIds: ['chongming-line'] },
  },
  {
    id: 'huping-line',
    name_zh: '沪平线',
    name_en: 'Huping Line',
    kind: 'metro',
    districts: ['minhang', 'songjiang', 'jinshan'],
    status: 'planned',
    locate: { by: 'layer', layerId: 'rail-lines', featureIds: ['huping-line'] },
  },
  {
    id: 'line-13-west',
    name_zh: '13号线西延伸',
    name_en: 'Line 13 West Extension',
    kind: 'metro',
    districts: ['minhang', 'qingpu'],
    status: 'planned',
    locate: { by: 'layer', layerId: 'rail-lines', featureIds: ['line-13-west-extension'] },
  },
  {
    id: 'line-12-west',
    name_zh: '12号线西延伸',
    name_en: 'Line 12 West Extension',
    kind: 'metro',
    districts: ['minhang'],
    status: 'planned',
    locate: { by: 'layer', layerId: 'rail-lines', featureIds: ['line-12-west-extension'] },
  },
  {
    id: 'line-15-south',
    name_zh: '15号线南延伸',
    name_en: 'Line 15 South Extension',
    kind: 'metro',
    districts: ['minhang'],
    status: 'planned',
    locate: { by: 'none', reason: 'planned extension; no route in the sources and not in the rail layer' },
  },
  ...(
    [
      ['14', 'operating', 'metro-14'],
      ['17', 'operating', 'metro-17'],
      ['18', 'operating', 'metro-18'],
      ['19', 'planned', 'line-19'],
      ['20', 'planned', 'line-20'],
      ['21', 'planned', 'line-21'],
      ['23', 'planned', 'line-23'],
    ] as const
  ).map(
    ([n, status, featureId]): PlaceRecord => ({
      id: `line-${n}`,
      name_zh: `${n}号线`,
      name_en: `Line ${n}`,
      kind: 'metro',
      districts: [],
      status,
      locate: { by: 'layer', layerId: 'rail-lines', featureIds: [featureId] },
    }),
  ),
  {
    id: 'huangpu-songjiang-link',
    name_zh: '浦南地区',
    name_en: 'South of the Huangpu',
    kind: 'key-area',
    districts: ['songjiang', 'jinshan', 'fengxian'],
    locate: {
      by: 'none',
      reason: 'a broad region (the districts south of the upper Huangpu), not a place with a centre',
    },
  },
];
