import type { Bilingual } from '../registry/types';
import type { Lang } from './strings';

/**
 * Who made the data a feature came from, as a reader would credit it. The `source` property is
 * written for the build (paths, snapshot names, OSM ids); the feature panel shows these credits and
 * keeps the full text one click away.
 */
const CREDITS: readonly { test: RegExp; credit: Bilingual }[] = [
  {
    test: /geofabrik-20250318|extract 2025-03-18|osm-2025/i,
    credit: {
      zh: 'OpenStreetMap 贡献者（Geofabrik 上海数据，2025-03-18）',
      en: 'OpenStreetMap contributors (Geofabrik Shanghai extract, 2025-03-18)',
    },
  },
  {
    test: /260728|2026-07-28/,
    credit: {
      zh: 'OpenStreetMap 贡献者（Geofabrik 快照，2026-07-28）',
      en: 'OpenStreetMap contributors (Geofabrik snapshot, 2026-07-28)',
    },
  },
  {
    test: /OMap-GeoDB/,
    credit: {
      zh: 'OpenStreetMap 贡献者（OMap-GeoDB，2025-01-24）',
      en: 'OpenStreetMap contributors (OMap-GeoDB, 2025-01-24)',
    },
  },
  {
    test: /new-town-reference\.osm/,
    credit: { zh: 'OpenStreetMap 贡献者（新城轮廓）', en: 'OpenStreetMap contributors (new-town outline)' },
  },
  {
    test: /geoboundaries/i,
    credit: { zh: 'geoBoundaries（源自 OpenStreetMap）', en: 'geoBoundaries (from OpenStreetMap)' },
  },
  {
    test: /amap/i,
    credit: {
      zh: '高德地铁图（2026-08-14），由 GCJ-02 转换为 WGS84',
      en: 'AMap subway map (2026-08-14), converted from GCJ-02 to WGS84',
    },
  },
  {
    test: /datav/i,
    credit: {
      zh: '阿里云 DataV 行政区划，由 GCJ-02 转换为 WGS84',
      en: 'Aliyun DataV boundaries, converted from GCJ-02 to WGS84',
    },
  },
  {
    test: /geo-maps|geomaps/i,
    credit: { zh: 'OpenStreetMap 海岸线（2017，@geo-maps）', en: 'OpenStreetMap coastline (2017, via @geo-maps)' },
  },
  { test: /wdb2|gshhg/i, credit: { zh: 'GSHHG / WDBII 河湖数据', en: 'GSHHG / WDBII rivers and lakes' } },
  {
    test: /featured-industrial-parks/,
    credit: {
      zh: '上海市特色产业园区目录与新闻报道（名称、主题、批次）',
      en: "Shanghai's catalogue of featured industrial parks and press reports (name, theme, batch)",
    },
  },
  {
    test: /country-parks/,
    credit: { zh: '郊野公园名录（名称、面积）', en: 'List of country parks (names, areas)' },
  },
  {
    test: /edge by edge/,
    credit: {
      zh: '按规划四至文字沿 OpenStreetMap 道路与河流逐边绘制',
      en: 'Drawn edge by edge from the plan’s boundary text along OpenStreetMap roads and rivers',
    },
  },
  {
    test: /^derived|derived:/i,
    credit: { zh: '由本图其他实测数据推导', en: 'Derived from other surveyed data on this map' },
  },
  {
    test: /hand-placed|hand-drawn|general knowledge/i,
    credit: { zh: '人工标绘（无公开轮廓数据）', en: 'Placed by hand (no open outline available)' },
  },
  {
    test: /schematic/i,
    credit: { zh: '示意线位（经过规划所述途经点）', en: 'Schematic route (through the points the plan names)' },
  },
];

/** The credits a source text names, in `lang`, most specific first; the text itself, paths removed, if none match. */
export function sourceCredits(source: unknown, lang: Lang): string[] {
  const text = String(source ?? '').trim();
  if (!text) return [];
  const credits = CREDITS.filter(({ test }) => test.test(text)).map(({ credit }) => credit[lang]);
  if (credits.length > 0) return [...new Set(credits)];
  return [
    text
      .replace(/(?:\.\.\/)?shared\/[\w./-]+/g, '')
      .replace(/\s+/g, ' ')
      .trim() || text,
  ];
}
