import { gpx, kml } from '@tmcw/togeojson';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { parse as parseWkt } from 'wellknown';
import { parseCsv } from './csv';
import { coordinatesValid, DEPTH } from './validate';

/** Limits that keep the app responsive; anything larger is refused with a message, not truncated. */
export const IMPORT_LIMITS = { bytes: 100 * 1024 * 1024, features: 500_000, vertices: 5_000_000, textLength: 2_000 };

export type Datum = 'WGS84' | 'GCJ02' | 'BD09';

export type ImportOutcome =
  | {
      ok: true;
      collection: FeatureCollection<Geometry, Record<string, string | number | boolean | null>>;
      skipped: string[];
    }
  | { ok: false; message: string };

export interface ImportOptions {
  /** XML parser: the browser's DOMParser, or a DOM library in node. */
  parseXml: (text: string) => Document;
}

/** Properties as plain text, numbers and booleans only, long text cut: nothing here can become markup. */
function cleanProperties(raw: unknown): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [key, value] of Object.entries(raw).slice(0, 100)) {
    const name = key.slice(0, 100);
    if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
      out[name] = value;
    else
      out[name] = (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).slice(
        0,
        IMPORT_LIMITS.textLength,
      );
  }
  return out;
}

/** Keeps the sound features of a collection and says why the others were skipped. */
export function checkCollection(json: unknown): ImportOutcome {
  if (typeof json !== 'object' || json === null) return { ok: false, message: 'not a GeoJSON object' };
  const root = json as { type?: unknown; features?: unknown; geometry?: unknown };
  const list =
    root.type === 'FeatureCollection' && Array.isArray(root.features)
      ? root.features
      : root.type === 'Feature'
        ? [root]
        : typeof root.type === 'string' && root.type in DEPTH
          ? [{ type: 'Feature', properties: {}, geometry: root }]
          : null;
  if (!list) return { ok: false, message: 'not a GeoJSON FeatureCollection, Feature or geometry' };
  if (list.length > IMPORT_LIMITS.features) {
    return {
      ok: false,
      message: `too many features: ${list.length.toLocaleString('en')} (the limit is ${IMPORT_LIMITS.features.toLocaleString('en')})`,
    };
  }
  const count = { vertices: 0 };
  const skipped: string[] = [];
  const features: Feature<Geometry, Record<string, string | number | boolean | null>>[] = [];
  list.forEach((item, index) => {
    const geometry = (item as { geometry?: { type?: unknown; coordinates?: unknown } } | null)?.geometry;
    const type = String(geometry?.type);
    if (!geometry || !(type in DEPTH)) skipped.push(`feature ${index + 1}: no supported geometry`);
    else if (!coordinatesValid(geometry.coordinates, DEPTH[type] ?? 0, count))
      skipped.push(`feature ${index + 1}: coordinates outside ±180/±90 or malformed`);
    else
      features.push({
        type: 'Feature',
        properties: cleanProperties((item as { properties?: unknown }).properties),
        geometry: geometry as Geometry,
      });
  });
  if (count.vertices > IMPORT_LIMITS.vertices) {
    return {
      ok: false,
      message: `too many vertices: ${count.vertices.toLocaleString('en')} (the limit is ${IMPORT_LIMITS.vertices.toLocaleString('en')})`,
    };
  }
  if (features.length === 0)
    return { ok: false, message: skipped[0] ? `no usable features (${skipped[0]})` : 'the file has no features' };
  return { ok: true, collection: { type: 'FeatureCollection', features }, skipped };
}

const LON = ['lon', 'lng', 'long', 'longitude', 'x', '经度'];
const LAT = ['lat', 'latitude', 'y', '纬度'];
const WKT = ['wkt', 'geometry', 'geom', 'the_geom'];

function csvToGeoJson(text: string): ImportOutcome {
  const rows = parseCsv(text);
  if (rows.length === 0) return { ok: false, message: 'the CSV has no rows' };
  const columns = Object.keys(rows[0] ?? {});
  const find = (names: string[]) => columns.find((c) => names.includes(c.trim().toLowerCase()));
  const lon = find(LON);
  const lat = find(LAT);
  const wkt = find(WKT);
  if (!wkt && !(lon && lat))
    return {
      ok: false,
      message: `no coordinate columns: need lon/lat (or 经度/纬度) or a WKT column; found ${columns.slice(0, 8).join(', ')}`,
    };
  const features = rows.map((row) => {
    let geometry: unknown = null;
    if (wkt) {
      try {
        geometry = parseWkt(row[wkt] ?? '');
      } catch {
        geometry = null;
      }
    } else geometry = { type: 'Point', coordinates: [Number(row[lon ?? '']), Number(row[lat ?? ''])] };
    const properties = Object.fromEntries(Object.entries(row).filter(([k]) => k !== wkt && k !== lon && k !== lat));
    return { type: 'Feature', properties, geometry };
  });
  return checkCollection({ type: 'FeatureCollection', features });
}

/** Reads a user's file (GeoJSON, KML, GPX or CSV) into checked GeoJSON; every refusal says why. */
export function importText(fileName: string, text: string, options: ImportOptions): ImportOutcome {
  if (text.length > IMPORT_LIMITS.bytes) return { ok: false, message: 'the file is larger than 100 MB' };
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  try {
    if (extension === 'csv' || extension === 'txt') return csvToGeoJson(text);
    if (extension === 'kml' || extension === 'gpx') {
      const document = options.parseXml(text);
      if (document.getElementsByTagName('parsererror').length > 0)
        return { ok: false, message: `not valid XML (${extension.toUpperCase()})` };
      return checkCollection(extension === 'kml' ? kml(document) : gpx(document));
    }
    if (extension === 'kmz')
      return { ok: false, message: 'KMZ (zipped KML) is not supported: unzip it and import the .kml' };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return {
        ok: false,
        message: `not valid JSON: ${error instanceof Error ? error.message.slice(0, 120) : 'parse error'}`,
      };
    }
    return checkCollection(json);
  } catch (error) {
    return {
      ok: false,
      message: `could not read the file: ${error instanceof Error ? error.message.slice(0, 160) : String(error)}`,
    };
  }
}

/** Converts a collection from GCJ-02 or BD-09 to WGS84 (gcoord); WGS84 passes through. */
export function toWgs84<T extends FeatureCollection>(collection: T, datum: Datum): T {
  if (datum === 'WGS84') return collection;
  const from = datum === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09;
  return gcoord.transform(structuredClone(collection) as never, from, gcoord.WGS84) as unknown as T;
}

/** Point coordinates of a collection (first vertex of each feature), for datum checks. */
export function samplePoints(collection: FeatureCollection, max = 200): Position[] {
  return collection.features.slice(0, max).flatMap((f) => {
    let node: unknown = (f.geometry as { coordinates?: unknown } | null)?.coordinates;
    while (Array.isArray(node) && Array.isArray(node[0])) node = node[0];
    return Array.isArray(node) ? [node as Position] : [];
  });
}
