import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/strings';
import { THEME } from '../registry/theme';
import type { ColorSpec, DashSpec, PlanLayer } from '../registry/types';
import { filterExpression, type LayerFilters } from './filters';
import { labelSourceId } from './label-points';

export interface StyleInput {
  layers: readonly PlanLayer[];
  visible: ReadonlySet<string>;
  lang: Lang;
  fontFaces?: FontFacesSpecification;
  filters?: LayerFilters;
  /** Opacity multipliers by layer id, 0–1. */
  opacity?: Readonly<Record<string, number>>;
}

const POLYGONS: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const LINES: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const IS_APPROXIMATE: ExpressionSpecification = ['==', ['get', 'accuracy'], 'approximate'];
const HOVERED: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const SELECTED: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
/** Dashes say "approximate" on every layer, the same way the legend does. */
export const APPROXIMATE_DASH = [2, 2];

export function colorExpression(spec: ColorSpec): string | ExpressionSpecification {
  if (typeof spec === 'string') return spec;
  if (spec.map) {
    const pairs = Object.entries(spec.map).flat();
    return ['match', ['get', spec.property], ...pairs, spec.fallback] as unknown as ExpressionSpecification;
  }
  return ['coalesce', ['to-color', ['get', spec.property], spec.fallback], spec.fallback] as ExpressionSpecification;
}

/** Data-driven dashes (MapLibre >= 5.8); a [1, 0] pattern draws solid. */
export function dashExpression(spec: DashSpec): ExpressionSpecification {
  const pairs = Object.entries(spec.map).flatMap(([value, dash]) => [value, ['literal', [...dash]]]);
  return ['match', ['get', spec.property], ...pairs, ['literal', [1, 0]]] as unknown as ExpressionSpecification;
}

/** Style layer ids of one registry layer, so the map can query and toggle them together. */
export function styleLayerIds(layer: PlanLayer): string[] {
  const ids: string[] = [];
  if (layer.style.type === 'fill') {
    ids.push(`${layer.id}:fill`);
    if (layer.style.outlineWidth > 0) ids.push(`${layer.id}:outline`, `${layer.id}:outline-approx`);
  }
  if (layer.style.type === 'line') ids.push(`${layer.id}:line`, `${layer.id}:line-approx`);
  if (layer.interactive) ids.push(`${layer.id}:highlight`);
  if (layer.label) ids.push(`${layer.id}:label`);
  return ids;
}

function layersFor(
  layer: PlanLayer,
  visible: boolean,
  filters: LayerFilters | undefined,
  opacity: number,
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
      paint: { 'fill-color': colorExpression(style.fillColor), 'fill-opacity': style.fillOpacity * opacity },
    });
    if (style.outlineWidth > 0) {
      for (const approximate of [false, true]) {
        out.push({
          id: `${layer.id}:${approximate ? 'outline-approx' : 'outline'}`,
          type: 'line',
          source,
          filter: only(['all', POLYGONS, approximate ? IS_APPROXIMATE : ['!', IS_APPROXIMATE]]),
          layout: { visibility, 'line-join': 'round' },
          paint: {
            'line-color': colorExpression(style.outlineColor),
            'line-width': style.outlineWidth,
            'line-opacity': opacity,
            ...(approximate ? { 'line-dasharray': APPROXIMATE_DASH } : {}),
          },
        });
      }
    }
  }
  if (style.type === 'line') {
    for (const approximate of [false, true]) {
      out.push({
        id: `${layer.id}:${approximate ? 'line-approx' : 'line'}`,
        type: 'line',
        source,
        filter: only(['all', LINES, approximate ? IS_APPROXIMATE : ['!', IS_APPROXIMATE]]),
        layout: { visibility, 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': colorExpression(style.color),
          'line-opacity': opacity,
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, style.width * 0.6, 13, style.width * 1.6],
          // A layer whose dashes carry meaning (rail status) keeps them for approximate features too.
          ...(style.dash
            ? { 'line-dasharray': dashExpression(style.dash) }
            : approximate
              ? { 'line-dasharray': APPROXIMATE_DASH }
              : {}),
        },
      });
    }
  }
  if (layer.interactive) {
    out.push({
      id: `${layer.id}:highlight`,
      type: 'line',
      source,
      ...(extra ? { filter: extra } : {}),
      layout: { visibility, 'line-join': 'round' },
      paint: {
        'line-color': ['case', SELECTED, THEME.newTownOutline, THEME.highlight],
        'line-width': ['case', SELECTED, 4, HOVERED, 3.5, 0],
      },
    });
  }
  return out;
}

function labelLayer(
  layer: PlanLayer,
  visible: boolean,
  lang: Lang,
  filters: LayerFilters | undefined,
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
        'text-font': [THEME.fontStack],
        'text-size': layer.label.size,
        'text-max-width': 8,
        'text-padding': 4,
      },
      paint: { 'text-color': THEME.label, 'text-halo-color': THEME.labelHalo, 'text-halo-width': 1.4 },
    },
  ];
}

/**
 * The whole MapLibre style for the MapLibre-drawn registry layers: one GeoJSON source each (data
 * arrives later through setData), their fills and lines in registry order, labels above all.
 */
export function buildMapStyle({
  layers,
  visible,
  lang,
  fontFaces,
  filters,
  opacity = {},
}: StyleInput): StyleSpecification {
  const drawn = layers.filter((layer) => layer.renderer === 'maplibre');
  const empty = () => ({
    type: 'geojson' as const,
    data: { type: 'FeatureCollection' as const, features: [] },
    promoteId: 'id',
  });
  const sources = Object.fromEntries([
    ...drawn.map((layer) => [layer.id, empty()]),
    ...drawn.filter((layer) => layer.label).map((layer) => [labelSourceId(layer.id), empty()]),
  ]);
  return {
    version: 8,
    name: 'shanghai-plans',
    sources,
    ...(fontFaces ? { 'font-faces': fontFaces } : {}),
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': THEME.background } },
      ...drawn.flatMap((layer) => layersFor(layer, visible.has(layer.id), filters, opacity[layer.id] ?? 1)),
      ...drawn.flatMap((layer) => labelLayer(layer, visible.has(layer.id), lang, filters)),
    ],
  } as StyleSpecification;
}
