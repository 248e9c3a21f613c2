import { type LayerFeatureCollection, validateLayer } from './validate';

export type LoadOutcome =
  | { ok: true; collection: LayerFeatureCollection; problems: string[] }
  | { ok: false; message: string };

/**
 * Fetches and checks one layer file. Every failure becomes a message for the user, never a throw:
 * one broken layer must not take the others or the app with it.
 */
export async function loadLayer(
  layerId: string,
  url: string | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadOutcome> {
  if (!url) return { ok: false, message: `${layerId}: no data file in this build` };
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return { ok: false, message: `${layerId}: HTTP ${response.status}` };
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, message: `${layerId}: the file is not valid JSON` };
    }
    const { collection, problems } = validateLayer(json, layerId);
    if (collection.features.length === 0 && problems.length > 0) {
      return { ok: false, message: `${layerId}: no valid features (${problems[0]})` };
    }
    return { ok: true, collection, problems };
  } catch (error) {
    return { ok: false, message: `${layerId}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
