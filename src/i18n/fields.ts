import type { Bilingual } from '../registry/types';
import type { Lang } from './strings';

/** Labels for feature properties shown in the feature panel; unknown keys show as they are. */
export const FIELD_LABELS: Record<string, Bilingual> = {
  status: { zh: '状态', en: 'Status' },
  status_source: { zh: '状态依据', en: 'Status from' },
  system: { zh: '制式', en: 'System' },
  lines: { zh: '线路', en: 'Lines' },
  transfer: { zh: '换乘站', en: 'Interchange' },
  opened: { zh: '首段开通', en: 'First section opened' },
  opened_verified: { zh: '开通日期已核实', en: 'Opening date verified' },
  district: { zh: '所在区', en: 'District' },
  planned_area_km2: { zh: '规划面积（km²）', en: 'Planned area (km²)' },
  drawn_area_km2: { zh: '图上面积（km²）', en: 'Area as drawn (km²)' },
  official_area_km2: { zh: '官方面积（km²）', en: 'Official area (km²)' },
  measured_area_km2: { zh: '图上量算面积（km²）', en: 'Area measured on the map (km²)' },
  boundary_description_zh: { zh: '四至', en: 'Boundary description' },
  theme_industry: { zh: '主导产业', en: 'Theme industry' },
  batch: { zh: '批次', en: 'Batch' },
  area_km2: { zh: '面积（km²）', en: 'Area (km²)' },
  park_kind: { zh: '类型', en: 'Kind' },
  population_2020: { zh: '2020 年常住人口', en: 'Resident population 2020' },
  adcode: { zh: '行政区划代码', en: 'Admin code' },
  river: { zh: '河流', en: 'River' },
  river_length_km: { zh: '沿河长度（km）', en: 'Length along the river (km)' },
  segment_kind: { zh: '类型', en: 'Kind' },
  color: { zh: '线路色', en: 'Line colour' },
  route_km: { zh: '线路长度（km，站间直线）', en: 'Route length (km, station to station)' },
  accuracy_m: { zh: '误差半径（米）', en: 'Error radius (m)' },
  place_kind: { zh: '类别', en: 'Kind' },
  districts: { zh: '涉及各区', en: 'Districts' },
  aliases_zh: { zh: '规划中的其他称呼', en: 'Other names in the plans' },
  theme: { zh: '主题', en: 'Theme' },
  catalogue: { zh: '列入 2022 年特色园区目录', en: 'In the 2022 catalogue of parks' },
  opened_source: { zh: '开通日期依据', en: 'Opening date from' },
  plan: { zh: '所属规划', en: 'Plan' },
  successor: { zh: '十四五规划中的对应新城', en: 'Its new town in the 14th plan' },
  cited_position: { zh: '来源所给位置（经度, 纬度）', en: 'Position given by the source (lon, lat)' },
};

/**
 * Values that are codes in the data and words on screen: the one table of them. Interface strings
 * that name a value (`status.planned`) point here rather than spell it again.
 */
export const VALUE_LABELS = {
  operating: { zh: '运营', en: 'Operating' },
  'under-construction': { zh: '在建', en: 'Under construction' },
  planned: { zh: '规划', en: 'Planned' },
  metro: { zh: '地铁', en: 'Metro' },
  'municipal-railway': { zh: '市域铁路', en: 'Municipal railway' },
  intercity: { zh: '城际铁路', en: 'Intercity railway' },
  railway: { zh: '国家铁路', en: 'National railway' },
  maglev: { zh: '磁浮', en: 'Maglev' },
  'city-park': { zh: '城市公园', en: 'City park' },
  'country-park': { zh: '郊野公园', en: 'Country park' },
  'ring-park-belt': { zh: '环城生态公园带', en: 'Ring-city park belt' },
  corridor: { zh: '滨水廊道', en: 'Waterfront corridor' },
  segment: { zh: '滨水区段', en: 'Waterfront segment' },
  huangpu: { zh: '黄浦江', en: 'Huangpu River' },
  suzhou: { zh: '苏州河', en: 'Suzhou Creek' },
  'key-area': { zh: '重点功能区', en: 'Key area' },
  gateway: { zh: '门户枢纽', en: 'Gateway' },
  rail: { zh: '国铁与城际铁路', en: 'National or intercity rail' },
  facility: { zh: '设施', en: 'Facility' },
  water: { zh: '河湖水系', en: 'Water body' },
  industrial: { zh: '产业园区与基地', en: 'Industrial park or base' },
  'p12-proposal': { zh: '十二五规划建议', en: '12th-plan proposal' },
  'p12-outline': { zh: '十二五规划纲要', en: '12th Five-Year Plan outline' },
  'p12-info': { zh: '十二五信息化规划', en: '12th-plan informatization plan' },
  'p13-smart': { zh: '十三五智慧城市规划', en: '13th-plan smart-city plan' },
  p14: { zh: '十四五规划和二〇三五年远景目标纲要', en: '14th Five-Year Plan and 2035 goals' },
  '1st batch (2020)': { zh: '第一批（2020）', en: '1st batch (2020)' },
  '2nd batch (2021-04-07)': { zh: '第二批（2021-04-07）', en: '2nd batch (2021-04-07)' },
  unknown: { zh: '不详', en: 'Unknown' },
  // Industry themes: the catalogue's own words, and how they read in English.
  集成电路: { zh: '集成电路', en: 'Integrated circuits' },
  生物医药: { zh: '生物医药', en: 'Biomedicine' },
  智能制造: { zh: '智能制造', en: 'Smart manufacturing' },
  '5G / 电子信息': { zh: '5G / 电子信息', en: '5G / electronic information' },
  人工智能: { zh: '人工智能', en: 'Artificial intelligence' },
  航空航天: { zh: '航空航天', en: 'Aerospace' },
  '生物医药 / 美丽健康': { zh: '生物医药 / 美丽健康', en: 'Biomedicine / beauty and health' },
  在线新经济: { zh: '在线新经济', en: 'Online new economy' },
  汽车: { zh: '汽车', en: 'Automotive' },
  高端装备: { zh: '高端装备', en: 'High-end equipment' },
  船舶海工: { zh: '船舶海工', en: 'Shipbuilding and offshore engineering' },
  化工: { zh: '化工', en: 'Chemicals' },
  数字出版: { zh: '数字出版', en: 'Digital publishing' },
  氢能: { zh: '氢能', en: 'Hydrogen energy' },
  炼化: { zh: '炼化', en: 'Refining and petrochemicals' },
  医学园区: { zh: '医学园区', en: 'Medical park' },
  钢铁: { zh: '钢铁', en: 'Steel' },
  true: { zh: '是', en: 'Yes' },
  false: { zh: '否', en: 'No' },
} satisfies Record<string, Bilingual>;

