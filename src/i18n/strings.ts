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
