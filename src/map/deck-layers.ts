import type { Layer } from '@deck.gl/core';
import { SolidPolygonLayer } from '@deck.gl/layers';
import type { MultiPolygon, Position } from 'geojson';
import { THEME } from '../registry/theme';
import { parseColor } from '../style/colors';

/** The analysis results deck.gl draws over the plan layers. */
export interface DeckInput {
  /** A coverage run's uncovered area: one rectangle per run of cells in a grid row. */
  uncovered: MultiPolygon | null;
  /** MapLibre layer the results go under, so labels stay on top. */
  beforeId: string | undefined;
}

/** The uncovered area as its legend line says: translucent red. */
const UNCOVERED = parseColor(THEME.uncovered, 64);

/**
 * deck.gl layers for the analysis results. The uncovered area can be thousands of rectangles: deck.gl
 * uploads them once per run, where a MapLibre GeoJSON source would re-tile them at every change.
 */
export function buildDeckLayers({ uncovered, beforeId }: DeckInput): Layer[] {
  if (!uncovered) return [];
  // MapLibreOverlay (interleaved) reads beforeId off each layer; deck.gl's own types omit it.
  const placement = { beforeId };
  return [
    new SolidPolygonLayer<Position[][]>({
      ...placement,
      id: 'analysis-uncovered',
      data: uncovered.coordinates,
      getPolygon: (rings) => rings as [number, number][][],
      getFillColor: UNCOVERED,
      pickable: false,
    }),
  ];
}
