import type { Bilingual } from './types';

/** Every data licence the app must credit, keyed by the short tag layers refer to. */
export const ATTRIBUTIONS: Record<string, Bilingual> = {
  osm: {
    zh: '© OpenStreetMap 贡献者，ODbL',
    en: '© OpenStreetMap contributors, ODbL',
  },
  geoboundaries: {
    zh: '区界：geoBoundaries（源自 OSM，ODbL）',
    en: 'Districts: geoBoundaries (from OSM, ODbL)',
  },
  amap: {
    zh: '部分车站坐标：高德地图（GCJ-02 转 WGS84，无开放许可）',
    en: 'Some station points: AMap (GCJ-02 converted to WGS84; no open licence)',
  },
  cedict: {
    zh: '搜索词典：CC-CEDICT，CC BY-SA 4.0',
    en: 'Search dictionary: CC-CEDICT, CC BY-SA 4.0',
  },
  handDrawn: {
    zh: '虚线轮廓为据规划文本手绘的近似范围',
    en: 'Dashed outlines are approximate, drawn by hand from the plan texts',
  },
};
