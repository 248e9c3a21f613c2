import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { type Lang, t } from '../i18n/strings';
import type { Theme } from '../registry/theme';
import { BASEMAP_BOUNDS, BASEMAP_EXTRACT, BASEMAP_ZOOMS, STREET_COVERAGE } from './basemap-schema';

export const BASEMAP_SOURCE = 'basemap-osm';
/** The registry layer the basemap ground lies on: the offline land. */
export const BASEMAP_ABOVE = 'base-land';
export const STREET_COVERAGE_SOURCE = 'basemap-street-coverage';
/** Street lines show from this zoom; street names and the coverage outline a little later. */
export const STREETS_FROM_ZOOM = 13;
export const STREET_NAMES_FROM_ZOOM = 14;

export interface BasemapStyle {
  sources: Record<string, SourceSpecification>;
  /** Fills and lines: under the plan layers, above the offline land. */
  ground: LayerSpecification[];
  /** Names: under the plan labels. */
  labels: LayerSpecification[];
}

const cls = (...values: string[]): ExpressionSpecification => ['match', ['get', 'class'], values, true, false];
const byZoom = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['exponential', 1.6], ['zoom'], ...stops] as unknown as ExpressionSpecification;

/**
 * Line widths by class and zoom: MapLibre allows one zoom curve per expression, so the curve is
 * outside and the class match inside each stop. `rows` pairs classes with a width per zoom stop.
 */
function widthByClass(zooms: number[], rows: [string[], number[]][], other: number[]): ExpressionSpecification {
  const stops = zooms.flatMap((zoom, i) => [
    zoom,
    ['match', ['get', 'class'], ...rows.flatMap(([classes, widths]) => [classes, widths[i] ?? 0]), other[i] ?? 0],
  ]);
  return ['interpolate', ['exponential', 1.6], ['zoom'], ...stops] as unknown as ExpressionSpecification;
}

/** The name in the reader's language where OSM has it, else the local (Chinese) name. */
export function basemapLabel(lang: Lang): ExpressionSpecification {
  return lang === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name'];
}

