import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { RailStatus } from '../registry/types';

/**
 * What planners narrow the layers to. An empty list means "no restriction" so that a new line or
 * theme in the data shows up without anyone updating a filter.
 */
export interface LayerFilters {
  railStatus: readonly RailStatus[];
  railLines: readonly string[];
  industryThemes: readonly string[];
  industryBatches: readonly string[];
  parkKinds: readonly string[];
  showApproximate: boolean;
}

export const NO_FILTERS: LayerFilters = {
  railStatus: [],
  railLines: [],
  industryThemes: [],
  industryBatches: [],
  parkKinds: [],
  showApproximate: true,
};

/** "1st batch (2020)" -> "1", "unknown" -> "unknown": batches as the filter lists them. */
export function batchKey(batch: unknown): string {
  const match = /^(\d)/.exec(String(batch ?? ''));
  return match?.[1] ?? 'unknown';
}

const within = (list: readonly string[], value: unknown) => list.length === 0 || list.includes(String(value));

/** Whether a feature of a layer passes the filters: used for deck.gl data and for counts. */
export function featurePasses(layerId: string, props: Record<string, unknown>, filters: LayerFilters): boolean {
  if (!filters.showApproximate && props.accuracy === 'approximate') return false;
  switch (layerId) {
    case 'rail-lines':
      return within(filters.railStatus, props.status) && within(filters.railLines, props.id);
    case 'rail-stations':
      return within(filters.railStatus, props.status);
    case 'industrial-parks':
      return (
        within(filters.industryThemes, props.theme_industry) && within(filters.industryBatches, batchKey(props.batch))
      );
    case 'parks':
      return within(filters.parkKinds, props.park_kind);
    default:
      return true;
  }
}

const inList = (property: string, list: readonly string[]): ExpressionSpecification =>
  ['in', ['get', property], ['literal', [...list]]] as ExpressionSpecification;

/** The same test as a MapLibre expression, for the MapLibre-drawn layers; null when nothing is filtered. */
export function filterExpression(layerId: string, filters: LayerFilters): ExpressionSpecification | null {
  const parts: ExpressionSpecification[] = [];
  if (!filters.showApproximate) parts.push(['!=', ['get', 'accuracy'], 'approximate']);
  if (layerId === 'parks' && filters.parkKinds.length > 0) parts.push(inList('park_kind', filters.parkKinds));
  if (layerId === 'industrial-parks') {
    if (filters.industryThemes.length > 0) parts.push(inList('theme_industry', filters.industryThemes));
    if (filters.industryBatches.length > 0) {
      const first: ExpressionSpecification = ['slice', ['to-string', ['get', 'batch']], 0, 1];
      const key: ExpressionSpecification = [
        'case',
        ['in', first, ['literal', ['1', '2', '3', '4', '5', '6', '7', '8', '9']]],
        first,
        'unknown',
      ];
      parts.push(['in', key, ['literal', [...filters.industryBatches]]] as ExpressionSpecification);
    }
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as ExpressionSpecification) : (['all', ...parts] as ExpressionSpecification);
}
