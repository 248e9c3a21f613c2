import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

const require = createRequire(import.meta.url);

/** One OSM element in Overpass JSON form, the shape osmtogeojson reads. */
export interface OsmElement {
  type: 'node' | 'way' | 'relation';
  id: number;
  lat?: number;
  lon?: number;
  nodes?: number[];
  members?: { type: string; ref: number; role: string }[];
  tags?: Record<string, string>;
}

export interface Extract {
  elements: OsmElement[];
  /** The extract's own timestamp where it has one, else the file name. */
  date: string;
  file: string;
}

/** Shanghai with a margin: an extract with no node in here is of somewhere else. */
const SHANGHAI = { west: 120.8, south: 30.6, east: 122.2, north: 31.9 };

export class ExtractError extends Error {}

function fromXml(text: string): OsmElement[] {
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
  const root = doc.documentElement;
  if (root?.nodeName !== 'osm') throw new ExtractError('not an OSM XML file (the root element is not <osm>)');
  const elements: OsmElement[] = [];
  const tags = (el: Element) =>
    Object.fromEntries(
      Array.from(el.getElementsByTagName('tag')).map((t) => [t.getAttribute('k') ?? '', t.getAttribute('v') ?? '']),
    );
  for (const el of Array.from(root.childNodes) as unknown as Element[]) {
    const id = Number(el.getAttribute?.('id'));
    if (el.nodeName === 'node')
      elements.push({
        type: 'node',
        id,
        lat: Number(el.getAttribute('lat')),
        lon: Number(el.getAttribute('lon')),
        tags: tags(el),
      });
    if (el.nodeName === 'way') {
      const nodes = Array.from(el.getElementsByTagName('nd')).map((nd) => Number(nd.getAttribute('ref')));
      elements.push({ type: 'way', id, nodes, tags: tags(el) });
    }
    if (el.nodeName === 'relation') {
      const members = Array.from(el.getElementsByTagName('member')).map((m) => ({
        type: m.getAttribute('type') ?? '',
        ref: Number(m.getAttribute('ref')),
        role: m.getAttribute('role') ?? '',
      }));
      elements.push({ type: 'relation', id, members, tags: tags(el) });
    }
  }
  return elements;
}

function fromOverpassJson(text: string): OsmElement[] {
  let json: { elements?: unknown };
  try {
    json = JSON.parse(text) as { elements?: unknown };
  } catch {
    throw new ExtractError('not valid JSON (Overpass JSON expected)');
  }
  if (!Array.isArray(json.elements)) throw new ExtractError('not Overpass JSON: no "elements" array');
  return json.elements as OsmElement[];
}

/** PBF through osm-pbf-parser; a truncated or foreign file ends in a stream error, reported as such. */
function fromPbf(path: string): Promise<OsmElement[]> {
  const parseOsm = require('osm-pbf-parser') as () => NodeJS.ReadWriteStream;
  return new Promise((resolve, reject) => {
    const elements: OsmElement[] = [];
    const parser = parseOsm();
    const fail = (error: unknown) =>
      reject(new ExtractError(`not a readable .osm.pbf (${error instanceof Error ? error.message : String(error)})`));
    parser.on(
      'data',
      (
        items: {
          type: string;
          id: number;
          lat?: number;
          lon?: number;
          tags?: Record<string, string>;
          refs?: number[];
          members?: { type: string; id: number; role: string }[];
        }[],
      ) => {
        for (const item of items) {
          if (item.type === 'node')
            elements.push({ type: 'node', id: item.id, lat: item.lat, lon: item.lon, tags: item.tags ?? {} });
          if (item.type === 'way')
            elements.push({ type: 'way', id: item.id, nodes: item.refs ?? [], tags: item.tags ?? {} });
          if (item.type === 'relation') {
            const members = (item.members ?? []).map((m) => ({ type: m.type, ref: m.id, role: m.role }));
            elements.push({ type: 'relation', id: item.id, members, tags: item.tags ?? {} });
          }
        }
      },
    );
    parser.on('error', fail);
    parser.on('end', () => resolve(elements));
    createReadStream(path).on('error', fail).pipe(parser);
  });
}

/** Reads an OSM extract (.osm.pbf, .osm XML or Overpass .json) and checks it covers Shanghai. */
export async function readExtract(path: string): Promise<Extract> {
  const name = basename(path).toLowerCase();
  let elements: OsmElement[];
  if (name.endsWith('.pbf')) elements = await fromPbf(path);
  else {
    const text = readFileSync(path, 'utf8');
    elements = name.endsWith('.json') ? fromOverpassJson(text) : fromXml(text);
  }
  const nodes = elements.filter((e) => e.type === 'node' && typeof e.lat === 'number' && typeof e.lon === 'number');
  if (nodes.length === 0) throw new ExtractError('the extract has no nodes');
  const inShanghai = nodes.filter(
    (n) =>
      (n.lon ?? 0) > SHANGHAI.west &&
      (n.lon ?? 0) < SHANGHAI.east &&
      (n.lat ?? 0) > SHANGHAI.south &&
      (n.lat ?? 0) < SHANGHAI.north,
  );
  if (inShanghai.length === 0)
    throw new ExtractError('the extract has no data in the Shanghai area (an extract of another place?)');
  const stamp = /timestamp="([^"]+)"/.exec(name.endsWith('.osm') ? readFileSync(path, 'utf8').slice(0, 500) : '')?.[1];
  return { elements, date: stamp ?? basename(path), file: basename(path) };
}
