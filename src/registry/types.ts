/** The contract every built feature and every layer record keeps. Pure types, no runtime. */

export type Accuracy = 'surveyed' | 'derived' | 'approximate';
export const ACCURACIES: readonly Accuracy[] = ['surveyed', 'derived', 'approximate'];

export type RailStatus = 'operating' | 'under-construction' | 'planned';
export const RAIL_STATUSES: readonly RailStatus[] = ['operating', 'under-construction', 'planned'];

export interface Bilingual {
  zh: string;
  en: string;
}

/** Properties every feature in geo/ carries, whatever its layer. */
export interface CommonProps {
  id: string;
  name_zh: string;
  name_en: string;
  layer: string;
  /** Where the geometry came from: dataset, file and commit, or "hand-drawn: how". */
  source: string;
  accuracy: Accuracy;
  /** Short licence tag of the geometry, e.g. "ODbL-1.0". */
  licence: string;
  /** How the geometry was made when it is not a straight copy of the source. */
  note?: string;
  /** The note in Chinese (scripts/build-geo/data/notes-zh.json); set on every feature with a note. */
  note_zh?: string;
  /** Honest error radius in metres of an approximate (or derived) geometry: "within ~N m". */
  accuracy_m?: number;
}

export type LayerGroup =
  | 'base'
  | 'new-towns'
  | 'river-corridors'
  | 'rail'
  | 'parks'
  | 'industrial-parks'
  | 'key-areas'
  | 'gateways'
  | 'facilities'
  | 'water';

/**
 * A colour fixed for the layer, or read from a feature property: the property's value itself
 * (when `map` is absent) or looked up in `map`, with a fallback for anything else.
 */
export type ColorSpec = string | { property: string; map?: Record<string, string>; fallback: string };

/** Dash patterns [dash, gap] in line widths read from a feature property; values not listed are solid. */
export interface DashSpec {
  property: string;
  map: Record<string, readonly [number, number]>;
}

/** Opacity multipliers read from a feature property (e.g. planned rail paler); values not listed: 1. */
export interface FadeSpec {
  property: string;
  map: Record<string, number>;
}

/** Below `zoom`, only features whose boolean property `keep` is true are drawn (interchanges, say). */
export interface ThinSpec {
  zoom: number;
  keep: string;
}

export type LayerStyle =
  | {
      type: 'fill';
      fillColor: ColorSpec;
      fillOpacity: number;
      outlineColor: ColorSpec;
      outlineWidth: number;
      /** The fill of a selected or highlighted area where the outline alone would not stand out (an opened district). */
      selectedFillColor?: string;
    }
  | { type: 'line'; color: ColorSpec; width: number; dash?: DashSpec; fade?: FadeSpec }
  | { type: 'point'; fillColor: string; outlineColor: ColorSpec; radius: number; thin?: ThinSpec }
  /**
   * Mixed geometries of the place inventory: areas filled, lines stroked, points as dots, and an
   * approximate point's `accuracy_m` drawn as a faint circle of that many metres. A circle wider
   * than `discMaxM` shows only while its feature is hovered or selected: at city scale such discs
   * overlap and blur the map, and the symbol and label say enough.
   */
  | { type: 'places'; color: ColorSpec; fillOpacity: number; width: number; radius: number; discMaxM: number };

export interface LegendEntry {
  swatch: 'fill' | 'line' | 'point';
  color: string;
  /** Extra words shown under the title, e.g. how many of the official list are shown. */
  caption?: Bilingual;
}

/** Planner filters and the property of a layer each one tests. */
export interface FilterRoles {
  railStatus?: string;
  railLines?: string;
  industryThemes?: string;
  /** Holds a batch label such as "1st batch (2020)", filtered by its leading digit. */
  industryBatches?: string;
  parkKinds?: string;
}

/** Where a filter's choices come from. */
export type FilterChoices =
  /** A fixed list of values, each labelled by the interface string `labelPrefix` + value. */
  | { from: 'list'; values: readonly string[]; labelPrefix: string }
  /** One choice per feature: the filtered property's value, the feature's name, a swatch from `color`. */
  | { from: 'features'; color?: string }
  /** The distinct values the property takes in the data, labelled by i18n/fields. */
  | { from: 'values' }
  /** The distinct batch numbers of batch labels ("1st batch (2020)" -> "1"). */
  | { from: 'batches' };

/** One filter control under a layer's row: a group of checkboxes over one filter's choices. */
export interface FilterControl {
  /** The planner filter it sets; the layer's `filterBy` names the property it tests. */
  role: keyof FilterRoles;
  /** Interface string key (i18n/strings) of its legend. */
  legend: string;
  choices: FilterChoices;
  /** Folded inside a <details> (summary: the legend) with this test id, for long lists. */
  foldedAs?: string;
}

/**
 * On the timeline: `from-opening` shows operating features from their opening year and the rest from
 * the 14th plan's year; `plan-14` / `before-plan-14` follow the plan in force; `hidden` has no dates.
 */
export type TimelineRole = 'from-opening' | 'plan-14' | 'before-plan-14' | 'hidden';

/** One record per layer: the single place that says what a layer is and how it looks. */
export interface PlanLayer {
  id: string;
  group: LayerGroup;
  title: Bilingual;
  /** File name under geo/. */
  file: string;
  style: LayerStyle;
  legend: LegendEntry;
  defaultVisible: boolean;
  /** Hover and click open the feature panel. */
  interactive: boolean;
  /** Property holding a label, per language, or none. */
  label?: { zh: string; en: string; minZoom: number; size: number };
  /** Attribution keys (see registry/attributions.ts) the layer's data needs. */
  attributions: readonly string[];
  /** The feature property each planner filter reads on this layer; a filter not named does not apply. */
  filterBy?: FilterRoles;
  /** The filter controls shown under the layer's row, in order. */
  filters?: readonly FilterControl[];
  /** How the layer follows the timeline (absent: shown in every year). */
  timeline?: TimelineRole;
}
