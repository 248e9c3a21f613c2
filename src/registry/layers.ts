import { THEME, type Theme } from './theme';
import { type LayerGroup, type PlanLayer, RAIL_STATUSES } from './types';

/** Error circles wider than this are drawn only for the hovered or selected feature (the legend says so). */
export const UNCERTAINTY_DISC_MAX_M = 3000;

/**
 * The ordered layer registry, bottom to top, in the colours of `theme`. Map styling, the legend,
 * the data build and the tests all read this list; nothing else names a layer.
 */
export const layerRecords = (theme: Theme) =>
  [
    {
      id: 'base-sea',
      group: 'base',
      title: { zh: '海域', en: 'Sea' },
      file: 'base-sea.geojson',
      style: { type: 'fill', fillColor: theme.sea, fillOpacity: 1, outlineColor: theme.sea, outlineWidth: 0 },
      legend: { swatch: 'fill', color: theme.sea },
      defaultVisible: true,
      interactive: false,
      attributions: ['osm'],
    },
    {
      id: 'base-land',
      group: 'base',
      title: { zh: '陆地', en: 'Land' },
      file: 'base-land.geojson',
      style: { type: 'fill', fillColor: theme.land, fillOpacity: 1, outlineColor: theme.coast, outlineWidth: 0.6 },
      legend: { swatch: 'fill', color: theme.land },
      defaultVisible: true,
      interactive: false,
      attributions: ['osm'],
    },
    {
      id: 'base-districts',
      group: 'base',
      title: { zh: '行政区', en: 'Districts' },
      file: 'base-districts.geojson',
      style: {
        type: 'fill',
        fillColor: theme.district,
        fillOpacity: 1,
        outlineColor: theme.districtBorder,
        outlineWidth: 1.2,
        // A district's 4 px outline reads as one more red rail line: its opened view fills it too.
        selectedFillColor: theme.districtHighlight,
      },
      legend: { swatch: 'fill', color: theme.district },
      defaultVisible: true,
      interactive: true,
      label: { zh: 'name_zh', en: 'name_en', minZoom: 8, size: 13 },
      attributions: ['geoboundaries'],
    },
    {
      id: 'base-water',
      group: 'base',
      title: { zh: '江河湖泊', en: 'Rivers and lakes' },
      file: 'base-water.geojson',
      style: { type: 'fill', fillColor: theme.water, fillOpacity: 1, outlineColor: theme.river, outlineWidth: 0.8 },
      legend: { swatch: 'fill', color: theme.water },
      defaultVisible: true,
      interactive: true,
      attributions: ['osm'],
    },
    {
      id: 'base-roads',
      group: 'base',
      title: { zh: '高架与环路', en: 'Elevated and ring roads' },
      file: 'base-roads.geojson',
      style: { type: 'line', color: theme.road, width: 1.2 },
      legend: { swatch: 'line', color: theme.road },
      defaultVisible: true,
      interactive: false,
      attributions: ['osm'],
    },
    {
      id: 'parks',
      group: 'parks',
      title: { zh: '公园与郊野公园', en: 'Parks and country parks' },
      file: 'parks.geojson',
      style: {
        type: 'fill',
        fillColor: { property: 'park_kind', map: theme.parkKinds, fallback: theme.park },
        fillOpacity: 0.65,
        outlineColor: theme.parkOutline,
        outlineWidth: 1,
      },
      legend: {
        swatch: 'fill',
        color: theme.park,
        caption: {
          zh: '城市公园、郊野公园与环城生态公园带；有 OSM 轮廓者为实测，其余为按面积绘制的近似圆',
          en: 'City parks, country parks and the ring-city park belt; OSM outlines where mapped, else circles of the stated area (approximate)',
        },
      },
      defaultVisible: true,
      interactive: true,
      label: { zh: 'name_zh', en: 'name_en', minZoom: 10.5, size: 11 },
      attributions: ['osm', 'handDrawn'],
      filterBy: { parkKinds: 'park_kind' },
      filters: [{ role: 'parkKinds', legend: 'filterParkKind', choices: { from: 'values' } }],
    },
    {
      id: 'industrial-parks',
      group: 'industrial-parks',
      title: { zh: '特色产业园区与产业基地', en: 'Industrial parks and bases' },
      file: 'industrial-parks.geojson',
      style: {
        type: 'places',
        color: theme.industrial,
        fillOpacity: 0.45,
        width: 1.2,
        radius: 4,
        discMaxM: UNCERTAINTY_DISC_MAX_M,
      },
      legend: {
        swatch: 'point',
        color: theme.industrial,
        caption: {
          zh: '特色产业园区显示 53 个中的 13 个（有出处者），另有规划点名的产业基地与医学园区；圆点位置近似，淡圈为误差范围',
          en: 'Shows 13 of the 53 characteristic parks (those a source names) and the bases and medical parks the plans name; dots approximate, faint circles their error',
        },
      },
      defaultVisible: true,
      interactive: true,
      label: { zh: 'name_zh', en: 'name_en', minZoom: 11, size: 11 },
      attributions: ['osm', 'handDrawn'],
      filterBy: { industryThemes: 'theme_industry', industryBatches: 'batch' },
      filters: [
        { role: 'industryThemes', legend: 'filterTheme', choices: { from: 'values' } },
        { role: 'industryBatches', legend: 'filterBatch', choices: { from: 'batches' } },
      ],
    },
    {
      id: 'new-towns-12th',
      group: 'new-towns',
      title: { zh: '十二五规划的七个新城（2011）', en: 'The 12th plan’s seven new towns (2011)' },
      file: 'new-towns-12th.geojson',
      style: {
        type: 'fill',
        fillColor: theme.newTown12,
        fillOpacity: 0.25,
        outlineColor: theme.newTown12Outline,
        outlineWidth: 2,
      },
      legend: {
        swatch: 'fill',
        color: theme.newTown12,
        caption: {
          zh: '南桥新城即今奉贤新城；城桥取 OSM 轮廓，金山为示意范围',
          en: 'Nanqiao is today’s Fengxian New Town; Chengqiao as mapped in OSM, Jinshan a marker area',
        },
      },
      defaultVisible: false,
      interactive: true,
      label: { zh: 'name_zh', en: 'name_en', minZoom: 8.5, size: 13 },
      attributions: ['handDrawn', 'osm'],
      timeline: 'before-plan-14',
    },
    {
      id: 'new-towns',
      group: 'new-towns',
      title: { zh: '五个新城', en: 'Five new towns' },
      file: 'new-towns.geojson',
      style: {
        type: 'fill',
        fillColor: theme.newTown,
        fillOpacity: 0.3,
        outlineColor: theme.newTownOutline,
        outlineWidth: 2,
      },
      legend: {
        swatch: 'fill',
        color: theme.newTown,
        caption: {
          zh: '沿四至所列道路与河流逐边绘制（OSM），无数据的边为直线；近似',
          en: 'Drawn edge by edge along the roads and rivers the boundary texts name (OSM); straight where no data; approximate',
        },
      },
      defaultVisible: true,
      interactive: true,
      label: { zh: 'name_zh', en: 'name_en', minZoom: 8.5, size: 14 },
      attributions: ['handDrawn', 'osm'],
      timeline: 'plan-14',
    },
    {
      id: 'waterfront-segments',
      group: 'river-corridors',
      title: { zh: '一江一河滨水区段', en: 'Waterfront segments (one river, one creek)' },
      file: 'waterfront-segments.geojson',
      style: {
        type: 'fill',
        fillColor: { property: 'segment_kind', map: theme.waterfrontKinds, fallback: theme.waterfront },
        fillOpacity: 0.55,
        outlineColor: theme.waterfrontOutline,
        outlineWidth: 1,
      },
      legend: {
        swatch: 'fill',
        color: theme.waterfront,
        caption: {
          zh: '浅色：滨江贯通廊道；深色：规划点名的区段。端点为近似',
          en: 'Pale: opened waterfront corridors; dark: segments the plan names. Ends approximate',
        },
      },
      defaultVisible: true,
      interactive: true,
      label: { zh: 'name_zh', en: 'name_en', minZoom: 12, size: 11 },
      attributions: ['geoboundaries', 'osm', 'handDrawn'],
    },
    {
      id: 'river-lines',
      group: 'river-corridors',
      title: { zh: '黄浦江与苏州河', en: 'Huangpu River and Suzhou Creek' },
      file: 'river-lines.geojson',
      style: { type: 'line', color: theme.river, width: 3.5 },
      legend: { swatch: 'line', color: theme.river },
      defaultVisible: true,
      interactive: true,
      attributions: ['osm'],
    },
    {
      id: 'water-bodies',
      group: 'water',
      title: { zh: '规划点名的河湖与河口', en: 'Rivers, lakes and estuary the plans name' },
      file: 'water-bodies.geojson',
      style: {
        type: 'places',
        color: theme.waterBody,
        fillOpacity: 0.5,
        width: 2.2,
        radius: 4,
        discMaxM: UNCERTAINTY_DISC_MAX_M,
      },
      legend: { swatch: 'line', color: theme.waterBody, caption: { zh: '据 OSM 水系', en: 'From the OSM water data' } },
      defaultVisible: false,
      interactive: true,
      label: { zh: 'name_zh', en: 'name_en', minZoom: 10, size: 11 },
      attributions: ['osm', 'handDrawn'],
    },
    {
      id: 'key-areas',
      group: 'key-areas',
      title: { zh: '重点功能区', en: 'Key areas' },
      file: 'key-areas.geojson',
      style: {
        type: 'places',
        color: theme.keyArea,
        fillOpacity: 0.12,
        width: 1.6,
        radius: 5,
        discMaxM: UNCERTAINTY_DISC_MAX_M,
      },
      legend: {
        swatch: 'point',
        color: theme.keyArea,
        caption: {
          zh: '自贸区、虹桥、张江、副中心、主城片区、转型地区等；无边界文本者为近似点，淡圈为误差范围',
          en: 'Free trade zone, Hongqiao, Zhangjiang, sub-centres, clusters, transformation areas; approximate dots where no boundary text exists, faint circles their error',
        },
      },
      defaultVisible: true,
      interactive: true,
      label: { zh: 'name_zh', en: 'name_en', minZoom: 10, size: 11 },
      attributions: ['osm', 'geoboundaries', 'handDrawn'],
    },
    {
      id: 'facilities',
      group: 'facilities',
      title: { zh: '规划点名的设施', en: 'Facilities the plans name' },
      file: 'facilities.geojson',
      style: {
        type: 'places',
        color: theme.facility,
        fillOpacity: 0.4,
        width: 1.2,
        radius: 4,
        discMaxM: UNCERTAINTY_DISC_MAX_M,
      },
      legend: {
        swatch: 'point',
        color: theme.facility,
        caption: {
          zh: '文化、体育、科学、医疗与市政设施；位置近似',
          en: 'Culture, sports, science, medical and city facilities; positions approximate',
        },
      },
      defaultVisible: false,
      interactive: true,
      label: { zh: 'name_zh', en: 'name_en', minZoom: 12, size: 11 },
      attributions: ['handDrawn', 'osm'],
    },
    {
      id: 'intercity-rail',
      group: 'rail',
      title: { zh: '国铁与城际铁路', en: 'National and intercity rail' },
      file: 'intercity-rail.geojson',
      style: {
        type: 'places',
        color: theme.intercityRail,
        fillOpacity: 0.3,
        width: 2.4,
        radius: 4,
        discMaxM: UNCERTAINTY_DISC_MAX_M,
      },
      legend: {
        swatch: 'line',
        color: theme.intercityRail,
        caption: {
          zh: '实线：运营（OSM 线路）；虚线：规划，经规划点名站点的示意走向',
          en: 'Solid: operating (OSM track); dashed: planned, schematic through the stations the plans name',
        },
      },
      defaultVisible: false,
      interactive: true,
      timeline: 'from-opening',
      attributions: ['osm', 'handDrawn'],
    },
    {
      id: 'gateways',
      group: 'gateways',
      title: { zh: '空港、海港与铁路枢纽', en: 'Airports, ports and rail hubs' },
      file: 'gateways.geojson',
      style: {
        type: 'places',
        color: theme.gateway,
        fillOpacity: 0.35,
        width: 1.4,
        radius: 5,
        discMaxM: UNCERTAINTY_DISC_MAX_M,
      },
      legend: {
        swatch: 'point',
        color: theme.gateway,
        caption: {
          zh: '机场与港区取 OSM 轮廓；车站与规划枢纽为近似点',
          en: 'Airports and port areas from OSM outlines; stations and planned hubs are approximate dots',
        },
      },
      defaultVisible: true,
      interactive: true,
      label: { zh: 'name_zh', en: 'name_en', minZoom: 9.5, size: 11 },
      attributions: ['osm', 'handDrawn'],
    },
    {
      id: 'rail-lines',
      group: 'rail',
      title: { zh: '轨道交通线路', en: 'Rail lines' },
      file: 'rail-lines.geojson',
      // Drawn by MapLibre's own dashed lines: they panned 2.2x faster than deck.gl's PathLayer here.
      style: {
        type: 'line',
        color: { property: 'color', fallback: theme.railFallback },
        width: 3,
        // Under construction: long dashes in full colour; planned: paler dots, so the two read apart
        // (round caps add one width to every dash).
        dash: { property: 'status', map: { 'under-construction': [2, 2.5], planned: [0.01, 2.2] } },
        fade: { property: 'status', map: { planned: 0.6 } },
      },
      legend: {
        swatch: 'line',
        color: theme.railFallback,
        caption: {
          zh: '实线：运营；虚线：在建；点线：规划（在建与规划为示意走向）',
          en: 'Solid: operating; dashed: under construction; dotted: planned (both schematic)',
        },
      },
      defaultVisible: true,
      interactive: true,
      attributions: ['osm', 'amap', 'handDrawn'],
      filterBy: { railStatus: 'status', railLines: 'id' },
      filters: [
        {
          role: 'railStatus',
          legend: 'withStatus',
          choices: { from: 'list', values: RAIL_STATUSES, labelPrefix: 'status.' },
        },
        {
          role: 'railLines',
          legend: 'filterLines',
          choices: { from: 'features', color: 'color' },
          foldedAs: 'rail-line-filter',
        },
      ],
      timeline: 'from-opening',
    },
    {
      id: 'rail-stations',
      group: 'rail',
      title: { zh: '轨道交通车站', en: 'Rail stations' },
      file: 'rail-stations.geojson',
      style: {
        type: 'point',
        fillColor: theme.station,
        outlineColor: { property: 'color', fallback: theme.stationOutlineFallback },
        radius: 3,
        // At city scale 434 dots would hide the lines: interchanges first, every station from zoom 11.
        thin: { zoom: 11, keep: 'transfer' },
      },
      legend: { swatch: 'point', color: theme.station },
      defaultVisible: true,
      interactive: true,
      attributions: ['osm', 'amap'],
      filterBy: { railStatus: 'status' },
      // No source dates the stations.
      timeline: 'hidden',
    },
  ] as const satisfies readonly PlanLayer[];

