import { featurePasses, type LayerFilters, NO_FILTERS } from '../style/filters';

type Props = Record<string, unknown>;
export type LayerProps = ReadonlyMap<string, ReadonlyMap<string, Props>>;

export interface ChangeItem {
  layerId: string;
  id: string;
  name_zh: string;
  name_en: string;
  /** For a rename: the earlier name. */
  from?: { name_zh: string; name_en: string };
}

export interface PlanChanges {
  /** In the later year and not the earlier: opened, or (new towns) designated, in between. */
  added: ChangeItem[];
  /** Lines a plan names that are not yet operating in the later year: under construction or planned, not "added". */
  pending: (ChangeItem & { status: string })[];
  renamed: ChangeItem[];
  dropped: ChangeItem[];
}

const COMPARED = ['new-towns-12th', 'new-towns', 'rail-lines'];

function shownIn(layers: LayerProps, year: number): { layerId: string; props: Props }[] {
  const filters: LayerFilters = { ...NO_FILTERS, year };
  return COMPARED.flatMap((layerId) =>
    [...(layers.get(layerId)?.values() ?? [])]
      .filter((props) => featurePasses(layerId, props, filters))
      .map((props) => ({ layerId, props })),
  );
}

const item = (layerId: string, p: Props): ChangeItem => ({
  layerId,
  id: String(p.id),
  name_zh: String(p.name_zh),
  name_en: String(p.name_en),
});

/**
 * What changed on the map between two years: features that appear, disappear, or carry on under
 * another name (a 12th-plan new town whose `successor` is a 14th-plan one).
 */
export function planChanges(layers: LayerProps, fromYear: number, toYear: number): PlanChanges {
  const before = shownIn(layers, fromYear);
  const after = shownIn(layers, toYear);
  const afterIds = new Set(after.map((f) => String(f.props.id)));
  const beforeIds = new Set(before.map((f) => String(f.props.id)));
  const successorOf = new Map(before.filter((f) => f.props.successor).map((f) => [String(f.props.successor), f.props]));
  const predecessorIds = new Set(
    after.filter((f) => successorOf.has(String(f.props.id))).map((f) => String(f.props.id)),
  );
  const renamed: ChangeItem[] = [];
  for (const f of after) {
    const earlier = successorOf.get(String(f.props.id));
    if (earlier && earlier.name_zh !== f.props.name_zh) {
      renamed.push({
        ...item(f.layerId, f.props),
        from: { name_zh: String(earlier.name_zh), name_en: String(earlier.name_en) },
      });
    }
  }
  const appeared = after.filter((f) => !beforeIds.has(String(f.props.id)) && !predecessorIds.has(String(f.props.id)));
  const notOpen = (f: { props: Props }) => f.props.status !== undefined && f.props.status !== 'operating';
  return {
    added: appeared.filter((f) => !notOpen(f)).map((f) => item(f.layerId, f.props)),
    pending: appeared.filter(notOpen).map((f) => ({ ...item(f.layerId, f.props), status: String(f.props.status) })),
    renamed,
    dropped: before
      .filter(
        (f) => !afterIds.has(String(f.props.id)) && !(f.props.successor && afterIds.has(String(f.props.successor))),
      )
      .map((f) => item(f.layerId, f.props)),
  };
}

/** Operating lines the timeline cannot place: no known opening date, or an unverified one. */
export function undatedLines(layers: LayerProps): { unknown: ChangeItem[]; unverified: ChangeItem[] } {
  const lines = [...(layers.get('rail-lines')?.values() ?? [])].filter((p) => p.status === 'operating');
  return {
    unknown: lines.filter((p) => !p.opened).map((p) => item('rail-lines', p)),
    unverified: lines.filter((p) => p.opened && p.opened_verified === false).map((p) => item('rail-lines', p)),
  };
}
