import * as turf from '@turf/turf';
import type { MultiLineString, Polygon } from 'geojson';
import { type LayerFeature, makeFeature } from './feature';
import { CITY_PARKS, COUNTRY_PARK_CENTRES, UNKNOWN_AREA_KM2 } from './hand-drawn/parks';
import { cite, readSourceCsv, readSourceGeoJson } from './io';
import { citeOsm2025, OSM_2025 } from './osm2025';
import { osmParkOutline } from './park-outlines';

const COUNTRY_PARKS = 'parks/country-parks.partial.csv';
const ROADS = 'roads/elevated-roads-major.osm-geofabrik-260728.wgs84.geojson';
const RING_ROADS = ['外环高速', '外环东路'];
/** Half-width of the ring-city park belt drawn along the Outer Ring. */
const RING_BELT_HALF_WIDTH_M = 300;

/** A circle of the given area: the honest shape for "we know roughly where and how big". */
export function circleOfArea(centre: [number, number], areaKm2: number): Polygon {
  const radiusKm = Math.sqrt(areaKm2 / Math.PI);
  return turf.circle(centre, radiusKm, { units: 'kilometers', steps: 32 }).geometry;
}

interface ParkBase {
  id: string;
  name_zh: string;
  name_en: string;
  park_kind: string;
  district: string;
  area_km2: number | null;
  centre: [number, number];
}

/**
 * A park as its OSM outline when OSM has it, else the circle: stated area at the cited position,
 * marked approximate with its error radius and `cited_position`, the point the source places it at.
 */
function parkFeature(
  park: ParkBase,
  circle: { source: string; note: string; accuracyM: number; licence: string },
): LayerFeature {
  const outline = osmParkOutline(park.name_zh, park.centre);
  const common = {
    id: park.id,
    name_zh: park.name_zh,
    name_en: park.name_en,
    layer: 'parks',
  };
  const rest = { park_kind: park.park_kind, district: park.district, area_km2: park.area_km2 };
  if (outline) {
    return makeFeature(
      {
        ...common,
        source: citeOsm2025(OSM_2025.green, [outline.osmId]),
        accuracy: 'surveyed',
        licence: 'ODbL-1.0',
        note: `OSM outline of ${outline.osmName}, simplified ${outline.toleranceDeg}° (≈${Math.round(outline.toleranceDeg * 1e5)} m); OSM area ${Math.round(turf.area(outline.geometry) / 1e4) / 100} km²`,
        ...rest,
      },
      outline.geometry,
    );
  }
  return makeFeature(
    {
      ...common,
      source: circle.source,
      accuracy: 'approximate',
      licence: circle.licence,
      note: circle.note,
      accuracy_m: circle.accuracyM,
      ...rest,
      cited_position: park.centre,
    },
    circleOfArea(park.centre, park.area_km2 ?? UNKNOWN_AREA_KM2),
  );
}

function leadingNumber(text: string | undefined): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)/.exec(text ?? '');
  return match ? Number(match[1]) : null;
}

export function buildParks(): LayerFeature[] {
  const city = CITY_PARKS.map(({ source, note, accuracyM, ...park }) =>
    parkFeature({ ...park, park_kind: 'city-park' }, { source, note, accuracyM, licence: 'CC0 (hand-drawn)' }),
  );
  const country = readSourceCsv(COUNTRY_PARKS).map((row, i) => {
    const placed = COUNTRY_PARK_CENTRES[row.name_zh ?? ''];
    if (!placed)
      throw new Error(`country park ${row.name_zh}: no hand-placed centre in scripts/build-geo/data/parks.geojson`);
    const area = leadingNumber(row.total_area_km2);
    return parkFeature(
      {
        id: `country-park-${i + 1}`,
        name_zh: row.name_zh ?? '',
        name_en: row.name_en ?? '',
        park_kind: 'country-park',
        district: placed.district,
        area_km2: area,
        centre: placed.centre,
      },
      {
        source: `names and areas: shared/geo-sources/${COUNTRY_PARKS} (${row.source}); centre hand-placed`,
        note:
          area === null
            ? `No area in the source: marker circle of ${UNKNOWN_AREA_KM2} km² at ${placed.placedFrom}`
            : `Circle of the stated ${area} km² at ${placed.placedFrom}; not the real outline`,
        accuracyM: placed.accuracyM,
        licence: 'CC0 (hand-drawn)',
      },
    );
  });
  const ring = readSourceGeoJson(ROADS).features.filter((f) =>
    RING_ROADS.includes((f.properties as { name: string }).name),
  );
  const ringLines: MultiLineString = {
    type: 'MultiLineString',
    coordinates: ring.flatMap((f) => (f.geometry as MultiLineString).coordinates),
  };
  const belt = turf.buffer(ringLines, RING_BELT_HALF_WIDTH_M, {
    units: 'meters',
    steps: 4,
  });
  if (!belt) throw new Error('ring-city park belt: buffer of the Outer Ring failed');
  const ringBelt = makeFeature(
    {
      id: 'ring-city-park-belt',
      name_zh: '环城生态公园带',
      name_en: 'Ring-city ecological park belt',
      layer: 'parks',
      source: `derived: ${RING_BELT_HALF_WIDTH_M} m each side of the Outer Ring road in ${cite(ROADS, 'OSM Geofabrik 2026-07-28')}`,
      accuracy: 'approximate',
      licence: 'ODbL-1.0',
      note: 'The belt follows the Outer Ring green belt; its real width varies and is not in any source here',
      accuracy_m: RING_BELT_HALF_WIDTH_M,
      park_kind: 'ring-park-belt',
      district: '',
      area_km2: Math.round(turf.area(belt) / 1e5) / 10,
    },
    turf.truncate(belt, { precision: 5 }).geometry,
  );
  return [...city, ...country, ringBelt];
}
