import type { Feature, Geometry } from 'geojson';
import { figuresByParagraph } from '../content/figures';
import { buildGazetteer } from '../content/gazetteer';
import { linkCorpus } from '../content/links';
import { loadCorpus } from '../content/load-corpus';
import { loadLayer } from '../data/load-layer';
import { CORPUS_URL, layerFileUrl } from '../map/assets';
import type { PlanMap } from '../map/plan-map';
import { LAYERS } from '../registry/layers';
import { openDistrict } from '../state/actions';
import { checkLayerIds, checkTextIds, ignoredNotice } from '../state/link-check';
import { type LayerLoad, type Store, showFeatures } from '../state/store';

/** The longest the plan texts wait for the map's first complete drawing. */
const TEXT_WAITS_FOR_MAP_MS = 20_000;

type Features = readonly Feature<Geometry, Record<string, unknown>>[];

/** Ids the link named that the data lacks are dropped and named in a notice. */
function applyCheck(store: Store, check: { change: object; unknown: string[] }): void {
  if (check.unknown.length === 0 && Object.keys(check.change).length === 0) return;
  const state = store.get();
  store.update({ ...check.change, notices: [...state.notices, ...ignoredNotice(check.unknown, state.lang)] });
}

/**
 * Loads the plan layers first (the map paints them as each arrives), then what the link asked to
 * open, then the plan texts and their links to places, which only panels need.
 */
export async function loadData(
  store: Store,
  planMap: PlanMap | null,
  link: { selected: string | null; hasView: boolean },
): Promise<void> {
  const linkedSelection = link.selected;
  const props = new Map<string, Map<string, Record<string, unknown>>>();
  const features = new Map<string, Features>();
  // The files download while MapLibre sets its style up; then all are handed over in one go, so the
  // map tiles and draws them together and the panels redraw once, not once per file.
  const mapReady = planMap?.whenReady();
  const outcomes = await Promise.all(
    LAYERS.map(async (layer) => ({ layer, outcome: await loadLayer(layer.id, layerFileUrl(layer.file)) })),
  );
  performance.mark('app:layers-parsed');
  await mapReady;
  const loads: Record<string, LayerLoad> = { ...store.get().loads };
  for (const { layer, outcome } of outcomes) {
    if (!outcome.ok) {
      loads[layer.id] = { state: 'failed', message: outcome.message };
      continue;
    }
    planMap?.setLayerData(layer.id, outcome.collection);
    features.set(layer.id, outcome.collection.features);
    props.set(layer.id, new Map(outcome.collection.features.map((f) => [f.properties.id, f.properties])));
    loads[layer.id] = { state: 'ready', count: outcome.collection.features.length, problems: outcome.problems };
  }
  store.update({ loads, features, featureProps: props });
  performance.mark('app:layers-set');
  applyCheck(store, checkLayerIds(store.get(), props, linkedSelection));
  const district = store.get().district;
  if (district) openDistrict(store, district);
  const [selLayer, selId] = (linkedSelection ?? '').split('/');
  if (selLayer && selId && props.get(selLayer)?.has(selId)) {
    showFeatures(store, [{ layerId: selLayer, featureId: selId }], { fly: !link.hasView });
  }
  if (planMap) {
    const map = planMap.map;
    const painted = new Promise<void>((resolve) =>
      map.once('idle', () => {
        performance.mark('app:ready');
        document.body.setAttribute('data-map-ready', 'true');
        resolve();
      }),
    );
    map.triggerRepaint();
    // Parsing and linking the plan texts holds the main thread for a while: only once the map has
    // drawn its layers (or after a few seconds, should it never settle).
    await Promise.race([painted, new Promise((resolve) => setTimeout(resolve, TEXT_WAITS_FOR_MAP_MS))]);
  }
  const text = await loadCorpus(CORPUS_URL);
  if (!text.ok) return store.update({ contentError: text.message });
  applyCheck(store, checkTextIds(store.get(), text.corpus));
  const gazetteer = buildGazetteer(
    new Map(
      [...props].map(([layerId, byId]) => [
        layerId,
        [...byId.values()].map((p) => ({
          id: String(p.id),
          name_zh: String(p.name_zh),
          name_en: String(p.name_en),
          ...(Array.isArray(p.aliases_zh) ? { aliases_zh: p.aliases_zh.map(String) } : {}),
        })),
      ]),
    ),
  );
  const content = linkCorpus(text.corpus, gazetteer);
  store.update({ content, figures: figuresByParagraph(content, props) });
  performance.mark('app:texts-linked');
  document.body.setAttribute('data-content-ready', 'true');
}