/** The box outside which the extract has no streets, as a closed ring. */
export function streetCoverageRing(): [number, number][] {
  const { west, south, east, north } = STREET_COVERAGE;
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

/**
 * Whether a view at high zoom lies wholly outside the street coverage: the map then says so,
 * rather than leaving the lack of streets unexplained.
 */
export function outsideStreetCoverage(
  view: { west: number; south: number; east: number; north: number },
  zoom: number,
): boolean {
  if (zoom < STREETS_FROM_ZOOM) return false;
  const box = STREET_COVERAGE;
  return view.east < box.west || view.west > box.east || view.north < box.south || view.south > box.north;
}

/** Attribution of the tiles: OpenStreetMap and the extract date. */
export function basemapAttribution(lang: Lang): string {
  return lang === 'zh'
    ? `底图 © OpenStreetMap 贡献者（ODbL），${BASEMAP_EXTRACT.name} 数据 ${BASEMAP_EXTRACT.date}`
    : `Base map © OpenStreetMap contributors (ODbL), ${BASEMAP_EXTRACT.name} extract of ${BASEMAP_EXTRACT.date}`;
}

function groundLayers(visibility: 'visible' | 'none', theme: Theme): LayerSpecification[] {
  const colors = theme.basemap;
  const source = BASEMAP_SOURCE;
  const layout = { visibility };
  return [
    {
      id: 'osm:landuse',
      type: 'fill',
      source,
      'source-layer': 'landuse',
      minzoom: 10,
      layout,
      paint: {
        'fill-color': ['match', ['get', 'class'], 'industrial', colors.industrial, colors.commercial],
      },
    },
    {
      id: 'osm:transport',
      type: 'fill',
      source,
      'source-layer': 'transport',
      layout,
      paint: { 'fill-color': colors.transport },
    },
    {
      id: 'osm:green',
      type: 'fill',
      source,
      'source-layer': 'green',
      layout,
      paint: {
        'fill-color': ['match', ['get', 'class'], 'forest', colors.forest, 'grass', colors.grass, colors.park],
      },
    },
    {
      id: 'osm:water',
      type: 'fill',
      source,
      'source-layer': 'water',
      layout,
      paint: { 'fill-color': colors.water },
    },
    {
      id: 'osm:waterway',
      type: 'line',
      source,
      'source-layer': 'waterway',
      layout: { ...layout, 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        // Darker where a canal is a thin line on land, the water's own colour where a river lies on its polygon.
        'line-color': ['interpolate', ['linear'], ['zoom'], 10, colors.waterway, 14, colors.water],
        'line-width': widthByClass([8, 14, 16], [[['river'], [0.6, 2.5, 5]]], [0.2, 1.2, 2.5]),
      },
    },
    {
      id: 'osm:street-casing',
      type: 'line',
      source,
      'source-layer': 'street',
      minzoom: STREETS_FROM_ZOOM - 2,
      layout: { ...layout, 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': colors.streetCasing,
        'line-width': widthByClass(
          [11, 14, 16],
          [
            [
              ['trunk', 'primary'],
              [0.6, 5, 14],
            ],
            [['secondary'], [0.4, 4, 11]],
          ],
          [0.2, 2.6, 8],
        ),
      },
    },
    {
      id: 'osm:street',
      type: 'line',
      source,
      'source-layer': 'street',
      minzoom: STREETS_FROM_ZOOM,
      layout: { ...layout, 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': colors.street,
        'line-width': widthByClass(
          [13, 14, 16],
          [
            [
              ['trunk', 'primary'],
              [1.6, 3.4, 11],
            ],
            [['secondary'], [1.2, 2.6, 8.5]],
          ],
          [0.5, 1.4, 6],
        ),
      },
    },
    {
      id: 'osm:railway',
      type: 'line',
      source,
      'source-layer': 'railway',
      filter: ['!', cls('subway', 'light_rail', 'monorail')],
      layout,
      paint: { 'line-color': colors.rail, 'line-width': byZoom(8, 0.5, 14, 1.1, 16, 1.8) },
    },
    {
      id: 'osm:subway',
      type: 'line',
      source,
      'source-layer': 'railway',
      filter: cls('subway', 'light_rail', 'monorail'),
      layout,
      paint: {
        'line-color': colors.subway,
        'line-width': byZoom(10, 0.4, 14, 0.9, 16, 1.5),
        'line-opacity': ['case', ['boolean', ['get', 'tunnel'], false], 0.5, 1],
      },
    },
    {
      id: 'osm:street-coverage',
      type: 'line',
      source: STREET_COVERAGE_SOURCE,
      minzoom: STREETS_FROM_ZOOM - 1,
      layout,
      paint: { 'line-color': colors.coverage, 'line-width': 2, 'line-dasharray': [3, 2] },
    },
  ];
}

function labelLayers(visibility: 'visible' | 'none', lang: Lang, theme: Theme): LayerSpecification[] {
  const source = BASEMAP_SOURCE;
  const colors = theme.basemap;
  const font = [theme.fontStack];
  const labelPaint = { 'text-color': colors.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.2 };
  return [
    {
      id: 'osm:street-coverage-label',
      type: 'symbol',
      source: STREET_COVERAGE_SOURCE,
      minzoom: STREETS_FROM_ZOOM - 1,
      layout: {
        visibility,
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': t('streetCoverageEdge', lang),
        'text-font': font,
        'text-size': 11,
        'text-offset': [0, -0.8],
      },
      paint: { ...labelPaint, 'text-color': colors.coverage },
    },
    {
      id: 'osm:waterway-label',
      type: 'symbol',
      source,
      'source-layer': 'waterway',
      minzoom: 12,
      filter: ['all', ['has', 'name'], cls('river', 'canal')],
      layout: {
        visibility,
        'symbol-placement': 'line',
        'symbol-spacing': 350,
        'text-field': basemapLabel(lang),
        'text-font': font,
        'text-size': 11,
      },
      paint: { ...labelPaint, 'text-color': colors.waterLabel },
    },
    {
      id: 'osm:street-label',
      type: 'symbol',
      source,
      'source-layer': 'street',
      minzoom: STREET_NAMES_FROM_ZOOM,
      filter: [
        'all',
        ['has', 'name'],
        ['any', cls('trunk', 'primary', 'secondary'), ['>=', ['zoom'], STREET_NAMES_FROM_ZOOM + 1]],
      ],
      layout: {
        visibility,
        'symbol-placement': 'line',
        'symbol-spacing': 300,
        'text-field': basemapLabel(lang),
        'text-font': font,
        'text-size': ['interpolate', ['linear'], ['zoom'], 14, 10.5, 17, 13],
        'text-max-angle': 30,
      },
      paint: labelPaint,
    },
    {
      id: 'osm:park-label',
      type: 'symbol',
      source,
      'source-layer': 'green',
      minzoom: 13,
      filter: ['all', ['has', 'name'], cls('park')],
      layout: {
        visibility,
        'text-field': basemapLabel(lang),
        'text-font': font,
        'text-size': 11,
        'text-max-width': 7,
        'text-padding': 6,
      },
      paint: { ...labelPaint, 'text-color': colors.parkLabel },
    },
    {
      id: 'osm:place-label',
      type: 'symbol',
      source,
      'source-layer': 'place',
      // Districts (OSM "city" here) are labelled by the district layer already.
      filter: [
        'all',
        ['has', 'name'],
        [
          'match',
          ['get', 'class'],
          'town',
          ['>=', ['zoom'], 9],
          'island',
          ['>=', ['zoom'], 10],
          'suburb',
          ['>=', ['zoom'], 11],
          'village',
          ['>=', ['zoom'], 12],
          ['hamlet', 'locality'],
          ['>=', ['zoom'], 13],
          false,
        ],
      ],
      layout: {
        visibility,
        'text-field': basemapLabel(lang),
        'text-font': font,
        'text-size': ['match', ['get', 'class'], ['town', 'suburb'], 12, 10.5],
        'symbol-sort-key': ['match', ['get', 'class'], 'town', 0, 'suburb', 1, 'island', 1, 2],
        'text-padding': 8,
        'text-max-width': 7,
      },
      paint: labelPaint,
    },
  ];
}

/**
 * The OpenStreetMap basemap: one vector source read from static z/x/y tiles (`tileUrl` is the
 * absolute template), its muted ground layers and its names, and the street-coverage outline.
 */
export function buildBasemapStyle({
  tileUrl,
  lang,
  visible,
  theme,
}: {
  tileUrl: string;
  lang: Lang;
  visible: boolean;
  theme: Theme;
}): BasemapStyle {
  const visibility = visible ? 'visible' : 'none';
  return {
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'vector',
        tiles: [tileUrl],
        minzoom: BASEMAP_ZOOMS.min,
        maxzoom: BASEMAP_ZOOMS.max,
        bounds: BASEMAP_BOUNDS,
        attribution: basemapAttribution(lang),
      },
      [STREET_COVERAGE_SOURCE]: {
        type: 'geojson',
        data: {
          type: 'Feature',
          properties: {},
          geometry: { type: 'LineString', coordinates: streetCoverageRing() },
        },
      },
    },
    ground: groundLayers(visibility, theme),
    labels: labelLayers(visibility, lang, theme),
  };
}

/** Ids of every basemap style layer, for the detailed/plain switch and the language switch. */
export function basemapLayerIds(style: BasemapStyle): string[] {
  return [...style.ground, ...style.labels].map((layer) => layer.id);
}
