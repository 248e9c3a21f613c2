import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/strings';
import type { Theme } from '../registry/theme';
import type { ColorSpec, FadeSpec, PlanLayer, ThinSpec } from '../registry/types';
import { BASEMAP_ABOVE, type BasemapStyle } from './basemap-style';
import { filterExpression, type LayerFilters } from './filters';
import { labelSourceId } from './label-points';
import { dashExpression } from './line-dash';

export interface StyleInput {
  layers: readonly PlanLayer[];
  visible: ReadonlySet<string>;
  lang: Lang;
  /** Every colour the style draws in (the registry's layer colours are this theme's too). */
  theme: Theme;
  fontFaces?: FontFacesSpecification;
  filters?: LayerFilters;
  /** Opacity multipliers by layer id, 0–1. */
  opacity?: Readonly<Record<string, number>>;
  /** The OpenStreetMap basemap: its ground above the offline land, its names below the plan labels. */
  basemap?: BasemapStyle;
}

const POLYGONS: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const LINES: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const POINTS: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const IS_APPROXIMATE: ExpressionSpecification = ['==', ['get', 'accuracy'], 'approximate'];
const HAS_ACCURACY_M: ExpressionSpecification = ['has', 'accuracy_m'];
/** Metres per pixel at zoom 0 on Shanghai's latitude (31.2°), for 512-pixel MapLibre tiles. */
export const METRES_PER_PIXEL_Z0 = (40075016.686 * Math.cos((31.2 * Math.PI) / 180)) / 512;
const HOVERED: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const SELECTED: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
/** Dashes say "approximate" on every layer, the same way the legend does. */
export const APPROXIMATE_DASH = [2, 2];
/**
 * Dashed where a feature is approximate, solid ([1, 0]) elsewhere: one style layer, not a solid and
 * a dashed copy over the same source (data-driven dashes, MapLibre >= 5.8), so half the line work.
 */
const APPROXIMATE_DASHED = [
  'case',
  IS_APPROXIMATE,
  ['literal', APPROXIMATE_DASH],
  ['literal', [1, 0]],
] as unknown as ExpressionSpecification;

export function colorExpression(spec: ColorSpec): string | ExpressionSpecification {
  if (typeof spec === 'string') return spec;
  if (spec.map) {
    const pairs = Object.entries(spec.map).flat();
    return ['match', ['get', spec.property], ...pairs, spec.fallback] as unknown as ExpressionSpecification;
  }
  return ['coalesce', ['to-color', ['get', spec.property], spec.fallback], spec.fallback] as ExpressionSpecification;
}

/**
 * A circle radius in pixels that covers `property` metres on the ground at every zoom: pixels double
 * with each zoom step, so an exponential-2 interpolation between zoom 0 and 24 is exact.
 */
export function metresRadius(property: string): ExpressionSpecification {
  const atZ0: ExpressionSpecification = ['/', ['to-number', ['get', property], 0], METRES_PER_PIXEL_Z0];
  return ['interpolate', ['exponential', 2], ['zoom'], 0, atZ0, 24, ['*', atZ0, 2 ** 24]];
}

/** Opacity multiplied by a per-feature factor (planned rail paler); values not listed keep `opacity`. */
export function fadeExpression(spec: FadeSpec, opacity: number): ExpressionSpecification {
  const pairs = Object.entries(spec.map).flatMap(([value, factor]) => [value, factor * opacity]);
  return ['match', ['get', spec.property], ...pairs, opacity] as unknown as ExpressionSpecification;
}

/** Below the spec's zoom only the features it keeps: filters may read the zoom (whole zooms). */
export function thinExpression(spec: ThinSpec): ExpressionSpecification {
  return ['any', ['>=', ['zoom'], spec.zoom], ['==', ['get', spec.keep], true]] as ExpressionSpecification;
}

/** Style layer ids of one registry layer, so the map can query and toggle them together. */
export function styleLayerIds(layer: PlanLayer): string[] {
  const ids: string[] = [];
  if (layer.style.type === 'fill') {
    ids.push(`${layer.id}:fill`);
    if (layer.style.outlineWidth > 0) ids.push(`${layer.id}:outline`);
  }
  if (layer.style.type === 'line') ids.push(`${layer.id}:line`);
  if (layer.style.type === 'point') ids.push(`${layer.id}:point`);
  if (layer.style.type === 'places') {
    ids.push(
      `${layer.id}:uncertainty`,
      `${layer.id}:fill`,
      `${layer.id}:outline`,
      `${layer.id}:line`,
      `${layer.id}:point`,
    );
  }
  if (layer.interactive && layer.style.type !== 'point') ids.push(`${layer.id}:highlight`);
  if (layer.label) ids.push(`${layer.id}:label`);
  return ids;
}

