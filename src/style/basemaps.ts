import type { RasterSourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Bilingual } from '../registry/types';
import { basemapAttribution } from './basemap-style';

export type BasemapId = 'offline' | 'plain' | 'osm' | 'tianditu';

/**
 * Online bases a user can switch to. Both are WGS84-compatible (Tianditu's "_w" tiles are
 * CGCS2000 on Web Mercator, within a metre of WGS84). AMap, Tencent and Baidu bases are GCJ-02 or
 * BD-09: under this WGS84 data they would be off by hundreds of metres, so they are not offered.
 */
export const BASEMAPS: Record<BasemapId, { title: Bilingual; attribution: Bilingual; needsKey: boolean }> = {
  offline: {
    title: { zh: '详细（OpenStreetMap，离线）', en: 'Detailed (OpenStreetMap, offline)' },
    attribution: { zh: basemapAttribution('zh'), en: basemapAttribution('en') },
    needsKey: false,
  },
  plain: {
    title: { zh: '简洁（仅陆地与水域，离线）', en: 'Plain (land and water only, offline)' },
    attribution: { zh: '', en: '' },
    needsKey: false,
  },
  osm: {
    title: { zh: 'OpenStreetMap（在线）', en: 'OpenStreetMap (online)' },
    attribution: { zh: '底图 © OpenStreetMap 贡献者', en: 'Base map © OpenStreetMap contributors' },
    needsKey: false,
  },
  tianditu: {
    title: { zh: '天地图（在线，需密钥）', en: 'Tianditu (online, needs a key)' },
    attribution: {
      zh: '底图 © 天地图 国家地理信息公共服务平台',
      en: 'Base map © Tianditu (National Platform for Common GeoSpatial Information Services)',
    },
    needsKey: true,
  },
};

export const GCJ02_NOTE: Bilingual = {
  zh: '高德、腾讯、百度底图使用 GCJ-02/BD-09 偏移坐标，叠加本图的 WGS84 数据会偏差数百米，因此不提供。',
  en: 'AMap, Tencent and Baidu bases use the shifted GCJ-02/BD-09 datums; under this WGS84 data they would be hundreds of metres off, so they are not offered.',
};

/** Whether a Tianditu key looks like one (32 hex digits); anything else draws nothing. */
export const isTiandituKey = (key: string) => /^[0-9a-f]{32}$/i.test(key);

/** The base actually drawn: Tianditu without a key draws nothing over the plain land and sea. */
export function shownBasemap(id: BasemapId, key: string): BasemapId {
  return id === 'tianditu' && !isTiandituKey(key) ? 'plain' : id;
}

/** The raster source of an online base; null for the offline base or a missing key. */
export function basemapSource(id: BasemapId, key: string): RasterSourceSpecification | null {
  if (id === 'osm') {
    return { type: 'raster', tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 19 };
  }
  if (id === 'tianditu' && isTiandituKey(key)) {
    const url = `https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`;
    return { type: 'raster', tiles: [url], tileSize: 256, maxzoom: 18 };
  }
  return null;
}
