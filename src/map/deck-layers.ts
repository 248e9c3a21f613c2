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
    const features = all.filter((f) => featurePasses(layer.id, f.properties, filters));
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
          data: toPaths(features),
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
          data: features.filter((f) => f.geometry.type === 'Point'),
          getPosition: (f) => (f.geometry as Point).coordinates as [number, number],
          getFillColor: (f) =>
            selectedIds.has(String(f.properties.id)) ? parseColor(THEME.highlight) : parseColor(style.fillColor),
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
