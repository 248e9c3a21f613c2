import type { Feature, Geometry } from 'geojson';
import type { ReferenceSet } from './datum-hint';

type Data = ReadonlyMap<string, readonly Feature<Geometry, Record<string, unknown>>[]>;

/** Which loaded plan layers serve as surveyed references for the datum check, and as what. */
const FROM_LAYERS = [
  { kind: 'stations', layers: ['rail-stations'] },
  { kind: 'water', layers: ['base-water', 'river-lines'] },
  { kind: 'borders', layers: ['base-districts'] },
] as const;

/** Served as is from public/ (relative, like every path of the site). */
const STREETS_URL = `${import.meta.env.BASE_URL}reference/streets-central.bin`;

let streets: Promise<ReferenceSet | null> | null = null;
let fromLayers: ReferenceSet[] | null = null;

/**
 * The references the datum check measures imported points against: the central streets (a small
 * file fetched on the first import) and the stations, water edges and district borders the map
 * has already loaded. Without the streets file (offline before any import) the others still serve.
 */
export async function datumReferences(data: Data): Promise<ReferenceSet[]> {
  const { decodeStreetSamples, referenceFrom } = await import('./datum-reference');
  streets ??= fetch(STREETS_URL)
    .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(String(response.status)))))
    .then(decodeStreetSamples)
    .catch(() => {
      streets = null;
      return null;
    });
  if (!fromLayers && FROM_LAYERS.every(({ layers }) => layers.every((id) => data.has(id)))) {
    fromLayers = FROM_LAYERS.map(({ kind, layers }) =>
      referenceFrom(
        kind,
        layers.flatMap((id) => data.get(id) ?? []),
      ),
    );
  }
  const street = await streets;
  return [...(street ? [street] : []), ...(fromLayers ?? [])];
}
