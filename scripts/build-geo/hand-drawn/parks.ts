import type { Point } from 'geojson';
import { type Provenance, readHandDrawn } from './provenance';

/**
 * Hand-placed park centres: scripts/build-geo/data/parks.geojson. No open source here has park
 * outlines or reliable points, so each park is a point placed by hand (general knowledge of the
 * city, or the town or address a source gives); the build draws its OSM outline when OSM has it,
 * else a circle of its area. Country-park names and areas come from the partial CSV.
 */
interface CityParkProps extends Provenance {
  id: string;
  kind: 'city-park';
  name_zh: string;
  name_en: string;
  district: string;
  area_km2: number;
}

interface CountryParkProps extends Provenance {
  kind: 'country-park';
  name_zh: string;
  district: string;
  placed_from: string;
}

export interface ParkSpec {
  id: string;
  name_zh: string;
  name_en: string;
  district: string;
  centre: [number, number];
  area_km2: number;
  source: string;
  note: string;
  accuracyM: number;
}

const features = readHandDrawn<Point, CityParkProps | CountryParkProps>('parks.geojson');
const centreOf = (point: Point) => point.coordinates.slice(0, 2) as [number, number];

export const CITY_PARKS: ParkSpec[] = features.flatMap(({ properties: p, geometry }) =>
  p.kind === 'city-park'
    ? [
        {
          id: p.id,
          name_zh: p.name_zh,
          name_en: p.name_en,
          district: p.district,
          centre: centreOf(geometry),
          area_km2: p.area_km2,
          source: p.source,
          note: p.note,
          accuracyM: p.accuracy_m,
        },
      ]
    : [],
);

/** Centres for the country parks of shared/geo-sources/parks/country-parks.partial.csv, by name. */
export const COUNTRY_PARK_CENTRES: Record<
  string,
  { centre: [number, number]; district: string; placedFrom: string; accuracyM: number }
> = Object.fromEntries(
  features.flatMap(({ properties: p, geometry }) =>
    p.kind === 'country-park'
      ? [
          [
            p.name_zh,
            { centre: centreOf(geometry), district: p.district, placedFrom: p.placed_from, accuracyM: p.accuracy_m },
          ],
        ]
      : [],
  ),
);

/** Area drawn when a source gives none: a marker-sized circle, flagged in the feature's note. */
export const UNKNOWN_AREA_KM2 = 3;