/** Every layer id, as a union: a misspelt id in code fails type-checking. */
export type LayerId = ReturnType<typeof layerRecords>[number]['id'];

/** The records in the app's theme, as their common type, for code that walks every layer. */
export const LAYERS: readonly (PlanLayer & { id: LayerId })[] = layerRecords(THEME);

export const LAYER_GROUPS: readonly { id: LayerGroup; title: { zh: string; en: string } }[] = [
  { id: 'key-areas', title: { zh: '功能区', en: 'Key areas' } },
  { id: 'gateways', title: { zh: '门户枢纽', en: 'Gateways' } },
  { id: 'new-towns', title: { zh: '新城', en: 'New towns' } },
  { id: 'river-corridors', title: { zh: '一江一河', en: 'One river, one creek' } },
  { id: 'rail', title: { zh: '轨道交通', en: 'Rail' } },
  { id: 'parks', title: { zh: '公园', en: 'Parks' } },
  { id: 'industrial-parks', title: { zh: '产业园区', en: 'Industrial parks' } },
  { id: 'facilities', title: { zh: '设施', en: 'Facilities' } },
  { id: 'water', title: { zh: '河湖水系', en: 'Water bodies' } },
  { id: 'base', title: { zh: '底图', en: 'Base map' } },
];

/** The layers as the layer panel lists them: by group as above, the topmost layer of a group first. */
export const LAYERS_IN_PANEL_ORDER: readonly (PlanLayer & { id: LayerId })[] = LAYER_GROUPS.flatMap((group) =>
  LAYERS.filter((layer) => layer.group === group.id).reverse(),
);

export function findLayer(id: string): PlanLayer | undefined {
  return LAYERS.find((layer) => layer.id === id);
}
