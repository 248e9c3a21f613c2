import { createRequire } from 'node:module';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { ALIASES } from '../../../src/content/gazetteer';
import { type LayerFeature, makeFeature } from '../feature';
import type { Extract } from './read-extract';
import { ExtractError } from './read-extract';

const require = createRequire(import.meta.url);
const osmtogeojson = require('osmtogeojson') as (data: { elements: unknown[] }) => FeatureCollection;

type OsmFeature = Feature<Geometry, { tags?: Record<string, string>; id?: string; [key: string]: unknown }>;

export interface LayerReport {
  added: number;
  replaced: number;
  /** Surveyed features of an older extract redrawn from this newer one (same OSM id, or same name nearby). */
  refreshed: number;
  unmatched: number;
}

/** A feature matches an OSM one of the same name (or a gazetteer alias of it) within this distance. */
const MATCH_KM = 3;

const tagsOf = (f: OsmFeature): Record<string, string> =>
  (f.properties.tags ?? (f.properties as Record<string, string>)) as Record<string, string>;

function kind(f: OsmFeature): 'water-area' | 'river' | 'park' | 'rail' | 'station' | null {
  const t = tagsOf(f);
  const area = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
  const line = f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString';
  if (area && (t.natural === 'water' || t.waterway === 'riverbank' || t.water)) return 'water-area';
  if (line && (t.waterway === 'river' || t.waterway === 'canal')) return 'river';
  if (
    area &&
    (t.leisure === 'park' ||
      t.leisure === 'nature_reserve' ||
      t.boundary === 'national_park' ||
      t.boundary === 'protected_area')
  )
    return 'park';
  if (line && ['subway', 'light_rail', 'monorail', 'rail', 'narrow_gauge'].includes(t.railway ?? '')) return 'rail';
  if (f.geometry.type === 'Point' && (t.railway === 'station' || t.public_transport === 'station')) return 'station';
  return null;
}

/** Every name a feature goes by: its own, and the aliases the gazetteer gives that name. */
function namesOf(name: string): string[] {
  const bare = name.replace(/（[^）]*）|\([^)]*\)/g, '').trim();
  const alias = ALIASES.find((a) => a.names_zh.includes(bare) || a.name_zh === bare);
  return [...new Set([name, bare, ...(alias?.names_zh ?? [])])].filter((n) => n.length >= 2);
}

function sameName(ours: string, osm: string): boolean {
  return namesOf(ours).some((n) => osm === n || osm.endsWith(n) || osm.includes(n));
}

/**
 * The first date a text names, as YYYY-MM-DD, or null: ISO or 8 digits (20250318), else Geofabrik's
 * 6-digit file date (shanghai-260728). Never part of a longer number: an OSM id such as node 9836022368
 * is no date, and reading it as one made every station surveyed from it look newer than any extract.
 */
