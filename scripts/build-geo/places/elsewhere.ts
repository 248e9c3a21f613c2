import type { PlaceRecord } from './types';

/** Places the plans name that other layers of the registry already draw. */
export const DRAWN_ELSEWHERE: PlaceRecord[] = [
  ...(
    [
      ['jiading', '嘉定新城', 'Jiading New Town', [], 'jiading'],
      ['qingpu', '青浦新城', 'Qingpu New Town', [], 'qingpu'],
      ['songjiang', '松江新城', 'Songjiang New Town', [], 'songjiang'],
      ['fengxian', '奉贤新城', 'Fengxian New Town', [], 'fengxian'],
      ['nanhui', '南汇新城', 'Nanhui New Town', ['浦东南汇新城', '临港新城'], 'pudong'],
    ] as const
  ).map(
    ([slug, name_zh, name_en, aliases, district]): PlaceRecord => ({
      id: `new-town-${slug}`,
      name_zh,
      name_en,
      aliases: [...aliases],
      kind: 'new-town',
      districts: [district],
      locate: { by: 'layer', layerId: 'new-towns', featureIds: [`new-town-${slug}`] },
    }),
  ),
  {
    id: 'nanqiao-new-town',
    name_zh: '南桥新城',
    name_en: 'Nanqiao New Town',
    kind: 'new-town',
    districts: ['fengxian'],
    locate: { by: 'layer', layerId: 'new-towns-12th', featureIds: ['p12-new-town-fengxian'] },
  },
  {
    id: 'jinshan-new-town',
    name_zh: '金山新城',
    name_en: 'Jinshan New Town',
    kind: 'new-town',
    districts: ['jinshan'],
    locate: { by: 'layer', layerId: 'new-towns-12th', featureIds: ['p12-new-town-jinshan'] },
  },
  {
    id: 'chengqiao-new-town',
    name_zh: '城桥新城',
    name_en: 'Chengqiao New Town',
    aliases: ['崇明城桥新城', '崇明新城'],
    kind: 'new-town',
    districts: ['chongming'],
    locate: { by: 'layer', layerId: 'new-towns-12th', featureIds: ['p12-new-town-chengqiao'] },
  },
  ...(
    [
      ['the-bund', '外滩', 'The Bund', ['黄浦外滩'], 'huangpu'],
      ['north-bund', '北外滩', 'North Bund', [], 'hongkou'],
      ['south-bund', '南外滩', 'South Bund', [], 'huangpu'],
      ['lujiazui-riverside', '陆家嘴', 'Lujiazui', [], 'pudong'],
      ['yangpu-riverside', '杨浦滨江', 'Yangpu Riverside', ['杨浦滨江中北段'], 'yangpu'],
      ['qiantan', '前滩', 'Qiantan', [], 'pudong'],
    ] as const
  ).map(
    ([featureId, name_zh, name_en, aliases, district]): PlaceRecord => ({
      id: featureId,
      name_zh,
      name_en,
      aliases: [...aliases],
      kind: 'waterfront',
      districts: [district],
      locate: { by: 'layer', layerId: 'waterfront-segments', featureIds: [featureId] },
    }),
  ),
  {
    id: 'ring-city-park-belt',
    name_zh: '环城公园带',
    name_en: 'Ring-City Park Belt',
    aliases: ['环城生态公园带', '外环绿带'],
    kind: 'park',
    districts: [],
    locate: { by: 'layer', layerId: 'parks', featureIds: ['ring-city-park-belt'] },
  },
  {
    id: 'minsheng-wharf',
    name_zh: '民生码头',
    name_en: 'Minsheng Wharf',
    kind: 'facility',
    districts: ['pudong'],
    locate: {
      by: 'point',
      at: [121.523, 31.245],
      accuracy_m: 300,
      from: 'the silos on the Pudong bank at Minsheng Road',
    },
  },
  {
    id: 'shangliang-six-warehouse',
    name_zh: '徐汇上粮六库',
    name_en: 'Xuhui Shangliang No. 6 Warehouse',
    kind: 'facility',
    districts: ['xuhui'],
    locate: { by: 'point', at: [121.462, 31.168], accuracy_m: 400, from: 'West Bund riverside, Xuhui' },
  },
  {
    id: 'qingpu-ring-water-park',
    name_zh: '环城水系公园',
    name_en: 'Qingpu Ring Water Park',
    kind: 'facility',
    theme: 'park',
    districts: ['qingpu'],
    locate: {
      by: 'point',
      at: [121.12, 31.15],
      accuracy_m: 3000,
      from: 'the ring of rivers around Qingpu New Town; no outline in OSM',
    },
  },
];
