import type { RailStatus } from '../../../src/registry/types';

/**
 * Lines the 14th plan (§12.1.1) names as to be built, drawn schematically: straight segments through
 * indicative waypoints. A waypoint is an existing station (its coordinates come from the station
 * layer) or a hand-placed point. The route between waypoints is not known to any source we have,
 * so every line here is approximate. Status is the plan's own word in 2021:
 * "推进/加快建设" = under construction, "规划建设/加快规划建设" = planned.
 */
export type Waypoint = string | { name: string; lon: number; lat: number };

export interface PlannedLineSpec {
  id: string;
  name_zh: string;
  name_en: string;
  system: 'metro' | 'municipal-railway' | 'intercity';
  status: RailStatus;
  planQuote: string;
  color: string;
  waypoints: Waypoint[];
}

const PLAN = '14th plan §12.1.1';

export const PLANNED_LINES: PlannedLineSpec[] = [
  {
    id: 'jiamin-line',
    name_zh: '嘉闵线（含北延伸）',
    name_en: 'Jiamin Line (with northern extension)',
    system: 'municipal-railway',
    status: 'under-construction',
    planQuote: `${PLAN}: 推进嘉闵线及北延伸、两港快线建设`,
    color: '#8e5ea2',
    waypoints: ['嘉定北', '嘉定新城', '虹桥火车站', '七宝', '东川路'],
  },
  {
    id: 'lianggang-express',
    name_zh: '两港快线',
    name_en: 'Lianggang Express Line',
    system: 'municipal-railway',
    status: 'under-construction',
    planQuote: `${PLAN}: 推进嘉闵线及北延伸、两港快线建设`,
    color: '#3c8dbc',
    waypoints: ['浦东1号2号航站楼', '临港大道'],
  },
  {
    id: 'chongming-line',
    name_zh: '崇明线',
    name_en: 'Chongming Line',
    system: 'metro',
    status: 'under-construction',
    planQuote: `${PLAN}: 推进崇明线、17 号线西延伸建设`,
    color: '#2e8b57',
    waypoints: ['金海路', { name: '长兴岛', lon: 121.7, lat: 31.385 }, { name: '陈家镇', lon: 121.83, lat: 31.52 }],
  },
  {
    id: 'nanfeng-line',
    name_zh: '南枫线',
    name_en: 'Nanfeng Line',
    system: 'municipal-railway',
    status: 'planned',
    planQuote: `${PLAN}: 规划建设南枫线、沪平线`,
    color: '#c0392b',
    waypoints: ['奉贤新城', { name: '亭林', lon: 121.31, lat: 30.88 }, { name: '枫泾', lon: 121.01, lat: 30.89 }],
  },
  {
    id: 'huping-line',
    name_zh: '沪平线',
    name_en: 'Huping Line (Shanghai–Pinghu)',
    system: 'intercity',
    status: 'planned',
    planQuote: `${PLAN}: 规划建设南枫线、沪平线`,
    color: '#d35400',
    waypoints: ['莘庄', { name: '金山', lon: 121.33, lat: 30.75 }, { name: '平湖（浙江）', lon: 121.02, lat: 30.7 }],
  },
  {
    id: 'line-13-west-extension',
    name_zh: '13号线西延伸',
    name_en: 'Line 13 western extension',
    system: 'metro',
    status: 'under-construction',
    planQuote: `${PLAN}: 加快建设 13 号线西延伸、19 号线、20号线一期、21 号线一期、23 号线一期`,
    color: '#EB81B9',
    waypoints: ['金运路', { name: '诸光路', lon: 121.297, lat: 31.194 }],
  },
  {
    id: 'line-19',
    name_zh: '19号线',
    name_en: 'Line 19',
    system: 'metro',
    status: 'under-construction',
    planQuote: `${PLAN}: 加快建设 13 号线西延伸、19 号线…`,
    color: '#7f8c8d',
    waypoints: ['共富新村', '大柏树', '四平路', '老西门', '龙华', '上海南站'],
  },
  {
    id: 'line-20',
    name_zh: '20号线一期',
    name_en: 'Line 20 phase 1',
    system: 'metro',
    status: 'under-construction',
    planQuote: `${PLAN}: 加快建设…20号线一期…`,
    color: '#16a085',
    waypoints: ['上海西站', '中潭路', '虹口足球场', '江浦路', '复兴岛'],
  },
  {
    id: 'line-21',
    name_zh: '21号线一期',
    name_en: 'Line 21 phase 1',
    system: 'metro',
    status: 'under-construction',
    planQuote: `${PLAN}: 加快建设…21 号线一期…`,
    color: '#2c3e50',
    waypoints: ['东靖路', '金桥', '川沙', '迪士尼'],
  },
  {
    id: 'line-23',
    name_zh: '23号线一期',
    name_en: 'Line 23 phase 1',
    system: 'metro',
    status: 'under-construction',
    planQuote: `${PLAN}: 加快建设…23 号线一期`,
    color: '#9b59b6',
    waypoints: ['闵行开发区', '紫竹高新区', '上海体育场'],
  },
  {
    id: 'line-12-west-extension',
    name_zh: '12号线西延伸',
    name_en: 'Line 12 western extension',
    system: 'metro',
    status: 'planned',
    planQuote: `${PLAN}: 加快规划建设 12号线西延伸、15 号线南延伸`,
    color: '#007A61',
    waypoints: ['七莘路', { name: '洞泾', lon: 121.232, lat: 31.088 }],
  },
  {
    id: 'demonstration-zone-line',
    name_zh: '示范区线',
    name_en: 'Demonstration Zone Line',
    system: 'municipal-railway',
    status: 'planned',
    planQuote: 'not named in the five plan texts; shown as planned (Yangtze Delta demonstration zone line)',
    color: '#e67e22',
    waypoints: ['青浦新城', '朱家角', '西岑', '嘉善'],
  },
];
