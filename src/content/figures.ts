import type { Bilingual } from '../registry/types';
import type { LinkIndex } from './links';

/** Feature properties by layer and id, as the app and the CLI hold them. */
export type LayerProps = ReadonlyMap<string, ReadonlyMap<string, Record<string, unknown>>>;

export interface Measured {
  value: number;
  method: Bilingual;
}

/** A number a plan states, found by a phrase in its text, with the map's own measure where one exists. */
export interface FigureSpec {
  id: string;
  planId: string;
  /** Figures of the same quantity are charted together over time. */
  quantity: 'rail-km' | 'waterfront-km' | 'parks' | 'new-town-population';
  /** Text that occurs in exactly the passage stating the figure. */
  phrase: string;
  label: Bilingual;
  value: number;
  unit: string;
  /** The year the figure is for: achieved by, or targeted for. */
  year: number;
  kind: 'target' | 'achieved';
  measure?: (layers: LayerProps) => Measured | null;
  /** Why the map cannot measure it, when it cannot. */
  notMeasurable?: Bilingual;
}

function features(layers: LayerProps, layerId: string): Record<string, unknown>[] {
  return [...(layers.get(layerId)?.values() ?? [])];
}

const operatingRailKm = (layers: LayerProps): Measured => ({
  value: Math.round(
    features(layers, 'rail-lines')
      .filter((p) => p.status === 'operating')
      .reduce((sum, p) => sum + (typeof p.route_km === 'number' ? p.route_km : 0), 0),
  ),
  method: {
    zh: '地图上运营线路站间直线距离之和（每对车站只计一次；弯道取直，略偏小；数据为 2026 年）',
    en: 'Sum of straight station-to-station distances of the operating lines on the map (each station pair once; curves cut, so slightly low; 2026 data)',
  },
});

const bothBanksKm =
  (segmentId: string) =>
  (layers: LayerProps): Measured | null => {
    const length = layers.get('waterfront-segments')?.get(segmentId)?.river_length_km;
    if (typeof length !== 'number') return null;
    return {
      value: Math.round(length * 2 * 10) / 10,
      method: {
        zh: '地图上该廊道沿河长度 × 2（两岸）；河道为近似中心线',
        en: 'Length along the river of the corridor on the map × 2 (both banks); the river line is approximate',
      },
    };
  };

export const FIGURES: FigureSpec[] = [
  {
    id: 'rail-2010',
    quantity: 'rail-km',
    planId: 'p12-outline',
    phrase: '轨道交通运营里程超过440公里',
    label: { zh: '轨道交通运营里程', en: 'Rail network in operation' },
    value: 440,
    unit: 'km',
    year: 2010,
    kind: 'achieved',
    measure: operatingRailKm,
  },
  {
    id: 'rail-2015',
    quantity: 'rail-km',
    planId: 'p12-proposal',
    phrase: '轨道交通运营里程达600公里',
    label: { zh: '轨道交通运营里程', en: 'Rail network in operation' },
    value: 600,
    unit: 'km',
    year: 2015,
    kind: 'target',
    measure: operatingRailKm,
  },
  {
    id: 'rail-2020',
    quantity: 'rail-km',
    planId: 'p14',
    phrase: '轨道交通运营线路总长达到 729 公里',
    label: { zh: '轨道交通运营线路总长', en: 'Rail lines in operation' },
    value: 729,
    unit: 'km',
    year: 2020,
    kind: 'achieved',
    measure: operatingRailKm,
  },
  {
    id: 'rail-2025',
    quantity: 'rail-km',
    planId: 'p14',
    phrase: '运营总里程达 960 公里',
    label: { zh: '市区线和市域（郊）铁路运营总里程', en: 'Metro and municipal rail in operation' },
    value: 960,
    unit: 'km',
    year: 2025,
    kind: 'target',
    measure: operatingRailKm,
  },
  {
    id: 'huangpu-waterfront',
    quantity: 'waterfront-km',
    planId: 'p14',
    phrase: '黄浦江 45 公里公共空间岸线贯通开放',
    label: { zh: '黄浦江贯通开放岸线', en: 'Huangpu waterfront opened' },
    value: 45,
    unit: 'km',
    year: 2020,
    kind: 'achieved',
    measure: bothBanksKm('huangpu-core-corridor'),
  },
  {
    id: 'suzhou-waterfront',
    quantity: 'waterfront-km',
    planId: 'p14',
    phrase: '苏州河中心城区 42 公里岸线实现基本贯通',
    label: { zh: '苏州河中心城区贯通岸线', en: 'Suzhou Creek central waterfront opened' },
    value: 42,
    unit: 'km',
    year: 2020,
    kind: 'achieved',
    measure: bothBanksKm('suzhou-creek-central-corridor'),
  },
  {
    id: 'parks-2025',
    quantity: 'parks',
    planId: 'p14',
    phrase: '到 2025 年公园增至 1000 座以上',
    label: { zh: '公园数量', en: 'Number of parks' },
    value: 1000,
    unit: '座 parks',
    year: 2025,
    kind: 'target',
    notMeasurable: {
      zh: '地图只画出了主要的城市公园与郊野公园，不是全部公园',
      en: 'The map draws only major city and country parks, not every park',
    },
  },
  {
    id: 'new-town-population',
    quantity: 'new-town-population',
    planId: 'p14',
    phrase: '以中长期集聚百万人口为目标',
    label: { zh: '每个新城中长期人口', en: 'Long-term population of each new town' },
    value: 1_000_000,
    unit: 'people',
    year: 2035,
    kind: 'target',
    notMeasurable: {
      zh: '人口普查只到区一级，无法按新城范围统计',
      en: 'The census is by district, so population inside a new town cannot be measured',
    },
  },
];

export interface FigureResult {
  spec: FigureSpec;
  measured: Measured | null;
}

/** The figures each paragraph states, keyed by paragraph id. A phrase not found is left out. */
export function figuresByParagraph(index: LinkIndex, layers: LayerProps): Map<string, FigureResult[]> {
  const result = new Map<string, FigureResult[]>();
  for (const spec of FIGURES) {
    const passage = index.passages.find(
      (p) => p.plan.id === spec.planId && p.paragraph.text.replace(/\s+/g, ' ').includes(spec.phrase),
    );
    if (!passage) continue;
    const entry = { spec, measured: spec.measure?.(layers) ?? null };
    result.set(passage.paragraph.id, [...(result.get(passage.paragraph.id) ?? []), entry]);
  }
  return result;
}
