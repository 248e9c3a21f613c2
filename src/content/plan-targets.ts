import type { TargetMeasures } from '../analysis/targets';
import type { Bilingual } from '../registry/types';
import { FIGURES, type LayerProps } from './figures';
import type { LinkIndex, Passage } from './links';

/**
 * The plans' spatial targets against what the map's open data measures: each with the sentence
 * that states it, the method, the data and its date, and what the number cannot say. Targets that
 * open data here cannot test are listed with the reason, not left out.
 */
export interface PlanTarget {
  id: string;
  planId: string;
  /** Text that occurs in the passage stating the target (spaces ignored). */
  phrase: string;
  target: Bilingual;
  /** The measured value in words, or null when it cannot be measured (see `reason`). */
  measure?: (m: TargetMeasures, layers: LayerProps) => Bilingual | null;
  method?: Bilingual;
  data?: Bilingual;
  uncertainty?: Bilingual;
  /** Why open data here cannot test it. */
  reason?: Bilingual;
  /** The measure by area, where it has one (green space by district). */
  breakdown?: (m: TargetMeasures) => Breakdown;
}

export interface Breakdown {
  head: Bilingual[];
  rows: { name: Bilingual; values: string[] }[];
}

export interface TargetRow {
  spec: PlanTarget;
  passage: Passage | null;
  measured: Bilingual | null;
}

const OSM = {
  zh: 'OpenStreetMap（Geofabrik 上海摘录 2025-03-18，ODbL）',
  en: 'OpenStreetMap (Geofabrik Shanghai extract 2025-03-18, ODbL)',
};
const CENSUS = { zh: '2020 年第七次人口普查（区级）', en: '2020 census (by district)' };
const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
const num = (value: number) => value.toLocaleString('en-US');

function greenReach(m: TargetMeasures): Bilingual {
  const parts = m.green_reach.map((r) => ({
    zh: `${r.radius_m} 米内：${pct(r.area_share)} 的土地、${pct(r.resident_share ?? 0)} 的居民`,
    en: `within ${r.radius_m} m: ${pct(r.area_share)} of the land, ${pct(r.resident_share ?? 0)} of residents`,
  }));
  return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
}

function greenByDistrict(m: TargetMeasures): Breakdown {
  const [first] = m.green_reach;
  return {
    head: [
      { zh: '区', en: 'District' },
      ...m.green_reach.map((r) => ({ zh: `${r.radius_m} 米`, en: `${r.radius_m} m` })),
    ],
    rows: (first?.areas ?? []).map((area) => ({
      name: { zh: area.name_zh, en: area.name_en.replace(/ District$/, '') },
      values: m.green_reach.map((r) => pct(r.areas.find((a) => a.id === area.id)?.share ?? 0)),
    })),
  };
}

const railTargets: PlanTarget[] = FIGURES.filter((f) => f.quantity === 'rail-km' && f.kind === 'target').map((f) => ({
  id: f.id,
  planId: f.planId,
  phrase: f.phrase,
  target: { zh: `${f.label.zh} ${f.value} 公里（${f.year} 年）`, en: `${f.label.en}: ${f.value} km by ${f.year}` },
  measure: (_m, layers) => {
    const measured = f.measure?.(layers);
    return measured ? { zh: `${num(measured.value)} 公里`, en: `${num(measured.value)} km` } : null;
  },
  method: {
    zh: '地图上运营线路站间直线距离之和（每对车站只计一次）',
    en: 'Sum of straight station-to-station distances of the operating lines (each station pair once)',
  },
  data: { zh: '轨道线路与车站（OSM 与高德，2026 年）', en: 'Rail lines and stations (OSM and AMap, 2026)' },
  uncertainty: {
    zh: '弯道取直，略偏小（约数个百分点）；数据是 2026 年的网络，不是目标年份的',
    en: 'Curves are cut, so a few per cent low; the network is that of 2026, not of the target year',
  },
}));

