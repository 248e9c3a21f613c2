/**
 * The place inventory's record: one per concrete place the five plans name. A record says what the
 * place is, every form the texts use for it, and how (or why not) it is located on the map.
 */

export type PlaceKind =
  | 'key-area'
  | 'gateway'
  | 'rail'
  | 'facility'
  | 'water'
  | 'industrial'
  | 'new-town'
  | 'park'
  | 'waterfront'
  | 'metro';

export const PLACE_KINDS: readonly PlaceKind[] = [
  'key-area',
  'gateway',
  'rail',
  'facility',
  'water',
  'industrial',
  'new-town',
  'park',
  'waterfront',
  'metro',
];

/**
 * The OSM extract files a record may take its outline from: shared/geo-sources/osm-2025/, and the
 * named points of interest of the same extract in scripts/build-geo/data/osm-poi-areas.geojson.
 */
export type OsmFile =
  | 'transport-areas'
  | 'water-areas'
  | 'waterways'
  | 'railways'
  | 'green-areas'
  | 'industrial-commercial-landuse'
  | 'places'
  | 'poi-areas';

export type Locate =
  /** Every feature of the OSM file with one of these names (and fclass, when given). */
  | { by: 'osm'; file: OsmFile; names: string[]; fclass?: string[]; ids?: string[] }
  /** A zone outline drawn edge by edge from its boundary text (scripts/build-geo/data/key-zones.json). */
  | { by: 'zone'; zone: string }
  /** The parts (islands) of a district outline that contain these points, less the named OSM water areas. */
  | { by: 'district-part'; district: string; containing: [number, number][]; lessWater?: string[]; from: string }
  /** A stretch of coast: Shanghai's land outline between the vertices nearest two points, the shorter way round. */
  | { by: 'coast'; between: [[number, number], [number, number]]; from: string }
  /** The roads that name a corridor or axis, from the OSM road files (expressways city-wide, streets in the centre). */
  | { by: 'road'; names: string[]; from: string }
  /** A point placed by hand; `accuracy_m` is the honest radius within which the place lies. */
  | { by: 'point'; at: [number, number]; accuracy_m: number; from: string }
  /** An OSM place node (a town) standing for an area around it. */
  | { by: 'osm-point'; name: string; accuracy_m: number; from: string }
  /** The whole of one or more districts, when a text defines the place as them. */
  | { by: 'district'; districts: string[]; from: string }
  /** The whole of one or more towns, from their OSM outlines (scripts/build-geo/data/townships.geojson). */
  | { by: 'township'; names: string[]; from: string }
  /** A planned line drawn straight through the stations the plan names. */
  | { by: 'schematic'; through: { name: string; at: [number, number] }[]; accuracy_m: number }
  /** Already drawn by another layer of the registry. */
  | { by: 'layer'; layerId: string; featureIds: string[] }
  /** Not on the map, and why. */
  | { by: 'none'; reason: string };

export interface PlaceRecord {
  id: string;
  name_zh: string;
  /** The official English name (see src/content/official-english.ts for the rule and exceptions). */
  name_en: string;
  /** Further forms the texts use; the build records which plan and section uses which. */
  aliases?: string[];
  kind: PlaceKind;
  /** District slugs (as in base-districts); empty when the place is outside Shanghai or city-wide. */
  districts: string[];
  status?: 'operating' | 'under-construction' | 'planned';
  /** Free words a planner reads in the panel: theme of an industrial park, what a facility is. */
  theme?: string;
  locate: Locate;
  /** The area an official text gives, km²: drawn areas report their measured area beside it. */
  official_area_km2?: number;
  note?: string;
  /** Why a place no plan names is drawn all the same (e.g. the operating lines the new ones join). */
  context?: string;
  /** For whoever edits the data file; never shown. */
  comment?: string;
  /** An operating line's first opening (YYYY or YYYY-MM-DD), the page that says so, and whether it gives the exact day. */
  opened?: { date: string; source: string; verified: boolean };
}

/** Names of the layers this inventory builds, by kind. Kinds drawn elsewhere have none. */
export const LAYER_OF_KIND: Partial<Record<PlaceKind, string>> = {
  'key-area': 'key-areas',
  gateway: 'gateways',
  rail: 'intercity-rail',
  facility: 'facilities',
  water: 'water-bodies',
  industrial: 'industrial-parks',
};
