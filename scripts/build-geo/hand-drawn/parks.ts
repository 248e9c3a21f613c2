/**
 * Hand-placed park positions. No open source here has park outlines or reliable points, so each
 * park is a circle of its approximate area around a centre placed by hand from general knowledge of
 * the city (errors of a few hundred metres). Country-park areas come from the partial CSV where it
 * has them. Everything here is approximate and says so.
 */
export interface ParkSpec {
  name_zh: string;
  name_en: string;
  district: string;
  centre: [number, number];
  area_km2: number;
  areaFrom: string;
}

export const CITY_PARKS: ParkSpec[] = [
  {
    name_zh: '世纪公园',
    name_en: 'Century Park',
    district: 'pudong',
    centre: [121.551, 31.216],
    area_km2: 1.4,
    areaFrom: 'about 140 ha',
  },
  {
    name_zh: '共青森林公园',
    name_en: 'Gongqing Forest Park',
    district: 'yangpu',
    centre: [121.549, 31.319],
    area_km2: 1.3,
    areaFrom: 'about 130 ha',
  },
  {
    name_zh: '顾村公园',
    name_en: 'Gucun Park',
    district: 'baoshan',
    centre: [121.372, 31.347],
    area_km2: 1.8,
    areaFrom: 'first two phases, about 180 ha',
  },
  {
    name_zh: '滨江森林公园',
    name_en: 'Binjiang Forest Park',
    district: 'pudong',
    centre: [121.52, 31.383],
    area_km2: 1.2,
    areaFrom: 'about 120 ha',
  },
  {
    name_zh: '人民公园',
    name_en: "People's Park",
    district: 'huangpu',
    centre: [121.471, 31.234],
    area_km2: 0.1,
    areaFrom: 'about 10 ha',
  },
  {
    name_zh: '中山公园',
    name_en: 'Zhongshan Park',
    district: 'changning',
    centre: [121.419, 31.221],
    area_km2: 0.2,
    areaFrom: 'about 20 ha',
  },
  {
    name_zh: '长风公园',
    name_en: 'Changfeng Park',
    district: 'putuo',
    centre: [121.395, 31.226],
    area_km2: 0.36,
    areaFrom: 'about 36 ha',
  },
  {
    name_zh: '闵行体育公园',
    name_en: 'Minhang Sports Park',
    district: 'minhang',
    centre: [121.367, 31.135],
    area_km2: 0.84,
    areaFrom: 'about 84 ha',
  },
  {
    name_zh: '上海植物园',
    name_en: 'Shanghai Botanical Garden',
    district: 'xuhui',
    centre: [121.447, 31.15],
    area_km2: 0.8,
    areaFrom: 'about 80 ha',
  },
  {
    name_zh: '辰山植物园',
    name_en: 'Chenshan Botanical Garden',
    district: 'songjiang',
    centre: [121.184, 31.079],
    area_km2: 2.0,
    areaFrom: 'about 200 ha',
  },
  {
    name_zh: '鲁迅公园',
    name_en: 'Lu Xun Park',
    district: 'hongkou',
    centre: [121.482, 31.27],
    area_km2: 0.28,
    areaFrom: 'about 28 ha',
  },
  {
    name_zh: '大宁公园',
    name_en: 'Daning Park',
    district: 'jingan',
    centre: [121.456, 31.281],
    area_km2: 0.68,
    areaFrom: 'about 68 ha',
  },
  {
    name_zh: '炮台湾湿地森林公园',
    name_en: 'Paotaiwan Wetland Forest Park',
    district: 'baoshan',
    centre: [121.498, 31.398],
    area_km2: 1.0,
    areaFrom: 'about 100 ha',
  },
  {
    name_zh: '后滩公园',
    name_en: 'Houtan Park',
    district: 'pudong',
    centre: [121.479, 31.183],
    area_km2: 0.14,
    areaFrom: 'about 14 ha',
  },
];

/** Centres for the country parks of shared/geo-sources/parks/country-parks.partial.csv, by name. */
export const COUNTRY_PARK_CENTRES: Record<string, { centre: [number, number]; district: string; placedFrom: string }> =
  {
    廊下郊野公园: {
      centre: [121.18, 30.8],
      district: 'jinshan',
      placedFrom: 'Langxia town, Jinshan',
    },
    青西郊野公园: {
      centre: [120.985, 31.075],
      district: 'qingpu',
      placedFrom: 'around Dalian Lake, south of Dianshan Lake',
    },
    长兴岛郊野公园: {
      centre: [121.7, 31.405],
      district: 'chongming',
      placedFrom: 'centre of Changxing Island',
    },
    浦江郊野公园: {
      centre: [121.525, 31.045],
      district: 'minhang',
      placedFrom: 'Pujiang town, north of the Dazhi River',
    },
    嘉北郊野公园: {
      centre: [121.245, 31.42],
      district: 'jiading',
      placedFrom: 'between 嘉松北路 and the G15, north of 嘉安公路',
    },
    广富林郊野公园: {
      centre: [121.205, 31.07],
      district: 'songjiang',
      placedFrom: 'Guangfulin, north of Songjiang town',
    },
    松南郊野公园: {
      centre: [121.29, 30.955],
      district: 'songjiang',
      placedFrom: 'south Songjiang near the Huangpu',
    },
  };

/** Area drawn when a source gives none: a marker-sized circle, flagged in the feature's note. */
export const UNKNOWN_AREA_KM2 = 3;
