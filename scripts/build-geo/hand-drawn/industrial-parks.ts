/**
 * Hand-placed centres for the 13 characteristic industrial parks named in
 * shared/geo-sources/industrial-parks/featured-industrial-parks.partial.csv. Where the catalogue
 * gives a 四至 extent the centre is the middle of the named roads; otherwise it is the park's
 * namesake place. All approximate.
 */
export const INDUSTRIAL_PARK_CENTRES: Record<
  string,
  { centre: [number, number]; district: string; placedFrom: string }
> = {
  集成电路设计产业园: {
    centre: [121.606, 31.207],
    district: 'pudong',
    placedFrom: 'middle of 申江路/外环/龙东大道/高科中路 (四至)',
  },
  临港新片区东方芯港: {
    centre: [121.875, 30.935],
    district: 'pudong',
    placedFrom: 'around 云水路/两港大道 (四至 block 1)',
  },
  智能传感器产业园: {
    centre: [121.262, 31.405],
    district: 'jiading',
    placedFrom: 'core block 城北路/汇源路 (四至)',
  },
  浦江创芯之城: {
    centre: [121.53, 31.07],
    district: 'minhang',
    placedFrom: 'east of 浦星公路 in Pujiang town (四至)',
  },
  张江创新药产业基地: {
    centre: [121.61, 31.19],
    district: 'pudong',
    placedFrom: 'Zhangjiang, south of 高科中路',
  },
  外高桥智能制造服务产业园: {
    centre: [121.6, 31.345],
    district: 'pudong',
    placedFrom: 'Waigaoqiao free-trade zone',
  },
  金桥5G产业生态园: {
    centre: [121.605, 31.265],
    district: 'pudong',
    placedFrom: 'Jinqiao export processing zone',
  },
  张江人工智能岛: {
    centre: [121.596, 31.216],
    district: 'pudong',
    placedFrom: 'Zhangjiang, island off 川和路',
  },
  临港新片区大飞机产业园: {
    centre: [121.79, 31.1],
    district: 'pudong',
    placedFrom: 'Zhuqiao, south of Pudong Airport',
  },
  东方美谷: {
    centre: [121.47, 30.925],
    district: 'fengxian',
    placedFrom: 'Fengxian new town, Nanqiao',
  },
  西岸智慧谷: {
    centre: [121.458, 31.172],
    district: 'xuhui',
    placedFrom: 'West Bund, Xuhui riverside',
  },
  张江在线: {
    centre: [121.62, 31.2],
    district: 'pudong',
    placedFrom: 'Zhangjiang science city',
  },
  长阳秀带: {
    centre: [121.535, 31.268],
    district: 'yangpu',
    placedFrom: '长阳路, Yangpu',
  },
};

export const UNKNOWN_AREA_KM2 = 1;
