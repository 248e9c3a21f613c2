import { DEFAULT_REPORT_RADIUS_M, zoomToSee } from '../analysis/point-report';
import { LAYERS } from '../registry/layers';
import { NO_FILTERS } from '../style/filters';
import type { AppState } from './store';
import { DEFAULT_COMPARE, TIMELINE_LAYERS } from './time';
import { emptyUrlState, type UrlState } from './url';

const DEFAULT_LAYERS = LAYERS.filter((l) => l.defaultVisible).map((l) => l.id);

/** The part of the state a link carries; defaults are left out so links stay short. */
export function toUrlState(state: AppState): UrlState {
  const visible = LAYERS.map((l) => l.id).filter((id) => state.visible.has(id));
  const sameLayers = visible.length === DEFAULT_LAYERS.length && visible.every((id, i) => id === DEFAULT_LAYERS[i]);
  const f = state.filters;
  const listOrNull = <T>(items: readonly T[]) => (items.length > 0 ? [...items] : null);
  return {
    ...emptyUrlState(),
    lang: state.lang,
    clause: state.clause,
    paragraph: state.paragraph,
    district: state.district,
    layers: sameLayers ? null : visible,
    view: state.view,
    selected: state.selected ? `${state.selected.layerId}/${state.selected.featureId}` : null,
    tab: state.tab === 'feature' ? null : state.tab,
    status: listOrNull(f.railStatus),
    lines: listOrNull(f.railLines),
    themes: listOrNull(f.industryThemes),
    batches: listOrNull(f.industryBatches),
    parks: listOrNull(f.parkKinds),
    approx: f.showApproximate ? null : false,
    base: state.basemap === 'offline' ? null : state.basemap,
    year: f.year,
    compare: state.compare.on ? state.compare.to : null,
    compareFrom: state.compare.on ? state.compare.from : null,
    opacity: opacityPercent(state.opacity),
    at: state.report?.at ?? null,
    radius: state.report && state.report.radius !== DEFAULT_REPORT_RADIUS_M ? state.report.radius : null,
    embed: state.embed ? true : null,
  };
}

function opacityPercent(opacity: AppState['opacity']): Record<string, number> | null {
  const entries = Object.entries(opacity)
    .map(([id, value]) => [id, Math.round(value * 100)] as const)
    .filter(([, percent]) => percent < 100);
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

/** State changes a link asks for; what it does not mention goes back to defaults. */
export function fromUrlState(url: UrlState): Partial<AppState> {
  const known = new Set<string>(LAYERS.map((l) => l.id));
  return {
    ...(url.lang ? { lang: url.lang } : {}),
    clause: url.clause,
    paragraph: url.paragraph,
    district: url.district,
    visible: new Set(
      [
        ...(url.layers ?? DEFAULT_LAYERS),
        // A link to a year without its own layer list shows that year's new towns.
        ...(url.layers === null && (url.year !== null || url.compare !== null) ? TIMELINE_LAYERS : []),
      ].filter((id) => known.has(id)),
    ),
    // A shared report link without a camera opens on its point.
    view: url.view ?? (url.at ? [url.at[0], url.at[1], zoomToSee(url.radius ?? DEFAULT_REPORT_RADIUS_M)] : null),
    tab: url.tab ?? (url.clause ? 'plans' : 'feature'),
    filters: {
      railStatus: url.status ?? NO_FILTERS.railStatus,
      railLines: url.lines ?? NO_FILTERS.railLines,
      industryThemes: url.themes ?? NO_FILTERS.industryThemes,
      industryBatches: url.batches ?? NO_FILTERS.industryBatches,
      parkKinds: url.parks ?? NO_FILTERS.parkKinds,
      showApproximate: url.approx ?? true,
      year: url.year,
    },
    compare: {
      on: url.compare !== null,
      from: url.compareFrom ?? url.year ?? DEFAULT_COMPARE.from,
      to: url.compare ?? DEFAULT_COMPARE.to,
    },
    report: url.at ? { at: url.at, radius: url.radius ?? DEFAULT_REPORT_RADIUS_M } : null,
    basemap: url.base ?? 'offline',
    embed: url.embed ?? false,
    opacity: Object.fromEntries(
      Object.entries(url.opacity ?? {})
        .filter(([id]) => known.has(id))
        .map(([id, percent]) => [id, percent / 100]),
    ),
  };
}
