import { gpx, kml } from '@tmcw/togeojson';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { StringKey } from '../i18n/strings';
import { htmlToText } from './html-text';
import { coordinatesValid, DEPTH } from './validate';

/** Limits that keep the app responsive; anything larger is refused with a message, not truncated. */
export const IMPORT_LIMITS = { bytes: 100 * 1024 * 1024, features: 500_000, vertices: 5_000_000, textLength: 2_000 };

export type Datum = 'WGS84' | 'GCJ02' | 'BD09';

/** What went wrong, as a string key and its values: the panel words it in the user's language. */
export interface ImportProblem {
  key: StringKey;
  values?: Record<string, string | number>;
}

export type Properties = Record<string, string | number | boolean | null>;

export type ImportOutcome =
  | { ok: true; collection: FeatureCollection<Geometry, Properties>; skipped: ImportProblem[] }
  | { ok: false; problem: ImportProblem };

export interface ImportOptions {
  /** XML parser: the browser's DOMParser, or a DOM library in node. */
  parseXml: (text: string) => Document;
}

export const refuse = (key: StringKey, values?: ImportProblem['values']): ImportOutcome => ({
  ok: false,
  problem: values ? { key, values } : { key },
});

/** KML and GPX descriptions are HTML: `{"@type": "html", value}` from togeojson, or a string with tags. */
function propertyText(value: unknown, html: boolean): string {
  if (typeof value === 'string') return html && /<[a-z!/][^>]*>/i.test(value) ? htmlToText(value) : value;
  const typed = value as { '@type'?: unknown; value?: unknown } | null;
  if (typeof typed?.value === 'string') return typed['@type'] === 'html' ? htmlToText(typed.value) : typed.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value) ?? '';
}

/**
 * Properties as plain text, numbers and booleans only, long text cut: nothing here can become
 * markup. `html`: text fields are HTML (KML, GPX) and are shown as the text they mark up.
 */
function cleanProperties(raw: unknown, html: boolean): Properties {
  const out: Properties = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [key, value] of Object.entries(raw).slice(0, 100)) {
    const name = key.slice(0, 100);
    if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
      out[name] = value;
    else out[name] = propertyText(value, html).slice(0, IMPORT_LIMITS.textLength);
  }
  return out;
}

/** Keeps the sound features of a collection and says why the others were skipped. */
export function checkCollection(
  json: unknown,
  { skipped: preSkipped = [], html = false }: { skipped?: readonly ImportProblem[]; html?: boolean } = {},
): ImportOutcome {
  if (typeof json !== 'object' || json === null) return refuse('import.notGeoJson');
  const root = json as { type?: unknown; features?: unknown; geometry?: unknown };
  const list =
    root.type === 'FeatureCollection' && Array.isArray(root.features)
      ? root.features
      : root.type === 'Feature'
        ? [root]
        : typeof root.type === 'string' && root.type in DEPTH
          ? [{ type: 'Feature', properties: {}, geometry: root }]
          : null;
  if (!list) return refuse('import.notGeoJson');
  if (list.length > IMPORT_LIMITS.features)
    return refuse('import.tooManyFeatures', { count: list.length, limit: IMPORT_LIMITS.features });
  const count = { vertices: 0 };
  const skipped: ImportProblem[] = [...preSkipped];
  const features: Feature<Geometry, Properties>[] = [];
  list.forEach((item, index) => {
    const geometry = (item as { geometry?: { type?: unknown; coordinates?: unknown } } | null)?.geometry;
    const type = String(geometry?.type);
    if (!geometry || !(type in DEPTH)) skipped.push({ key: 'import.skipNoGeometry', values: { n: index + 1 } });
    else if (!coordinatesValid(geometry.coordinates, DEPTH[type] ?? 0, count))
      skipped.push({ key: 'import.skipBadCoordinates', values: { n: index + 1 } });
    else
      features.push({
        type: 'Feature',
        properties: cleanProperties((item as { properties?: unknown }).properties, html),
        geometry: geometry as Geometry,
      });
  });
  if (count.vertices > IMPORT_LIMITS.vertices)
    return refuse('import.tooManyVertices', { count: count.vertices, limit: IMPORT_LIMITS.vertices });
  if (features.length === 0)
    return skipped.length > 0 ? refuse('import.noUsableFeatures', { n: skipped.length }) : refuse('import.noFeatures');
  return { ok: true, collection: { type: 'FeatureCollection', features }, skipped };
}

/** Reads GeoJSON, KML or GPX text into checked GeoJSON; every refusal says why. */
export function importText(fileName: string, text: string, options: ImportOptions): ImportOutcome {
  if (text.length > IMPORT_LIMITS.bytes) return refuse('import.tooLarge');
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  try {
    if (extension === 'kml' || extension === 'gpx') {
      const document = options.parseXml(text);
      if (document.getElementsByTagName('parsererror').length > 0)
        return refuse('import.notXml', { format: extension.toUpperCase() });
      return checkCollection(extension === 'kml' ? kml(document) : gpx(document), { html: true });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return refuse('import.notJson');
    }
    return checkCollection(json);
  } catch (error) {
    return refuse('import.unreadable', {
      detail: error instanceof Error ? error.message.slice(0, 160) : String(error),
    });
  }
}

/** Converts a collection from GCJ-02 or BD-09 to WGS84 (gcoord); WGS84 passes through. */
export function toWgs84<T extends FeatureCollection>(collection: T, datum: Datum): T {
  if (datum === 'WGS84') return collection;
  const from = datum === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09;
  return gcoord.transform(structuredClone(collection) as never, from, gcoord.WGS84) as unknown as T;
}

function positionsOf(node: unknown, into: Position[]): Position[] {
  if (Array.isArray(node) && typeof node[0] === 'number') into.push(node as Position);
  else if (Array.isArray(node)) for (const item of node) positionsOf(item, into);
  return into;
}

/**
 * Up to `max` positions spread over the whole collection (every vertex of lines and outlines
 * counts, so a district border drawn in GCJ-02 is tested along its length), for datum checks.
 */
export function samplePoints(collection: FeatureCollection, max = 300): Position[] {
  const all: Position[] = [];
  for (const feature of collection.features)
    positionsOf((feature.geometry as { coordinates?: unknown } | null)?.coordinates, all);
  if (all.length <= max) return all;
  const step = all.length / max;
  return Array.from({ length: max }, (_, i) => all[Math.floor(i * step)] as Position);
}
