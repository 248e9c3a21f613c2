import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Every mapped feature of a kind in the OSM extract, as a facility class for nearest and coverage. */
export interface OsmClass {
  id: 'osm-parks' | 'osm-parks-0.3ha' | 'osm-parks-1ha' | 'osm-stations' | 'osm-industrial';
  /** File under public/osm-classes/, fetched only when the class is picked. */
  file: 'osm-parks.geojson' | 'osm-stations.geojson' | 'osm-industrial.geojson';
  kind: 'park' | 'station' | 'industrial-park';
  /** Parks smaller than this (hectares) are left out. */
  minHa?: number;
}

export const OSM_CLASSES: readonly OsmClass[] = [
  { id: 'osm-parks', file: 'osm-parks.geojson', kind: 'park' },
  { id: 'osm-parks-0.3ha', file: 'osm-parks.geojson', kind: 'park', minHa: 0.3 },
  { id: 'osm-parks-1ha', file: 'osm-parks.geojson', kind: 'park', minHa: 1 },
  { id: 'osm-stations', file: 'osm-stations.geojson', kind: 'station' },
  { id: 'osm-industrial', file: 'osm-industrial.geojson', kind: 'industrial-park' },
];

export type OsmClassId = OsmClass['id'];

/** The classes "nearest" compares when it uses every mapped feature (stations, parks, industry). */
export const NEAREST_OSM_CLASSES = ['osm-stations', 'osm-parks', 'osm-industrial'];

export function osmClass(id: string): OsmClass | undefined {
  return OSM_CLASSES.find((c) => c.id === id);
}

/** What every feature of a class file shares, stored once in the file rather than on each feature. */
export interface OsmClassMeta {
  source: string;
  licence: string;
  accuracy: 'surveyed' | 'derived' | 'approximate';
  date: string;
}

export type CompactCollection = FeatureCollection<Geometry, CompactProps> & { meta: OsmClassMeta };

/** As stored: an id, the OSM name (may be empty), the area in hectares for areas. */
export interface CompactProps {
  id: string;
  name: string;
  /** Only where known (stations from the plan layers); OSM names here are Chinese. */
  name_en?: string;
  ha?: number;
  /** Only where a feature's origin differs from the file's (stations copied from the plan layers). */
  source?: string;
  accuracy?: OsmClassMeta['accuracy'];
}

export type ClassFeature = Feature<
  Geometry,
  {
    id: string;
    name_zh: string;
    name_en: string;
    area_ha: number | null;
    source: string;
    licence: string;
    accuracy: string;
  }
>;

/**
 * Features of a class with their provenance spelled out on each, as every geometry in the app
 * carries it. Unnamed features get a name saying what they are, never an invented one.
 */
export function expandClass(cls: OsmClass, collection: CompactCollection): ClassFeature[] {
  const { meta } = collection;
  const unnamed = UNNAMED[cls.kind];
  return collection.features
    .filter((f) => cls.minHa === undefined || (f.properties.ha ?? 0) >= cls.minHa)
    .map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        id: f.properties.id,
        name_zh: f.properties.name || unnamed.zh,
        name_en: f.properties.name_en || f.properties.name || unnamed.en,
        area_ha: f.properties.ha ?? null,
        source: f.properties.source ?? meta.source,
        licence: meta.licence,
        accuracy: f.properties.accuracy ?? meta.accuracy,
      },
    }));
}

const UNNAMED = {
  park: { zh: '无名公园（OSM）', en: 'Unnamed park (OSM)' },
  station: { zh: '无名车站（OSM）', en: 'Unnamed station (OSM)' },
  'industrial-park': { zh: '无名工业用地（OSM）', en: 'Unnamed industrial land (OSM)' },
} as const;
