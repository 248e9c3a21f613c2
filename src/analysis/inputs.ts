import * as turf from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { RailStatus } from '../registry/types';
import type { CoverageArea, Facility } from './coverage';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** Stations of lines with no station list are assumed this far apart along their schematic route. */
export const ASSUMED_STATION_SPACING_KM = 1.5;

export type FacilityLayer = 'rail-stations' | 'parks' | 'industrial-parks';
export const FACILITY_LAYERS: readonly FacilityLayer[] = ['rail-stations', 'parks', 'industrial-parks'];
export type AreaSet = 'districts' | 'new-towns';

/**
 * Polygons of any layer (an imported study area, say) as areas to report on; no population is
 * known for them. Features without a polygon are left out.
 */
export function areasFromLayer(features: readonly AnyFeature[], fallbackName: string): CoverageArea[] {
  return features.flatMap((f, i) => {
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') return [];
    const name = String(f.properties?.name_zh ?? f.properties?.name ?? '').trim() || `${fallbackName} ${i + 1}`;
    const nameEn = String(f.properties?.name_en ?? f.properties?.name ?? '').trim() || `${fallbackName} ${i + 1}`;
    return [
      {
        id: String(f.properties?.id ?? `area-${i + 1}`),
        name_zh: name,
        name_en: nameEn,
        shape: f.geometry as Polygon | MultiPolygon,
        population: null,
      },
    ];
  });
}

/**
 * Facilities for a coverage run. Rail by status: operating stations are in the data; lines under
 * construction or planned have no station list anywhere, so stations are assumed every
 * ASSUMED_STATION_SPACING_KM along their schematic route (and say so in their properties).
 */
export function facilitiesFor(
  /** A plan layer, an OSM class id or an imported layer id: whatever `data` holds under that key. */
  layer: string,
  data: ReadonlyMap<string, readonly AnyFeature[]>,
  statuses: readonly RailStatus[] = ['operating'],
): Facility[] {
  if (layer !== 'rail-stations') {
    return (data.get(layer) ?? []).filter((f): f is Feature<Polygon | MultiPolygon> & AnyFeature =>
      ['Polygon', 'MultiPolygon', 'Point'].includes(f.geometry.type),
    ) as Facility[];
  }
  const stations = statuses.includes('operating')
    ? ((data.get('rail-stations') ?? []).filter((f) => f.geometry.type === 'Point') as Facility[])
    : [];
  const assumed = (data.get('rail-lines') ?? [])
    .filter((line) => line.properties.status !== 'operating' && statuses.includes(line.properties.status as RailStatus))
    .flatMap((line) => {
      const geometry = line.geometry as LineString | MultiLineString;
      const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      return parts.flatMap((coordinates) => {
        const path = turf.lineString(coordinates);
        const length = turf.length(path, { units: 'kilometers' });
        const count = Math.max(1, Math.round(length / ASSUMED_STATION_SPACING_KM));
        return Array.from({ length: count + 1 }, (_, i) =>
          turf.along(path, (length * i) / count, { units: 'kilometers' }),
        ).map((point) => turf.feature(point.geometry, { assumed: true, line: line.properties.id }));
      });
    });
  return [...stations, ...(assumed as Facility[])];
}

/**
 * Areas to report on. Districts carry their 2020 census population; a new town gets its district's
 * population in proportion to area, i.e. residents assumed evenly spread inside the district.
 */
export function areasFor(set: AreaSet, data: ReadonlyMap<string, readonly AnyFeature[]>): CoverageArea[] {
  const districts = data.get('base-districts') ?? [];
  const asArea = (f: AnyFeature, population: number | null): CoverageArea => ({
    id: String(f.properties.id),
    name_zh: String(f.properties.name_zh),
    name_en: String(f.properties.name_en),
    shape: f.geometry as Polygon | MultiPolygon,
    population,
  });
  if (set === 'districts') {
    return districts.map((d) =>
      asArea(d, typeof d.properties.population_2020 === 'number' ? d.properties.population_2020 : null),
    );
  }
  return (data.get('new-towns') ?? []).map((town) => {
    const district = districts.find((d) => d.properties.name_zh === town.properties.district);
    const people = district?.properties.population_2020;
    const share = district ? turf.area(town) / turf.area(district) : 0;
    return asArea(town, typeof people === 'number' ? Math.round(people * share) : null);
  });
}