export const PLAN_TARGETS: PlanTarget[] = [
  {
    id: 'green-walk',
    planId: 'p14',
    phrase: '步行 5-10 分钟有绿',
    target: { zh: '2025 年基本实现步行 5–10 分钟有绿', en: 'Green space within a 5–10 minute walk, broadly, by 2025' },
    measure: greenReach,
    breakdown: greenByDistrict,
    method: {
      zh: '约 65 米网格：距面积 ≥ 0.3 公顷的公园直线 500 / 800 米以内的格子占各区面积之比；居民按各区人口 × 该比例（区内均匀分布）',
      en: 'A ~65 m grid: share of each district within 500 / 800 m straight line of a park ≥ 0.3 ha; residents as each district’s population × that share (spread evenly inside it)',
    },
    data: { zh: `${OSM.zh}；${CENSUS.zh}`, en: `${OSM.en}; ${CENSUS.en}` },
    uncertainty: {
      zh: '直线距离：步行路线通常长 1.2–1.4 倍（绕行系数），按 75 米/分钟，5–10 分钟约步行 375–750 米，即直线约 290–580 米；500 米直线约步行 8–9 分钟。只计 OSM 的公园（leisure=park），街头绿地、草地和未测绘的公园不在内，故偏低；居民比例假设区内人口均匀分布，郊区各区偏低',
      en: 'Straight line: walking routes are typically 1.2–1.4× longer (detour factor); at 75 m a minute, 5–10 minutes is 375–750 m walked, about 290–580 m straight, and 500 m straight is an 8–9 minute walk. Only OSM parks (leisure=park) count: street greens, grass and unmapped parks do not, so this is low; residents are assumed evenly spread inside each district, which understates outer districts',
    },
  },
  {
    id: 'parks-1000',
    planId: 'p14',
    phrase: '到 2025 年公园增至 1000 座以上',
    target: { zh: '2025 年公园增至 1000 座以上', en: 'More than 1,000 parks by 2025' },
    measure: (m) => ({
      zh: `OSM 中 ${num(m.parks.features)} 个公园面（有名称 ${num(m.parks.named)} 个，不同名称 ${num(m.parks.distinct_names)} 个；≥ 0.3 公顷 ${num(m.parks.at_least_0_3ha)} 个，≥ 1 公顷 ${num(m.parks.at_least_1ha)} 个）`,
      en: `${num(m.parks.features)} park polygons in OSM (${num(m.parks.named)} named, ${num(m.parks.distinct_names)} distinct names; ${num(m.parks.at_least_0_3ha)} ≥ 0.3 ha, ${num(m.parks.at_least_1ha)} ≥ 1 ha)`,
    }),
    method: { zh: '统计 OSM 中标为公园（leisure=park）的面', en: 'Count of OSM areas tagged as parks (leisure=park)' },
    data: OSM,
    uncertainty: {
      zh: 'OSM 数的是测绘的面，不是登记在册的公园：一座公园可能分成几个面，小区绿地也可能标为公园，而许多小公园和新公园尚未测绘。不同名称的数目最接近“座”，但无名公园不计。无法据此判断目标是否达成',
      en: 'OSM counts mapped polygons, not registered parks: one park may be several polygons, residential gardens may be tagged as parks, and many small or new parks are not mapped. Distinct names come closest to a count of parks but leave out unnamed ones. It cannot say whether the target was met',
    },
  },
  {
    id: 'forest-cover',
    planId: 'p14',
    phrase: '森林覆盖率达到 19.5%',
    target: { zh: '2025 年森林覆盖率达到 19.5%', en: 'Forest cover of 19.5 % by 2025' },
    measure: (m) => ({
      zh: `${pct(m.forest.share)}（OSM 林地 ${num(m.forest.covered_km2)} 平方公里 / 各区面积 ${num(m.forest.total_km2)} 平方公里）`,
      en: `${pct(m.forest.share)} (${num(m.forest.covered_km2)} km² of OSM forest / ${num(m.forest.total_km2)} km² of the districts)`,
    }),
    method: {
      zh: 'OSM 林地（landuse=forest、natural=wood）面积（重叠只计一次）÷ 16 个区的面积',
      en: 'Area of OSM forest (landuse=forest, natural=wood), overlaps once, ÷ the area of the 16 districts',
    },
    data: OSM,
    uncertainty: {
      zh: '远低于官方口径：OSM 只画出了较大的林地，官方森林覆盖率还计入防护林带、经济林和四旁树等；区界含部分水面。此数只说明地图上有多少林地，不能检验 19.5% 的目标',
      en: 'Far below the official measure: OSM maps only larger woods, while the official rate also counts shelter belts, orchards and trees along roads and houses; district borders include some water. It says how much forest the map has; it cannot test the 19.5 % target',
    },
  },
  {
    id: 'park-area-per-resident',
    planId: 'p14',
    phrase: '人均公园绿地面积增加 1 平方米',
    target: {
      zh: '人均公园绿地面积增加 1 平方米（2020 年为 8.5 平方米）',
      en: 'Park green space per resident up by 1 m² (8.5 m² in 2020)',
    },
    measure: (m) => ({
      zh: `${m.park_m2_per_resident} 平方米/人（OSM 公园 ${num(m.park_land_km2)} 平方公里 ÷ ${num(m.population_2020)} 人）`,
      en: `${m.park_m2_per_resident} m² per resident (${num(m.park_land_km2)} km² of OSM parks ÷ ${num(m.population_2020)} people)`,
    }),
    method: {
      zh: 'OSM 公园面积（重叠只计一次）÷ 2020 年常住人口',
      en: 'Area of OSM parks (overlaps once) ÷ 2020 resident population',
    },
    data: { zh: `${OSM.zh}；${CENSUS.zh}`, en: `${OSM.en}; ${CENSUS.en}` },
    uncertainty: {
      zh: '官方“公园绿地”还包括街旁绿地、带状绿地等，OSM 只有标为公园的面，故约为官方值的一半；人口是 2020 年的',
      en: 'The official “park green space” also counts roadside and strip greens; OSM has only areas tagged as parks, so this is about half the official figure; population is that of 2020',
    },
  },
  ...railTargets,
  {
    id: 'new-town-areas',
    planId: 'p14',
    phrase: '把五大新城建设为长三角城市群',
    target: {
      zh: '五个新城的规划范围（面积见新城规划，五份规划未写明）',
      en: 'The five new towns’ planned extents (areas from the new-town guidance; the five plans state none)',
    },
    measure: (m) => ({
      zh: m.new_towns.map((t) => `${t.name_zh} ${t.outline_km2} / ${t.planning_area_km2} 平方公里`).join('；'),
      en: m.new_towns.map((t) => `${t.name_en} ${t.outline_km2} / ${t.planning_area_km2} km²`).join('; '),
    }),
    method: {
      zh: '地图上新城轮廓的测地面积 / 规划面积',
      en: 'Geodesic area of the new-town outline on the map / planned area',
    },
    data: {
      zh: '新城轮廓由四至文字沿 OSM 道路水系绘制；规划面积取自百度百科转载（第三方）',
      en: 'Outlines drawn from the 四至 boundary texts along OSM roads and rivers; planned areas from a third-party copy of Baidu Baike',
    },
    uncertainty: {
      zh: '轮廓是近似的（边界误差达 ±1.5 公里），而且由同一段四至文字画出，所以两者相符只说明画得对，不说明规划执行情况',
      en: 'Outlines are approximate (edges up to ±1.5 km off) and drawn from the same boundary texts, so agreement checks the drawing, not how the plan is carried out',
    },
  },
  {
    id: 'community-15min',
    planId: 'p14',
    phrase: '15 分钟步行可达覆盖率达到 85%',
    target: {
      zh: '社区公共服务设施 15 分钟步行可达覆盖率 85% 左右',
      en: 'Community services within a 15-minute walk for about 85 %',
    },
    reason: {
      zh: '没有卫生、养老、文化、体育等社区设施的开放数据；全市步行路网也没有（街道只覆盖中心一块）',
      en: 'No open data on community health, elderly-care, culture and sports facilities here, and no city-wide walking network (streets cover a central box only)',
    },
  },
  {
    id: 'cycle-drive-parks',
    planId: 'p14',
    phrase: '骑行 15 分钟有景',
    target: {
      zh: '骑行 15 分钟有景、车行 30 分钟有大型公园',
      en: 'Scenery within a 15-minute ride, a large park within a 30-minute drive',
    },
    reason: {
      zh: '需要全市道路网和行车速度，这里只有中心城区的街道；“景”也没有可测的定义',
      en: 'Needs a city-wide road network and travel speeds, and streets here cover the centre only; “scenery” has no measurable definition',
    },
  },
  {
    id: 'new-parks-600',
    planId: 'p14',
    phrase: '新增公园 600 座左右',
    target: { zh: '2021–2025 年新增公园 600 座左右', en: 'About 600 new parks, 2021–2025' },
    reason: {
      zh: '只有一份 2025 年的 OSM 摘录，没有 2020 年的基数，无法计算新增',
      en: 'There is one OSM extract (2025) and no 2020 baseline, so additions cannot be counted',
    },
  },
  {
    id: 'forest-gain',
    planId: 'p14',
    phrase: '累计净增森林面积 24 万亩',
    target: { zh: '2025 年累计净增森林面积 24 万亩', en: 'A net gain of 240,000 mu (160 km²) of forest by 2025' },
    reason: {
      zh: '没有 2020 年的林地图作基数；OSM 林地也远不完整',
      en: 'No 2020 forest map as a baseline, and OSM forest is far from complete',
    },
  },
  {
    id: 'new-town-population',
    planId: 'p14',
    phrase: '以中长期集聚百万人口为目标',
    target: { zh: '每个新城中长期集聚百万人口', en: 'About a million residents in each new town, long term' },
    reason: {
      zh: '人口普查只到区一级，无法按新城范围统计；覆盖分析中的新城人口是按面积从区人口分摊的假设值',
      en: 'The census is by district, so the population inside a new town cannot be measured; coverage gives new towns an area share of their district, an assumption',
    },
  },
  {
    id: 'green-cover-2010',
    planId: 'p12-outline',
    phrase: '绿化覆盖率达到38％以上',
    target: { zh: '绿化覆盖率达到 38% 以上（2010 年已达到）', en: 'Green cover above 38 % (reached by 2010)' },
    reason: {
      zh: '绿化覆盖率按树冠和绿地的垂直投影计算，需要遥感影像；OSM 的公园、林地和草地只是其中已测绘的一部分',
      en: 'Green cover is the vertical projection of tree crowns and green land, which needs imagery; OSM parks, woods and grass are only the mapped part of it',
    },
  },
  {
    id: 'greenways',
    planId: 'p14',
    phrase: '新建绿道 1000 公里',
    target: { zh: '新建绿道 1000 公里', en: '1,000 km of new greenways' },
    reason: {
      zh: '这里的 OSM 摘录不含步行道和自行车道，绿道在 OSM 中也没有统一标注',
      en: 'The OSM extract here has no footways or cycleways, and greenways have no consistent OSM tag',
    },
  },
];

/** Each target with its passage (null when the phrase is not in the texts) and its measured value. */
/** The sentence of a passage that states the target: from the phrase back and on to 。 or ；. */
export function targetSentence(text: string, phrase: string): string {
  const sentences = text.split(/(?<=[。；;])/);
  const squash = (t: string) => t.replace(/\s+/g, '');
  return (sentences.find((s) => squash(s).includes(squash(phrase))) ?? text).trim();
}

export function targetRows(index: LinkIndex, measures: TargetMeasures, layers: LayerProps): TargetRow[] {
  const squash = (text: string) => text.replace(/\s+/g, '');
  return PLAN_TARGETS.map((spec) => {
    const phrase = squash(spec.phrase);
    const passage =
      index.passages.find((p) => p.plan.id === spec.planId && squash(p.paragraph.text).includes(phrase)) ?? null;
    return { spec, passage, measured: spec.measure?.(measures, layers) ?? null };
  });
}