/** Line widths in pixels, thin at city scale; a hovered or selected line is drawn wider. */
function lineWidth(width: number): ExpressionSpecification {
  // Zoom must be the outermost input, so the feature state is asked at each stop.
  const at = (base: number): ExpressionSpecification => ['case', SELECTED, base * 2, HOVERED, base * 1.5, base];
  return ['interpolate', ['linear'], ['zoom'], 8, at(width * 0.6), 13, at(width * 1.6)] as ExpressionSpecification;
}

function layersFor(
  layer: PlanLayer,
  visible: boolean,
  filters: LayerFilters | undefined,
  opacity: number,
  theme: Theme,
): LayerSpecification[] {
  const source = layer.id;
  const visibility = visible ? 'visible' : 'none';
  const style = layer.style;
  const out: LayerSpecification[] = [];
  const extra = filters ? filterExpression(layer.id, filters) : null;
  const only = (base: ExpressionSpecification): ExpressionSpecification =>
    extra ? (['all', base, extra] as ExpressionSpecification) : base;
  if (style.type === 'fill') {
    out.push({
      id: `${layer.id}:fill`,
      type: 'fill',
      source,
      filter: only(POLYGONS),
      layout: { visibility },
      paint: {
        'fill-color': style.selectedFillColor
          ? ['case', SELECTED, style.selectedFillColor, colorExpression(style.fillColor)]
          : colorExpression(style.fillColor),
        'fill-opacity': style.fillOpacity * opacity,
      },
    });
    if (style.outlineWidth > 0) {
      out.push({
        id: `${layer.id}:outline`,
        type: 'line',
        source,
        filter: only(POLYGONS),
        layout: { visibility, 'line-join': 'round' },
        paint: {
          'line-color': colorExpression(style.outlineColor),
          'line-width': style.outlineWidth,
          'line-opacity': opacity,
          'line-dasharray': APPROXIMATE_DASHED,
        },
      });
    }
  }
  if (style.type === 'line') {
    out.push({
      id: `${layer.id}:line`,
      type: 'line',
      source,
      filter: only(LINES),
      layout: { visibility, 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': colorExpression(style.color),
        'line-opacity': style.fade ? fadeExpression(style.fade, opacity) : opacity,
        'line-width': lineWidth(style.width),
        // A layer whose dashes carry meaning (rail status) keeps them for approximate features too.
        'line-dasharray': style.dash ? dashExpression(style.dash) : APPROXIMATE_DASHED,
      },
    });
  }
  if (style.type === 'point') {
    out.push({
      id: `${layer.id}:point`,
      type: 'circle',
      source,
      filter: only(style.thin ? (['all', POINTS, thinExpression(style.thin)] as ExpressionSpecification) : POINTS),
      layout: { visibility },
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, style.radius * 0.8, 14, style.radius * 1.8],
        'circle-color': style.fillColor,
        'circle-opacity': opacity,
        'circle-stroke-color': [
          'case',
          SELECTED,
          theme.selected,
          HOVERED,
          theme.highlight,
          colorExpression(style.outlineColor),
        ],
        'circle-stroke-width': ['case', SELECTED, 3, HOVERED, 2.5, 1.5],
        'circle-stroke-opacity': opacity,
      },
    });
    // A dot draws its own selection in its outline, so no highlight line.
    return out;
  }
  if (style.type === 'places') out.push(...placeLayers(layer.id, style, visibility, only, opacity, theme));
  if (layer.interactive) {
    out.push({
      id: `${layer.id}:highlight`,
      type: 'line',
      source,
      ...(extra ? { filter: extra } : {}),
      layout: { visibility, 'line-join': 'round' },
      paint: {
        'line-color': ['case', SELECTED, theme.selected, theme.highlight],
        'line-width': ['case', SELECTED, 4, HOVERED, 3.5, 0],
      },
    });
  }
  return out;
}

/**
 * Opacity of an error circle: from `atZ8` to `atZ12` with the zoom, and 0 for a circle wider than
 * `discMaxM` unless its feature is hovered or selected.
 */
export function wideDiscHidden(discMaxM: number, atZ8: number, atZ12: number): ExpressionSpecification {
  const wide: ExpressionSpecification = ['>', ['to-number', ['get', 'accuracy_m'], 0], discMaxM];
  // A hovered or selected feature's circle is stronger, so its radius reads at once.
  const at = (base: number): ExpressionSpecification => ['case', ['any', HOVERED, SELECTED], base * 3, wide, 0, base];
  return ['interpolate', ['linear'], ['zoom'], 8, at(atZ8), 12, at(atZ12)];
}

/**
 * The inventory layers: a faint circle of `accuracy_m` metres under each approximate point, areas
 * filled and outlined, lines stroked (dashed when approximate), points as dots.
 */
