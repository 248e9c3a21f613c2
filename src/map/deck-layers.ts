import type { Layer } from '@deck.gl/core';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, Geometry, Point } from 'geojson';
import { THEME } from '../registry/theme';
import type { PlanLayer } from '../registry/types';
import { parseColor, resolveColor } from '../style/colors';
import { dashFor, type PathDatum, statusAlpha, toPaths } from '../style/deck-data';
import { featurePasses, type LayerFilters } from '../style/filters';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

export interface DeckInput {
  layers: readonly PlanLayer[];
  data: ReadonlyMap<string, AnyFeature[]>;
  visible: ReadonlySet<string>;
  /** Feature ids drawn highlighted (ids are unique across layers). */
  selectedIds: ReadonlySet<string>;
  /** MapLibre layer the rail goes under, so labels stay on top. */
  beforeId: string | undefined;
  filters: LayerFilters;
  opacity: Readonly<Record<string, number>>;
}

const HIGHLIGHT = parseColor(THEME.highlight, 220);

/**
 * Filtered features and their paths, kept per data array and filters object: deck.gl rebuilds its
 * attribute buffers whenever `data` is a new array, so a selection or opacity change must hand back
 * the same arrays; only new data or new filters make new ones.
 */
const prepared = new WeakMap<
  readonly AnyFeature[],
  WeakMap<LayerFilters, { paths: PathDatum[]; points: AnyFeature[] }>
>();

function prepare(layer: PlanLayer, all: readonly AnyFeature[], filters: LayerFilters) {
  let byFilters = prepared.get(all);
  if (!byFilters) {
    byFilters = new WeakMap();
    prepared.set(all, byFilters);
  }
  let entry = byFilters.get(filters);
  if (!entry) {
    const features = all.filter((f) => featurePasses(layer.id, f.properties, filters));
    entry = {
      paths: layer.style.type === 'path' ? toPaths(features) : [],
      points: layer.style.type === 'point' ? features.filter((f) => f.geometry.type === 'Point') : [],
    };
    byFilters.set(filters, entry);
  }
  return entry;
}

/** deck.gl layers for the registry's deck-drawn layers: rail lines as paths, stations as points. */
export function buildDeckLayers({
  layers,
  data,
  visible,
  selectedIds,
  beforeId,
  filters,
  opacity,
}: DeckInput): Layer[] {
  const selectedKey = [...selectedIds].join(',');
  return layers.flatMap((layer): Layer[] => {
    const all = data.get(layer.id);
    if (layer.renderer !== 'deck' || !all) return [];
    const entry = prepare(layer, all, filters);
    const style = layer.style;
    const common = {
      id: layer.id,
      visible: visible.has(layer.id),
      pickable: layer.interactive,
      autoHighlight: true,
      highlightColor: HIGHLIGHT,
      beforeId,
      opacity: opacity[layer.id] ?? 1,
    };
    if (style.type === 'path') {
      return [
        new PathLayer<PathDatum, PathStyleExtensionProps<PathDatum>>({
          ...common,
          data: entry.paths,
          getPath: (d) => d.path as [number, number][],
          getColor: (d) =>
            parseColor(resolveColor(style.color, d.feature.properties), statusAlpha(d.feature.properties.status)),
          getWidth: (d) => (selectedIds.has(String(d.feature.properties.id)) ? style.width * 2.2 : style.width),
          widthUnits: 'pixels',
          widthMinPixels: 1.5,
          capRounded: true,
          jointRounded: true,
          getDashArray: (d) => dashFor(d.feature.properties.status),
          dashJustified: true,
          extensions: [new PathStyleExtension({ dash: true })],
          updateTriggers: { getWidth: selectedKey },
        }),
      ];
    }
    if (style.type === 'point') {
      return [
        new ScatterplotLayer<AnyFeature>({
          ...common,
          data: entry.points,
          getPosition: (f) => (f.geometry as Point).coordinates as [number, number],
          getLineColor: (f) => parseColor(resolveColor(style.outlineColor, f.properties)),
          getRadius: style.radius,
          radiusUnits: 'pixels',
          radiusMinPixels: 2,
          radiusMaxPixels: 7,
          stroked: true,
          lineWidthUnits: 'pixels',
          getLineWidth: 1.5,
          updateTriggers: { getFillColor: selectedKey },
        }),
      ];
    }
    return [];
  });
}
