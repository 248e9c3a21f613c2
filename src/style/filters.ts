import { type ExpressionSpecification, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { findLayer, LAYERS } from '../registry/layers';
import type { FilterRoles, RailStatus, TimelineRole } from '../registry/types';

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
  /** The timeline year, or null for today's map. */
  year: number | null;
}

/** The year the 14th plan (which names the lines to be built and the five new towns) was adopted. */
export const PLAN14_YEAR = 2021;

export const NO_FILTERS: LayerFilters = {
  year: null,
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

/** Filters whose controls list batch numbers: they compare a label's leading digit, not the label. */
const BY_LEADING_DIGIT = new Set(
  LAYERS.flatMap((layer) => layer.filters ?? [])
    .filter((control) => control.choices.from === 'batches')
    .map((control) => control.role),
);

/** The leading digit of a batch label ("1st batch (2020)" -> "1"), else "unknown", as batchKey does. */
function batchExpression(property: string): ExpressionSpecification {
  const first: ExpressionSpecification = ['slice', ['to-string', ['get', property]], 0, 1];
  return [
    'case',
    ['in', first, ['literal', ['1', '2', '3', '4', '5', '6', '7', '8', '9']]],
    first,
    'unknown',
  ] as ExpressionSpecification;
}

/** Whether a feature shows in `year`, by the layer's timeline role. */
function timelineExpression(role: TimelineRole, year: number): ExpressionSpecification | null {
  switch (role) {
    case 'hidden':
      return ['==', ['literal', false], true] as ExpressionSpecification;
    // Whole layers come and go with the plan in force: a constant filter says so.
    case 'plan-14':
      return ['==', ['literal', year >= PLAN14_YEAR], true] as ExpressionSpecification;
    case 'before-plan-14':
      return ['==', ['literal', year < PLAN14_YEAR], true] as ExpressionSpecification;
    case 'from-opening': {
      // Lines a plan names show from that plan's year; operating ones from their first section's year
      // (those with no known date are left off and listed instead).
      const opened: ExpressionSpecification = ['to-number', ['slice', ['to-string', ['get', 'opened']], 0, 4], 99999];
      return [
        'case',
        ['!=', ['get', 'status'], 'operating'],
        year >= PLAN14_YEAR,
        ['all', ['>=', ['length', ['to-string', ['get', 'opened']]], 4], ['<=', opened, year]],
      ] as ExpressionSpecification;
    }
  }
}

/**
 * The one statement of what the filters keep on a layer, built from the layer's registry record
 * (each filter its `filterBy` names tests that property): MapLibre draws with it, and featurePasses evaluates the same expression in JS. Null: nothing filtered.
 */
export function filterExpression(layerId: string, filters: LayerFilters): ExpressionSpecification | null {
  const layer = findLayer(layerId);
  const roles = layer?.filterBy ?? {};
  const parts: ExpressionSpecification[] = [];
  if (!filters.showApproximate) parts.push(['!=', ['get', 'accuracy'], 'approximate']);
  if (filters.year !== null && layer?.timeline) {
    const inYear = timelineExpression(layer.timeline, filters.year);
    if (inYear) parts.push(inYear);
  }
  for (const [role, property] of Object.entries(roles) as [keyof FilterRoles, string | undefined][]) {
    const list = filters[role];
    if (!property || list.length === 0) continue;
    const value = BY_LEADING_DIGIT.has(role) ? batchExpression(property) : ['to-string', ['get', property]];
    parts.push(['in', value, ['literal', [...list]]] as ExpressionSpecification);
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as ExpressionSpecification) : (['all', ...parts] as ExpressionSpecification);
}

type Compiled = (props: Record<string, unknown>) => boolean;
/** Compiled tests per filters object and layer: counts and deck.gl data ask once per feature. */
const compiled = new WeakMap<LayerFilters, Map<string, Compiled>>();

/** Whether a feature of a layer passes the filters (deck.gl data, counts, exports): the expression, evaluated. */
export function featurePasses(layerId: string, props: Record<string, unknown>, filters: LayerFilters): boolean {
  let byLayer = compiled.get(filters);
  if (!byLayer) {
    byLayer = new Map();
    compiled.set(filters, byLayer);
  }
  let test = byLayer.get(layerId);
  if (!test) {
    const expression = filterExpression(layerId, filters);
    const filter = expression ? featureFilter(expression, `${layerId}.filter`).filter : null;
    test = filter ? (properties) => filter({ zoom: 0 }, { type: 1, properties, geometry: [] } as never) : () => true;
    byLayer.set(layerId, test);
  }
  return test(props);
}
