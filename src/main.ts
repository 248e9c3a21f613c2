import { loadLayer } from './data/load-layer';
import { LANGS, pickLanguage, t } from './i18n/strings';
import { layerFileUrl } from './map/assets';
import { createPlanMap, type PlanMap } from './map/plan-map';
import { LAYERS } from './registry/layers';
import { type AppState, createStore, type LayerLoad } from './state/store';
import { mountAttribution } from './ui/attribution';
import { mountFeaturePanel } from './ui/feature-panel';
import { mountHeader } from './ui/header';
import { mountLayerPanel } from './ui/layer-panel';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans-sc/400.css';
import './ui/app.css';

const LANG_KEY = 'plan-viewer.lang';

function storedLang(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

function rememberLang(lang: string): void {
  try {
    if ((LANGS as readonly string[]).includes(lang)) localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Private browsing may refuse storage; the switch still works for this visit.
  }
}

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
}

const initial: AppState = {
  lang: pickLanguage(storedLang(), navigator.languages ?? [navigator.language]),
  visible: new Set(LAYERS.filter((l) => l.defaultVisible).map((l) => l.id)),
  selected: null,
  loads: Object.fromEntries(LAYERS.map((l) => [l.id, { state: 'loading' } as LayerLoad])),
  mapError: null,
};
const store = createStore(initial);

mountHeader(required('header'), store, rememberLang);
mountLayerPanel(required('layer-panel'), store);
mountFeaturePanel(required('feature-panel'), store);
mountAttribution(required('attribution'), store);

function setLoad(layerId: string, load: LayerLoad): void {
  store.update({ loads: { ...store.get().loads, [layerId]: load } });
}

async function loadAll(planMap: PlanMap | null): Promise<void> {
  await planMap?.whenReady();
  await Promise.all(
    LAYERS.map(async (layer) => {
      const outcome = await loadLayer(layer.id, layerFileUrl(layer.file));
      if (!outcome.ok) return setLoad(layer.id, { state: 'failed', message: outcome.message });
      planMap?.setLayerData(layer.id, outcome.collection);
      setLoad(layer.id, { state: 'ready', count: outcome.collection.features.length, problems: outcome.problems });
    }),
  );
  if (planMap) {
    planMap.map.once('idle', () => document.body.setAttribute('data-map-ready', 'true'));
    planMap.map.triggerRepaint();
  }
}

let planMap: PlanMap | null = null;
const mapContainer = required('map');
mapContainer.setAttribute('aria-label', t('mapLabel', initial.lang));
try {
  planMap = createPlanMap(mapContainer, store);
  planMap.map.on('error', (event) => console.warn('map:', event.error?.message ?? event));
  const map = planMap.map;
  // A small inspection hook for browser tests and the console: positions and repaint, no state.
  (window as unknown as { planViewer: unknown }).planViewer = {
    project: (lon: number, lat: number) => map.project([lon, lat]),
    jumpTo: (lon: number, lat: number, zoom: number) => map.jumpTo({ center: [lon, lat], zoom }),
    idle: () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  };
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  store.update({ mapError: message });
  mapContainer.replaceChildren(document.createTextNode(`${t('mapFailed', initial.lang)} (${message})`));
  mapContainer.classList.add('map-failed');
}
store.subscribe((state, previous) => {
  if (state.lang !== previous.lang) mapContainer.setAttribute('aria-label', t('mapLabel', state.lang));
});
void loadAll(planMap);
