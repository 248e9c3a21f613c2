import type { LayerFilters } from '../style/filters';
import type { AppState } from './store';

/** The layers the timeline and split view need: the year decides which plan's new towns show. */
export const TIMELINE_LAYERS: readonly string[] = ['new-towns-12th', 'new-towns'];

/** The years the split view compares when nobody has chosen: the 12th plan's end and the 14th's. */
export const DEFAULT_COMPARE = { on: false, from: 2015, to: 2025 } as const;

export interface CompareState {
  on: boolean;
  from: number;
  to: number;
}

type TimeState = Pick<AppState, 'filters' | 'compare' | 'visible' | 'timeAdded'>;

/** One object per filters and year, so that what is compiled per filters object (featurePasses) is reused. */
const withYear = new WeakMap<LayerFilters, Map<number, LayerFilters>>();

/** The filters the main map (the left side of a split view) draws with: the split's year, else the timeline's. */
export function mainFilters(state: Pick<AppState, 'filters' | 'compare'>): LayerFilters {
  if (!state.compare.on) return state.filters;
  const byYear = withYear.get(state.filters) ?? new Map<number, LayerFilters>();
  withYear.set(state.filters, byYear);
  const filters = byYear.get(state.compare.from) ?? { ...state.filters, year: state.compare.from };
  byYear.set(state.compare.from, filters);
  return filters;
}

/** Shows the timeline layers, remembering which ones were off so that turning the time tools off hides them again. */
function withTimelineLayers(state: TimeState): Pick<AppState, 'visible' | 'timeAdded'> {
  const added = TIMELINE_LAYERS.filter((id) => !state.visible.has(id));
  if (added.length === 0) return { visible: state.visible, timeAdded: state.timeAdded };
  return { visible: new Set([...state.visible, ...added]), timeAdded: [...state.timeAdded, ...added] };
}

/** Hides the layers the time tools switched on, once neither the timeline nor the split view is on. */
function withoutTimelineLayers(state: TimeState): Pick<AppState, 'visible' | 'timeAdded'> {
  if (state.timeAdded.length === 0) return { visible: state.visible, timeAdded: [] };
  const visible = new Set(state.visible);
  for (const id of state.timeAdded) visible.delete(id);
  return { visible, timeAdded: [] };
}

export function setTimeline(state: TimeState, on: boolean): Partial<AppState> {
  const filters = { ...state.filters, year: on ? (state.filters.year ?? 2015) : null };
  if (on) return { filters, ...withTimelineLayers(state) };
  return { filters, ...(state.compare.on ? {} : withoutTimelineLayers(state)) };
}

/** Moving the timeline changes its own year only; the split view keeps its two years. */
export function setTimelineYear(state: TimeState, year: number): Partial<AppState> {
  return { filters: { ...state.filters, year } };
}

/** Turning the split view on or off keeps the years the user chose for it. */
export function setSplit(state: TimeState, on: boolean): Partial<AppState> {
  const compare = { ...state.compare, on };
  if (on) return { compare, ...withTimelineLayers(state) };
  return { compare, ...(state.filters.year !== null ? {} : withoutTimelineLayers(state)) };
}

/** Choosing either compared year changes that year only; it does not switch the split view on. */
export function setCompareYear(state: TimeState, side: 'from' | 'to', year: number): Partial<AppState> {
  return { compare: { ...state.compare, [side]: year } };
}
