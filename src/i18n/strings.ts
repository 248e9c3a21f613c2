import type { Bilingual } from '../registry/types';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Every interface string, in both languages. Data and plan text carry their own names. */
export const STRINGS = {
  appTitle: { zh: '上海五年规划空间图', en: 'Shanghai Five-Year Plans Map' },
  appSubtitle: {
    zh: '新城 · 一江一河 · 轨道 · 公园 · 产业园区',
    en: 'New towns · River corridors · Rail · Parks · Industry',
  },
  layers: { zh: '图层', en: 'Layers' },
  legend: { zh: '图例', en: 'Legend' },
  switchLanguage: { zh: 'English', en: '中文' },
  switchLanguageLabel: { zh: '切换到英文', en: 'Switch to Chinese' },
  close: { zh: '关闭', en: 'Close' },
  featureDetails: { zh: '要素信息', en: 'Feature details' },
  noSelection: { zh: '点击地图上的要素查看详情', en: 'Click a feature on the map to see its details' },
  accuracy: { zh: '精度', en: 'Accuracy' },
  source: { zh: '来源', en: 'Source' },
  licence: { zh: '许可', en: 'Licence' },
  note: { zh: '说明', en: 'Note' },
  layer: { zh: '图层', en: 'Layer' },
  attributes: { zh: '属性', en: 'Attributes' },
  approximateLegend: {
    zh: '虚线：近似几何（手绘或示意）',
    en: 'Dashed: approximate geometry (hand-drawn or schematic)',
  },
  'accuracy.surveyed': { zh: '实测（来自测绘/OSM）', en: 'Surveyed (mapped data, e.g. OSM)' },
  'accuracy.derived': { zh: '推导（由其他数据计算）', en: 'Derived (computed from other data)' },
  'accuracy.approximate': { zh: '近似（手绘或示意）', en: 'Approximate (hand-drawn or schematic)' },
  'status.operating': { zh: '运营', en: 'Operating' },
  'status.under-construction': { zh: '在建', en: 'Under construction' },
  'status.planned': { zh: '规划', en: 'Planned' },
  loading: { zh: '正在加载图层…', en: 'Loading layers…' },
  layerFailed: { zh: '图层无法加载', en: 'Layer could not be loaded' },
  featuresDropped: { zh: '个要素无效，已跳过', en: 'invalid features skipped' },
  mapFailed: {
    zh: '地图无法启动（需要 WebGL）。图层列表仍可使用。',
    en: 'The map could not start (WebGL is needed). The layer list still works.',
  },
  attribution: { zh: '数据来源', en: 'Data' },
  featureCount: { zh: '个要素', en: 'features' },
  mapLabel: {
    zh: '上海规划地图。要素列表见图层面板与要素信息面板。',
    en: 'Map of Shanghai plans. The layer and feature panels list the same content as text.',
  },
  tabFeature: { zh: '要素', en: 'Feature' },
  tabPlans: { zh: '规划文本', en: 'Plan texts' },
  passages: { zh: '规划中的相关段落', en: 'Passages in the plans' },
  noPassages: { zh: '五份规划文本中没有提到此要素', en: 'None of the five plan texts mentions this feature' },
  readInContext: { zh: '在原文中阅读', en: 'Read in context' },
  contents: { zh: '目录', en: 'Contents' },
  choosePlan: { zh: '选择规划', en: 'Choose a plan' },
  figureMissing: { zh: '（原文未附此图）', en: '(the figure itself is not in the source)' },
  showOnMap: { zh: '在地图上显示', en: 'Show on map' },
  paragraphPlaces: {
    zh: '点击段落以在地图上突出其提到的所有地点',
    en: 'Click a paragraph to highlight every place it mentions',
  },
  search: { zh: '搜索地点或规划原文', en: 'Search places or plan text' },
  searchLabel: { zh: '搜索', en: 'Search' },
  noResults: { zh: '没有结果', en: 'No results' },
  resultPlace: { zh: '地点', en: 'Place' },
  resultPassage: { zh: '段落', en: 'Passage' },
  textLoading: { zh: '正在加载规划文本…', en: 'Loading the plan texts…' },
  textFailed: { zh: '规划文本无法加载', en: 'The plan texts could not be loaded' },
  urlIgnored: { zh: '链接中的部分参数无效，已忽略', en: 'Some link parameters were invalid and were ignored' },
  linkedTo: { zh: '对应地图要素', en: 'Shown on the map as' },
  planFigure: { zh: '规划数字', en: 'Plan figure' },
  figureTarget: { zh: '目标', en: 'target' },
  figureAchieved: { zh: '已实现', en: 'achieved' },
  mapMeasure: { zh: '地图测得', en: 'Measured on the map' },
  notMeasurable: { zh: '地图无法测量', en: 'Not measurable from the map' },
  tabAnalysis: { zh: '分析', en: 'Analysis' },
  measureTitle: { zh: '测量', en: 'Measure' },
  measureLine: { zh: '量距离', en: 'Measure distance' },
  measureArea: { zh: '量面积', en: 'Measure area' },
  finishDrawing: { zh: '完成（或双击）', en: 'Finish (or double-click)' },
  measureHint: {
    zh: '在地图上点击添加节点；拖动节点可修改。测量保存在本机浏览器中。',
    en: 'Click the map to add points; drag a point to edit. Measures are kept in this browser.',
  },
  distance: { zh: '距离', en: 'Distance' },
  area: { zh: '面积', en: 'Area' },
  remove: { zh: '删除', en: 'Remove' },
  exportGeoJson: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  nearestTitle: { zh: '最近设施', en: 'Nearest facilities' },
  nearestToggle: {
    zh: '点击地图查询最近的车站、公园和产业园区',
    en: 'Click the map for the nearest station, park and industrial park',
  },
  nearestStop: { zh: '结束查询', en: 'Stop' },
  'nearest.station': { zh: '车站（运营）', en: 'Station (operating)' },
  'nearest.park': { zh: '公园', en: 'Park' },
  'nearest.industrial-park': { zh: '产业园区', en: 'Industrial park' },
  coverageTitle: { zh: '覆盖分析', en: 'Coverage' },
  facilities: { zh: '设施', en: 'Facilities' },
  'facility.rail-stations': { zh: '轨道交通车站', en: 'Rail stations' },
  'facility.parks': { zh: '公园', en: 'Parks' },
  'facility.industrial-parks': { zh: '产业园区', en: 'Industrial parks' },
  withStatus: { zh: '线路状态', en: 'Line status' },
  radius: { zh: '半径（米）', en: 'Radius (m)' },
  reportBy: { zh: '统计单元', en: 'Report by' },
  'areas.districts': { zh: '行政区', en: 'Districts' },
  'areas.new-towns': { zh: '新城', en: 'New towns' },
  'areas.drawn': { zh: '最后绘制的面', en: 'Last drawn area' },
  runCoverage: { zh: '计算', en: 'Run' },
  compareCoverage: { zh: '对比：现状与规划线路建成后', en: 'Compare: today vs with planned lines' },
  running: { zh: '计算中', en: 'Running' },
  columnArea: { zh: '单元', en: 'Area' },
  columnAreaKm2: { zh: '面积 km²', en: 'Area km²' },
  columnCovered: { zh: '覆盖 km²', en: 'Covered km²' },
  columnShare: { zh: '覆盖率', en: 'Share' },
  columnPeople: { zh: '覆盖人口', en: 'People within reach' },
  columnToday: { zh: '现状', en: 'Today' },
  columnPlanned: { zh: '规划后', en: 'With planned' },
  populationAssumption: {
    zh: '人口为 2020 年人口普查分区数据，假设在区内均匀分布（无更细的人口数据）。',
    en: 'Population is the 2020 census by district, assumed evenly spread inside each district (no finer population layer).',
  },
  assumedStations: {
    zh: '在建和规划线路没有车站表：沿示意走向每 1.5 公里假设一站。',
    en: 'Lines under construction or planned have no station list: a station is assumed every 1.5 km along the schematic route.',
  },
  uncoveredLegend: { zh: '红色：未覆盖的部分', en: 'Red: the part not within reach' },
  needDrawnArea: { zh: '请先用“量面积”画一个面', en: 'Draw an area with “Measure area” first' },
  filterLines: { zh: '按线路', en: 'By line' },
  filterTheme: { zh: '主导产业', en: 'Theme industry' },
  filterBatch: { zh: '批次', en: 'Batch' },
  batch: { zh: '第', en: 'Batch' },
  batchUnknown: { zh: '批次不详', en: 'Batch unknown' },
  filterParkKind: { zh: '公园类型', en: 'Kind of park' },
  opacity: { zh: '不透明度', en: 'Opacity' },
  showApproximate: { zh: '显示近似几何', en: 'Show approximate geometry' },
  featuresOf: { zh: '显示', en: 'showing' },
  chooseDistrict: { zh: '— 选择一个区 —', en: '— choose a district —' },
  yourDistrict: { zh: '我的区', en: 'My district' },
  passagesShort: { zh: '段规划文字', en: 'passages' },
  passageShort: { zh: '段规划文字', en: 'passage' },
  openDistrict: { zh: '查看本区规划', en: 'Open the district view' },
  backToDistrict: { zh: '返回本区', en: 'Back to the district' },
  export: { zh: '导出', en: 'Export' },
  exportA4: { zh: '地图 PNG（A4 横向）', en: 'Map PNG (A4 landscape)' },
  exportA3: { zh: '地图 PNG（A3 横向）', en: 'Map PNG (A3 landscape)' },
  exporting: { zh: '正在生成…', en: 'Preparing…' },
  exported: { zh: '已下载', en: 'Downloaded' },
  exportFailed: { zh: '导出失败', en: 'Export failed' },
  basemap: { zh: '底图', en: 'Base map' },
  tiandituKey: { zh: '天地图密钥（只保存在本机）', en: 'Tianditu key (kept in this browser only)' },
} satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** Stored choice first, then the browser's preferred languages, then Chinese. */
export function pickLanguage(stored: string | null, preferred: readonly string[]): Lang {
  if (stored === 'zh' || stored === 'en') return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'zh';
}