function placeLayers(
  id: string,
  style: Extract<PlanLayer['style'], { type: 'places' }>,
  visibility: 'visible' | 'none',
  only: (base: ExpressionSpecification) => ExpressionSpecification,
  opacity: number,
  theme: Theme,
): LayerSpecification[] {
  const color = colorExpression(style.color);
  const out: LayerSpecification[] = [
    {
      id: `${id}:uncertainty`,
      type: 'circle',
      source: id,
      filter: only(['all', POINTS, HAS_ACCURACY_M]),
      layout: { visibility },
      paint: {
        'circle-radius': metresRadius('accuracy_m'),
        'circle-color': color,
        // Fainter at city scale, where kilometre-wide circles overlap; full strength from zoom 12.
        'circle-opacity': wideDiscHidden(style.discMaxM, 0.025 * opacity, 0.07 * opacity),
        'circle-stroke-color': color,
        'circle-stroke-width': 1,
        'circle-stroke-opacity': wideDiscHidden(style.discMaxM, 0.12 * opacity, 0.3 * opacity),
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: `${id}:fill`,
      type: 'fill',
      source: id,
      filter: only(POLYGONS),
      layout: { visibility },
      paint: { 'fill-color': color, 'fill-opacity': style.fillOpacity * opacity },
    },
  ];
  out.push({
    id: `${id}:outline`,
    type: 'line',
    source: id,
    filter: only(POLYGONS),
    layout: { visibility, 'line-join': 'round' },
    paint: { 'line-color': color, 'line-width': 1.2, 'line-opacity': opacity, 'line-dasharray': APPROXIMATE_DASHED },
  });
  out.push({
    id: `${id}:line`,
    type: 'line',
    source: id,
    filter: only(LINES),
    layout: { visibility, 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': color,
      'line-opacity': opacity,
      'line-width': ['interpolate', ['linear'], ['zoom'], 8, style.width * 0.6, 13, style.width * 1.6],
      'line-dasharray': APPROXIMATE_DASHED,
    },
  });
  out.push({
    id: `${id}:point`,
    type: 'circle',
    source: id,
    filter: only(POINTS),
    layout: { visibility },
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, style.radius * 0.7, 14, style.radius * 1.5],
      'circle-color': color,
      'circle-opacity': opacity,
      'circle-stroke-color': ['case', SELECTED, theme.selected, HOVERED, theme.highlight, theme.dotRing],
      'circle-stroke-width': ['case', SELECTED, 3, HOVERED, 3, 1.2],
      'circle-stroke-opacity': opacity,
    },
  });
  return out;
}

function labelLayer(
  layer: PlanLayer,
  visible: boolean,
  lang: Lang,
  filters: LayerFilters | undefined,
  theme: Theme,
): LayerSpecification[] {
  if (!layer.label) return [];
  const extra = filters ? filterExpression(layer.id, filters) : null;
  return [
    {
      id: `${layer.id}:label`,
      type: 'symbol',
      source: labelSourceId(layer.id),
      ...(extra ? { filter: extra } : {}),
      minzoom: layer.label.minZoom,
      layout: {
        visibility: visible ? 'visible' : 'none',
        'text-field': ['coalesce', ['get', layer.label[lang]], ['get', 'name_zh']],
        'text-font': [theme.fontStack],
        'text-size': layer.label.size,
        'text-max-width': 8,
        'text-padding': 4,
      },
      paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.4 },
    },
  ];
}

/**
 * The whole MapLibre style for the registry layers: one GeoJSON source each (data
 * arrives later through setData), their fills and lines in registry order, labels above all.
 */
export function buildMapStyle({
  layers,
  visible,
  lang,
  theme,
  fontFaces,
  filters,
  opacity = {},
  basemap,
}: StyleInput): StyleSpecification {
  const empty = () => ({
    type: 'geojson' as const,
    data: { type: 'FeatureCollection' as const, features: [] },
    promoteId: 'id',
  });
  const sources = Object.fromEntries([
    ...layers.map((layer) => [layer.id, empty()]),
    ...layers.filter((layer) => layer.label).map((layer) => [labelSourceId(layer.id), empty()]),
    ...Object.entries(basemap?.sources ?? {}),
  ]);
  const planLayers = layers.flatMap((layer) =>
    layersFor(layer, visible.has(layer.id), filters, opacity[layer.id] ?? 1, theme),
  );
  const groundAt = planLayers.reduce(
    (at, layer, index) => (layer.id.startsWith(`${BASEMAP_ABOVE}:`) ? index + 1 : at),
    0,
  );
  return {
    version: 8,
    name: 'shanghai-plans',
    sources,
    ...(fontFaces ? { 'font-faces': fontFaces } : {}),
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': theme.background } },
      ...planLayers.slice(0, groundAt),
      ...(basemap?.ground ?? []),
      ...planLayers.slice(groundAt),
      ...(basemap?.labels ?? []),
      ...layers.flatMap((layer) => labelLayer(layer, visible.has(layer.id), lang, filters, theme)),
    ],
  } as StyleSpecification;
}
