/**
 * Key zones defined as whole towns, drawn from the towns' OSM outlines
 * (scripts/build-geo/data/townships.geojson, with where it came from, its licence and datum).
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readDataFile } from '../data-files';

export const TOWNSHIPS_FILE = 'townships.geojson';

interface TownProperties {
  name_zh: string;
  osm_relation: string;
  official_area_km2: number;
  official_area_source: string;
}

interface TownshipFile {
  provenance: { origin: string; commit: string; upstream: string; licence: string };
  features: Feature<Polygon | MultiPolygon, TownProperties>[];
}

/** The named towns merged into one area, with the source and the sentence a feature's note opens with. */
export function townshipArea(names: string[]): { geometry: Polygon | MultiPolygon; source: string; located: string } {
  const file = readDataFile<TownshipFile>(TOWNSHIPS_FILE);
  const towns = names.map((name) => {
    const town = file.features.find((f) => f.properties.name_zh === name);
    if (!town) throw new Error(`scripts/build-geo/data/${TOWNSHIPS_FILE}: no town ${name}`);
    return town;
  });
  const merged = towns.length === 1 ? towns[0] : turf.union(turf.featureCollection(towns));
  if (!merged) throw new Error(`townships ${names.join(', ')}: union failed`);
  const relations = towns.map((t) => `${t.properties.name_zh} (OSM relation ${t.properties.osm_relation})`);
  const { origin, commit } = file.provenance;
  return {
    geometry: merged.geometry,
    source: `derived: OSM township relations ${towns.map((t) => t.properties.osm_relation).join(', ')} (Geofabrik extract 2026-07-21, via ${origin} @ ${commit.slice(0, 7)}; ${file.provenance.licence}) in scripts/build-geo/data/${TOWNSHIPS_FILE}`,
    located: `The whole of the towns ${relations.join(' and ')}, from their OSM outlines`,
  };
}