/** Units of the plans' figures in the reader's language; a unit not listed is the same in both. */
const UNIT_LABELS: Readonly<Record<string, Bilingual>> = {
  people: { zh: '人', en: 'people' },
  '座 parks': { zh: '座', en: 'parks' },
  km: { zh: '公里', en: 'km' },
};

export function unitLabel(unit: string, lang: Lang): string {
  return ownLabel(UNIT_LABELS, unit)?.[lang] ?? unit;
}

/** The label of a key in a table, never an inherited property ("constructor"). */
export function ownLabel(table: Record<string, Bilingual>, key: string): Bilingual | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * A property value as words in `lang`. `names` translates place names the data stores in one
 * language (a district as "松江区" or "songjiang") to the reader's.
 */
export function formatValue(value: unknown, lang: Lang, names?: ReadonlyMap<string, Bilingual>): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== null && item !== undefined && item !== '');
    return items.length > 0
      ? items.map((item) => formatValue(item, lang, names)).join(lang === 'zh' ? '、' : ', ')
      : '—';
  }
  const key = String(value);
  const label = ownLabel(VALUE_LABELS, key) ?? names?.get(key);
  if (label) return label[lang];
  if (typeof value === 'number') return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  return key;
}

/** Codes shown as they are written, never as quantities ("310112", not "310,112"). */
const CODE_FIELDS = new Set(['adcode']);
/** Lists the data keeps in one string, and what separates their items. */
const LIST_FIELDS: Readonly<Record<string, string>> = { districts: ',', lines: ' / ' };

/** The lines whose Chinese names are not "N号线" (names as Shanghai Metro writes them in English). */
const NAMED_LINES: Readonly<Record<string, string>> = {
  市域机场线: 'Airport Link Line',
  磁浮线: 'Maglev Line',
  浦江线: 'Pujiang Line',
};
/** A metro line's Chinese name in English where the data has none: "10号线" → "Line 10". */
const lineName = (name: string, lang: Lang) =>
  lang === 'en' ? (NAMED_LINES[name] ?? name.replace(/^(\d+)号线$/, 'Line $1')) : name;
/** Numbered lines in number order (Line 1 before Line 10), named lines after them. */
const lineOrder = (name: string) => Number(/^(\d+)号线$/.exec(name)?.[1] ?? Number.POSITIVE_INFINITY);

/** A feature property as words in `lang`, knowing what the property is (a code, a list, a line). */
export function formatField(key: string, value: unknown, lang: Lang, names?: ReadonlyMap<string, Bilingual>): string {
  if (CODE_FIELDS.has(key) && (typeof value === 'number' || typeof value === 'string')) return String(value);
  const separator = LIST_FIELDS[key];
  if (separator && typeof value === 'string' && value !== '') {
    const items = value.split(separator).map((item) => item.trim());
    if (key === 'lines') items.sort((a, b) => lineOrder(a) - lineOrder(b));
    const words = items.map((item) => (names?.get(item) ? formatValue(item, lang, names) : lineName(item, lang)));
    return words.join(key === 'lines' ? ' / ' : lang === 'zh' ? '、' : ', ');
  }
  return formatValue(value, lang, names);
}
