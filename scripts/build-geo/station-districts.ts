import * as turf from '@turf/turf';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import type { LayerFeature } from './feature';

/**
 * Each station's `district`: the slug of the district outline (the base-districts layer) that holds
 * it. No station source names a district, and the district view and CSV export read this field; a
 * station outside every outline (Line 11 in Kunshan, Jiashan's in Zhejiang) gets none, not a guess.
 */
export function assignStationDistricts(layers: Map<string, LayerFeature[]>): void {
  const districts = (layers.get('base-districts') ?? []).map((d) => ({
    id: (d.properties as { id: string }).id,
    area: turf.feature(d.geometry as Polygon | MultiPolygon),
    box: turf.bbox(d),
  }));
  for (const station of layers.get('rail-stations') ?? []) {
    const [lon = 0, lat = 0] = (station.geometry as Point).coordinates;
    const home = districts.find(
      ({ area, box: [w, s, e, n] }) =>
        lon >= w && lon <= e && lat >= s && lat <= n && turf.booleanPointInPolygon([lon, lat], area),
    );
    const props = station.properties as { district?: string };
    if (home) props.district = home.id;
    else delete props.district;
  }
}
