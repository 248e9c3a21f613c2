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

const within = (list: readonly string[], value: unknown) => list.length === 0 || list.includes(String(value));

/** First year of a "YYYY-MM-DD" opening date, or null when unknown. */
export function openingYear(opened: unknown): number | null {
  const match = /^(\d{4})-/.exec(String(opened ?? ''));
  return match ? Number(match[1]) : null;
}

/**
 * On the timeline: operating lines from the year their first section opened (lines with no known
 * date are left off and listed instead), the lines a plan names from that plan's year, the new
 * towns of the plan in force. Stations carry no opening dates in any source, so they are hidden.
 */
function inYear(layerId: string, props: Record<string, unknown>, year: number): boolean {
  switch (layerId) {
    case 'rail-lines': {
      if (props.status !== 'operating') return year >= PLAN14_YEAR;
      const opened = openingYear(props.opened);
      return opened !== null && opened <= year;
    }
    case 'rail-stations':
      return false;
    case 'new-towns':
      return year >= PLAN14_YEAR;
    case 'new-towns-12th':
      return year < PLAN14_YEAR;
    default:
      return true;
  }
}

/** Whether a feature of a layer passes the filters: used for deck.gl data and for counts. */
export function featurePasses(layerId: string, props: Record<string, unknown>, filters: LayerFilters): boolean {
  if (!filters.showApproximate && props.accuracy === 'approximate') return false;
  if (filters.year !== null && !inYear(layerId, props, filters.year)) return false;
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

/** inYear for rail lines as an expression: planned lines from the 14th plan, others from their opening year. */
function railInYear(year: number): ExpressionSpecification {
  const opened: ExpressionSpecification = ['to-number', ['slice', ['to-string', ['get', 'opened']], 0, 4], 99999];
  return [
    'case',
    ['!=', ['get', 'status'], 'operating'],
    year >= PLAN14_YEAR,
    ['all', ['>=', ['length', ['to-string', ['get', 'opened']]], 4], ['<=', opened, year]],
  ] as ExpressionSpecification;
}

/** The same test as a MapLibre expression, for the MapLibre-drawn layers; null when nothing is filtered. */
export function filterExpression(layerId: string, filters: LayerFilters): ExpressionSpecification | null {
  const parts: ExpressionSpecification[] = [];
  if (!filters.showApproximate) parts.push(['!=', ['get', 'accuracy'], 'approximate']);
  if (filters.year !== null && (layerId === 'new-towns' || layerId === 'new-towns-12th')) {
    // Whole layers come and go with the plan in force: a constant filter says so.
    const shown = layerId === 'new-towns' ? filters.year >= PLAN14_YEAR : filters.year < PLAN14_YEAR;
    parts.push(['==', ['literal', shown], true] as ExpressionSpecification);
  }
  if (layerId === 'rail-lines') {
    if (filters.railStatus.length > 0) parts.push(inList('status', filters.railStatus));
    if (filters.railLines.length > 0) parts.push(inList('id', filters.railLines));
    if (filters.year !== null) parts.push(railInYear(filters.year));
  }
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
