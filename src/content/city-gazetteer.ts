/**
 * The city gazetteer: districts, towns, subdistricts, villages, stations, streets, parks, water and
 * land-use areas, each with its Chinese name, official English, toneless pinyin and where it is.
 * Built by scripts/build-gazetteer into text/gazetteer.json; this module reads that file (the
 * ranking is in city-search.ts, loaded with the search engine). Pure; no map, no DOM.
 */
export const CITY_PLACE_KINDS = [
  'district',
  'town',
  'subdistrict',
  'island',
  'locality',
  'village',
  'hamlet',
  'station',
  'street',
  'park',
  'water',
  'landuse',
] as const;
export type CityPlaceKind = (typeof CITY_PLACE_KINDS)[number];

/** How the search list groups the kinds. */
export type CityPlaceGroup = 'places' | 'streets' | 'stations';

export function groupOf(kind: CityPlaceKind): CityPlaceGroup {
  return kind === 'street' ? 'streets' : kind === 'station' ? 'stations' : 'places';
}

/** One row of text/gazetteer.json: [zh, en, pinyin, kind, district index, coords, feature?].
 * coords is [lon, lat] for a point or [west, south, east, north] for an extent. */
export type GazetteerRow = [string, string, string, CityPlaceKind, number, number[], string?];

export interface GazetteerFile {
  version: 1;
  /** Where the names and positions come from, for the credits. */
  sources: string[];
  /** District names, [zh, en]; rows point into this list (-1 = outside every district). */
  districts: [string, string][];
  rows: GazetteerRow[];
}

export interface CityPlace {
  name_zh: string;
  name_en: string;
  pinyin: string;
  kind: CityPlaceKind;
  district: { zh: string; en: string } | null;
  /** [lon, lat] of a point, or [west, south, east, north]. */
  coords: readonly number[];
  /** The plan-layer feature it is, "layerId/featureId" (stations), to select it. */
  feature?: string;
}

export function readGazetteer(file: unknown): CityPlace[] | null {
  const data = file as Partial<GazetteerFile> | null;
  if (data?.version !== 1 || !Array.isArray(data.rows) || !Array.isArray(data.districts)) return null;
  const districts = data.districts;
  return data.rows.map(([zh, en, pinyin, kind, district, coords, feature]) => {
    const d = districts[district];
    return {
      name_zh: zh,
      name_en: en,
      pinyin,
      kind,
      district: d ? { zh: d[0], en: d[1] } : null,
      coords,
      ...(feature ? { feature } : {}),
    };
  });
}

/** A camera for a place: its extent's centre, zoomed so the extent fills a phone screen. */
export function viewOf(place: CityPlace): [number, number, number] {
  const c = place.coords;
  if (c.length < 4) {
    const zoom = place.kind === 'station' ? 15 : place.kind === 'village' || place.kind === 'hamlet' ? 14 : 13;
    return [c[0] ?? 0, c[1] ?? 0, zoom];
  }
  const [west = 0, south = 0, east = 0, north = 0] = c;
  const span = Math.max(east - west, (north - south) / Math.cos((((south + north) / 2) * Math.PI) / 180), 0.002);
  // 360° of longitude fill 512 px at zoom 0; aim for about 300 px.
  const zoom = Math.min(16, Math.max(9, Math.log2((300 / 512) * (360 / span))));
  return [(west + east) / 2, (south + north) / 2, Math.round(zoom * 100) / 100];
}
