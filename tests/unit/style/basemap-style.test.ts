import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../src/registry/layers';
import { THEME } from '../../../src/registry/theme';
import { BASEMAP_LAYERS, STREET_COVERAGE } from '../../../src/style/basemap-schema';
import {
  BASEMAP_SOURCE,
  basemapAttribution,
  basemapLabel,
  basemapLayerIds,
  buildBasemapStyle,
  outsideStreetCoverage,
  streetCoverageRing,
} from '../../../src/style/basemap-style';
import { buildMapStyle } from '../../../src/style/maplibre-style';

const TILES = 'http://127.0.0.1:4173/tiles/basemap/{z}/{x}/{y}.pbf';
const ALL_VISIBLE = new Set(LAYERS.map((l) => l.id));
const detailed = buildBasemapStyle({ tileUrl: TILES, lang: 'en', visible: true, theme: THEME });

describe('buildBasemapStyle', () => {
  it('gives a whole style MapLibre’s validator accepts, in both languages and both states', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const visible of [true, false]) {
        const basemap = buildBasemapStyle({ tileUrl: TILES, lang, visible, theme: THEME });
        expect(
          validateStyleMin(buildMapStyle({ layers: LAYERS, visible: ALL_VISIBLE, lang, theme: THEME, basemap })),
        ).toEqual([]);
      }
    }
  });

  it('reads the static tiles of zooms 8–14 inside Shanghai, credited to OSM with the extract date', () => {
    expect(detailed.sources[BASEMAP_SOURCE]).toMatchObject({ type: 'vector', tiles: [TILES], minzoom: 8, maxzoom: 14 });
    expect(basemapAttribution('en')).toContain('OpenStreetMap contributors');
    expect(basemapAttribution('en')).toContain('2025-03-18');
    expect(basemapAttribution('zh')).toContain('2025-03-18');
  });

  it('uses only layers of the tile schema', () => {
    for (const layer of [...detailed.ground, ...detailed.labels]) {
      if ('source-layer' in layer) expect(Object.keys(BASEMAP_LAYERS)).toContain(layer['source-layer']);
    }
  });

  it('lays the ground on the land, under the districts and plans, and its names under the plan labels', () => {
    const ids = buildMapStyle({
      layers: LAYERS,
      visible: ALL_VISIBLE,
      lang: 'zh',
      theme: THEME,
      basemap: detailed,
    }).layers.map((layer) => layer.id);
    const water = ids.indexOf('osm:water');
    expect(water).toBeGreaterThan(ids.indexOf('base-land:fill'));
    expect(water).toBeLessThan(ids.indexOf('base-districts:fill'));
    expect(ids.indexOf('osm:street-label')).toBeLessThan(ids.indexOf('base-districts:label'));
    expect(ids.indexOf('osm:street-label')).toBeGreaterThan(ids.indexOf('waterfront-segments:fill'));
  });

  it('hides every basemap layer for the plain base', () => {
    const plain = buildBasemapStyle({ tileUrl: TILES, lang: 'zh', visible: false, theme: THEME });
    expect(basemapLayerIds(plain)).toEqual(basemapLayerIds(detailed));
    for (const layer of [...plain.ground, ...plain.labels]) expect(layer.layout?.visibility).toBe('none');
  });

  it('labels in English where OSM has an English name, else in Chinese', () => {
    expect(basemapLabel('en')).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name']]);
    expect(basemapLabel('zh')).toEqual(['get', 'name']);
  });

  it('outlines the street coverage box as a closed ring', () => {
    const ring = streetCoverageRing();
    expect(ring[0]).toEqual(ring[4]);
    expect(ring[0]).toEqual([STREET_COVERAGE.west, STREET_COVERAGE.south]);
    expect(ring[2]).toEqual([STREET_COVERAGE.east, STREET_COVERAGE.north]);
  });

  it('says a high-zoom view is beyond the streets only when it misses the box entirely', () => {
    const lingang = { west: 121.9, south: 30.88, east: 121.95, north: 30.92 };
    const straddling = { west: 121.54, south: 31.2, east: 121.58, north: 31.22 };
    expect(outsideStreetCoverage(lingang, 14)).toBe(true);
    expect(outsideStreetCoverage(lingang, 11)).toBe(false);
    expect(outsideStreetCoverage(straddling, 15)).toBe(false);
  });
});