export function dateIn(text: string): string | null {
  const full = /(?<!\d)((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(text);
  if (full) return `${full[1]}-${full[2]}-${full[3]}`;
  const short = /(?:geofabrik|shanghai)-(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/i.exec(text);
  return short ? `20${short[1]}-${short[2]}-${short[3]}` : null;
}

/** The one OSM object a surveyed feature was copied from (`osm_id 123` or `node 123`), if it names only one. */
function singleOsmId(source: string): string | null {
  const ids = /(?:osm_id|node|way|relation)[ /](\d+(?:, \d+)*)/.exec(source)?.[1]?.split(', ') ?? [];
  return ids.length === 1 ? (ids[0] ?? null) : null;
}

function near(a: Feature, b: Feature): boolean {
  return (
    turf.distance(turf.centroid(a), turf.centroid(b), { units: 'kilometers' }) <= MATCH_KM ||
    turf.booleanIntersects(a, b)
  );
}

/**
 * Folds an OSM extract into the built layers: where an approximate feature has an OSM counterpart
 * (same name or alias, nearby) the OSM geometry replaces it and everything else about the feature
 * (id, plan links, status) is kept; named OSM features with no counterpart are added.
 */
export function mergeOsm(layers: Map<string, LayerFeature[]>, extract: Extract): Record<string, LayerReport> {
  const osm = (osmtogeojson({ elements: extract.elements }).features as OsmFeature[]).filter(
    (f) => f.geometry && kind(f),
  );
  if (osm.length === 0) throw new ExtractError('the extract has no water, park or rail features');
  const source = `OpenStreetMap extract ${extract.file} (${extract.date})`;
  // A surveyed feature is redrawn only from an extract known to be newer than the one it came from.
  const extractDate = dateIn(extract.date) ?? dateIn(extract.file);
  const isOlder = (feature: LayerFeature) => {
    const surveyed = dateIn(feature.properties.source);
    return extractDate !== null && surveyed !== null && surveyed < extractDate;
  };
  const sameObject = (feature: LayerFeature, f: OsmFeature) => {
    const id = singleOsmId(feature.properties.source);
    if (id === null) return false;
    if (String(f.properties.id ?? '').endsWith(`/${id}`)) return true;
    return tagsOf(f).name === feature.properties.name_zh && near(f, feature);
  };
  const report: Record<string, LayerReport> = {};
  const used = new Set<OsmFeature>();

  const fold = (layerId: string, kinds: string[], addUnmatched: (f: OsmFeature) => LayerFeature | null) => {
    const features = layers.get(layerId) ?? [];
    const candidates = osm.filter((f) => kinds.includes(kind(f) ?? ''));
    let replaced = 0;
    let refreshed = 0;
    const next = features.map((feature) => {
      if (feature.properties.accuracy === 'surveyed') {
        const newer = isOlder(feature) ? candidates.find((f) => !used.has(f) && sameObject(feature, f)) : undefined;
        if (!newer) return feature;
        used.add(newer);
        refreshed++;
        return makeFeature(
          {
            ...feature.properties,
            source: `${source}, ${String(newer.properties.id ?? '')}`,
            note: `Refreshed from a newer extract (was ${feature.properties.source})`,
          },
          newer.geometry,
        );
      }
      if (feature.properties.accuracy !== 'approximate' && feature.properties.accuracy !== 'derived') return feature;
      const match = candidates.find(
        (f) =>
          !used.has(f) &&
          tagsOf(f).name &&
          sameName(feature.properties.name_zh, tagsOf(f).name ?? '') &&
          near(f, feature),
      );
      if (!match) return feature;
      used.add(match);
      replaced++;
      const { note: _note, ...kept } = feature.properties;
      return makeFeature(
        {
          ...kept,
          source: `${source}, ${String(match.properties.id ?? '')}`,
          accuracy: 'surveyed',
          licence: 'ODbL-1.0',
          note: `Replaced an approximate geometry (${feature.properties.source})`,
        },
        match.geometry,
      );
    });
    const added = candidates
      .filter((f) => !used.has(f) && tagsOf(f).name)
      .flatMap((f) => {
        const feature = addUnmatched(f);
        if (feature) used.add(f);
        return feature ? [feature] : [];
      });
    layers.set(layerId, [...next, ...added]);
    report[layerId] = {
      added: added.length,
      replaced,
      refreshed,
      unmatched: next.filter((f) => f.properties.accuracy === 'approximate').length,
    };
  };

  const common = (f: OsmFeature, layer: string) => ({
    id: `osm-${String(f.properties.id ?? '').replace(/\//g, '-')}`,
    name_zh: tagsOf(f).name ?? '',
    name_en: tagsOf(f)['name:en'] ?? tagsOf(f).name ?? '',
    layer,
    source: `${source}, ${String(f.properties.id ?? '')}`,
    accuracy: 'surveyed' as const,
    licence: 'ODbL-1.0',
  });

  fold('river-lines', ['river'], () => null);
  fold('base-water', ['water-area'], (f) => makeFeature(common(f, 'base-water'), f.geometry));
  fold('parks', ['park'], (f) =>
    makeFeature(
      {
        ...common(f, 'parks'),
        park_kind: /郊野公园/.test(tagsOf(f).name ?? '') ? 'country-park' : 'city-park',
        district: '',
        area_km2: Math.round(turf.area(f) / 1e4) / 100,
      },
      f.geometry,
    ),
  );
  // Lines and stations the layers already have (surveyed, by name nearby) are not added twice.
  const alreadyThere = (layerId: string, f: OsmFeature) =>
    (layers.get(layerId) ?? []).some((g) => sameName(g.properties.name_zh, tagsOf(f).name ?? '') && near(f, g));
  fold('rail-lines', ['rail'], (f) =>
    alreadyThere('rail-lines', f)
      ? null
      : makeFeature(
          {
            ...common(f, 'rail-lines'),
            status: 'operating',
            system: tagsOf(f).railway === 'rail' ? 'railway' : 'metro',
            color: tagsOf(f).colour ?? '#444444',
            opened: null,
            opened_verified: false,
            route_km: null,
          },
          f.geometry,
        ),
  );
  fold('rail-stations', ['station'], (f) =>
    alreadyThere('rail-stations', f)
      ? null
      : makeFeature(
          {
            ...common(f, 'rail-stations'),
            status: 'operating',
            system: tagsOf(f).station === 'subway' ? 'metro' : 'railway',
            lines: '',
            transfer: false,
            color: '#444444',
          },
          f.geometry,
        ),
  );
  return report;
}
