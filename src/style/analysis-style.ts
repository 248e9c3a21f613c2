import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection } from 'geojson';
import type { Measure } from '../analysis/measure';
import type { NearestResult } from '../analysis/nearest';
import type { Theme } from '../registry/theme';

export const ANALYSIS_SOURCE = 'analysis';
export const VERTEX_LAYER = 'analysis:vertices';

/**
 * The user's measures and nearest lines as one GeoJSON overlay. The uncovered area of a coverage run
 * is drawn by deck.gl instead: thousands of cells, uploaded once, not re-tiled at every vertex drag.
 */
export function analysisFeatures(measures: readonly Measure[], nearest: NearestResult | null): FeatureCollection {
  const features: Feature[] = [];
  for (const measure of measures) {
    const closed = measure.kind === 'area' && measure.points.length >= 3;
    if (closed) {
      features.push({
        type: 'Feature',
        properties: { role: 'measure-area', measure: measure.id },
        geometry: { type: 'Polygon', coordinates: [[...measure.points, measure.points[0] as [number, number]]] },
      });
    } else if (measure.points.length >= 2) {
      features.push({
        type: 'Feature',
        properties: { role: 'measure-line', measure: measure.id },
        geometry: { type: 'LineString', coordinates: measure.points },
      });
    }
    measure.points.forEach((point, index) => {
      features.push({
        type: 'Feature',
        properties: { role: 'vertex', measure: measure.id, index },
        geometry: { type: 'Point', coordinates: point },
      });
    });
  }
  for (const hit of nearest?.hits ?? []) {
    features.push({
      type: 'Feature',
      properties: { role: 'nearest', kind: hit.kind },
      geometry: { type: 'LineString', coordinates: [nearest?.from ?? hit.to, hit.to] },
    });
  }
  if (nearest)
    features.push({
      type: 'Feature',
      properties: { role: 'nearest-from' },
      geometry: { type: 'Point', coordinates: nearest.from },
    });
  return { type: 'FeatureCollection', features };
}

const role = (name: string) => ['==', ['get', 'role'], name] as ['==', ['get', string], string];

/** Style layers for the overlay, drawn above every plan layer. */
export function analysisLayers(theme: Theme): LayerSpecification[] {
  const colors = theme.analysis;
  return [
    {
      id: 'analysis:area',
      type: 'fill',
      source: ANALYSIS_SOURCE,
      filter: role('measure-area'),
      paint: { 'fill-color': colors.measure, 'fill-opacity': 0.15 },
    },
    {
      id: 'analysis:lines',
      type: 'line',
      source: ANALYSIS_SOURCE,
      filter: ['any', role('measure-line'), role('measure-area')],
      paint: { 'line-color': colors.measure, 'line-width': 2.5 },
    },
    {
      id: 'analysis:nearest',
      type: 'line',
      source: ANALYSIS_SOURCE,
      filter: role('nearest'),
      paint: {
        'line-color': [
          'match',
          ['get', 'kind'],
          'station',
          colors.nearestStation,
          'park',
          colors.nearestPark,
          colors.nearestOther,
        ],
        'line-width': 2.5,
        'line-dasharray': [3, 1.5],
      },
    },
    {
      id: VERTEX_LAYER,
      type: 'circle',
      source: ANALYSIS_SOURCE,
      filter: ['any', role('vertex'), role('nearest-from')],
      paint: {
        'circle-radius': 5,
        'circle-color': theme.dotRing,
        'circle-stroke-color': colors.measure,
        'circle-stroke-width': 2,
      },
    },
  ];
}
