import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans-sc/400.css';
import './ui/app.css';
import type { Feature, Geometry } from 'geojson';
import { figuresByParagraph } from './content/figures';
import { buildGazetteer } from './content/gazetteer';
import { linkCorpus } from './content/links';
import { loadCorpus } from './content/load-corpus';
import { importsDb } from './data/imports-db';
import { loadLayer } from './data/load-layer';
import type { LayerFeatureCollection } from './data/validate';
import { LANGS, pickLanguage, t } from './i18n/strings';
import { CORPUS_URL, layerFileUrl } from './map/assets';
import { createPlanMap, type PlanMap } from './map/plan-map';
import { LAYERS } from './registry/layers';
import { type AppState, createStore, type LayerLoad, type Measure, showFeatures } from './state/store';
import { readHash, writeHash } from './state/url';
import { fromUrlState, toUrlState } from './state/url-sync';
import { NO_FILTERS } from './style/filters';
import { mountAttribution } from './ui/attribution';
import { openDistrict } from './ui/district-view';
import { mountHeader } from './ui/header';
import { mountLayerPanel } from './ui/layer-panel';
import { mountNotices } from './ui/notices';
import { mountSearchBox } from './ui/search-box';
import { mountSidePanel } from './ui/side-panel';

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

const MEASURES_KEY = 'plan-viewer.measures';
const TIANDITU_KEY = 'plan-viewer.tianditu-key';

function storedText(key: string): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** Measures kept from earlier visits; anything malformed is dropped, never trusted. */
function storedMeasures(): Measure[] {
  try {
    const raw = JSON.parse(localStorage.getItem(MEASURES_KEY) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (m): m is Measure =>
        typeof m?.id === 'string' &&
        (m.kind === 'line' || m.kind === 'area') &&
        Array.isArray(m.points) &&
        m.points.every(
          (p: unknown) =>
            Array.isArray(p) &&
            p.length === 2 &&
            p.every((n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= 180),
        ),
    );
  } catch {
    return [];
  }
}

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
}

const fromUrl = readHash(location.hash);
const linked = fromUrlState(fromUrl.state);
const initialLang = fromUrl.state.lang ?? pickLanguage(storedLang(), navigator.languages ?? [navigator.language]);
const initial: AppState = {
  lang: initialLang,
  visible: linked.visible ?? new Set(),
  selected: null,
  highlighted: [],
  focus: null,
  tab: linked.tab ?? 'feature',
  clause: linked.clause ?? null,
  paragraph: linked.paragraph ?? null,
  filters: linked.filters ?? NO_FILTERS,
  opacity: {},
  district: linked.district ?? null,
  basemap: linked.basemap ?? 'offline',
  basemapKey: storedText(TIANDITU_KEY),
  view: linked.view ?? null,
  compareYear: linked.compareYear ?? null,
  notices: fromUrl.ignored.length > 0 ? [`${t('urlIgnored', initialLang)}: ${fromUrl.ignored.join(', ')}`] : [],
  loads: Object.fromEntries(LAYERS.map((l) => [l.id, { state: 'loading' } as LayerLoad])),
  mapError: null,
  content: null,
  contentError: null,
  figures: new Map(),
  featureProps: new Map(),
  mode: 'select',
  measures: storedMeasures(),
  drawing: null,
  nearest: null,
  uncovered: null,
  imports: [],
};
const store = createStore(initial);

mountHeader(required('header'), store, rememberLang);
mountSearchBox(required('search'), store);
mountNotices(required('notices'), store);
// Service worker and offline notices: off the initial bundle.
void import('./ui/offline-status').then((m) => m.mountOfflineStatus(store));
const layerData = new Map<string, LayerFeatureCollection['features']>();
/** The app's layers and the user's imported ones, as analysis and export see them. */
const allLayerData = () => {
  const merged = new Map<string, readonly Feature<Geometry, Record<string, unknown>>[]>(layerData);
  for (const layer of store.get().imports)
    merged.set(layer.id, layer.collection.features as Feature<Geometry, Record<string, unknown>>[]);
  return merged;
};
let planMap: PlanMap | null = null;
mountLayerPanel(required('layer-panel'), store, {
  data: () => layerData,
  // The print renderer loads only when someone exports.
  png: async (preset, content) => {
    if (!planMap) throw new Error(t('mapFailed', store.get().lang));
    const { exportPng } = await import('./map/export-png');
    return exportPng(planMap.map, preset, content);
  },
});
mountSidePanel(required('side-panel'), store, allLayerData);
importsDb
  .all()
  .then((imports) => {
    if (imports.length === 0) return;
    const state = store.get();
    store.update({ imports, visible: new Set([...state.visible, ...imports.map((l) => l.id)]) });
  })
  .catch(() => undefined);
store.subscribe((state, previous) => {
  if (state.measures === previous.measures && state.basemapKey === previous.basemapKey) return;
  try {
    localStorage.setItem(MEASURES_KEY, JSON.stringify(state.measures));
    localStorage.setItem(TIANDITU_KEY, state.basemapKey);
  } catch {
    // Storage full or refused: measures still work for this visit.
  }
});
mountAttribution(required('attribution'), store);

// The URL is a view of the store. Camera moves replace the history entry; everything else adds one,
// so back and forward step through what the user did.
let applyingUrl = false;
store.subscribe((state, previous) => {
  if (applyingUrl) return;
  const hash = writeHash(toUrlState(state));
  if (hash === location.hash || (hash === '' && location.hash === '')) return;
  const onlyView = writeHash(toUrlState({ ...state, view: previous.view })) === location.hash;
  if (onlyView) history.replaceState(null, '', hash || location.pathname);
  else history.pushState(null, '', hash || location.pathname);
});
window.addEventListener('popstate', () => {
  const { state: url, ignored } = readHash(location.hash);
  const [layerId, featureId] = (url.selected ?? '').split('/');
  const properties = layerId && featureId ? store.get().featureProps.get(layerId)?.get(featureId) : undefined;
  applyingUrl = true;
  store.update({
    ...fromUrlState(url),
    selected: layerId && featureId && properties ? { layerId, featureId, properties } : null,
    highlighted: [],
    ...(ignored.length > 0 ? { notices: [`${t('urlIgnored', store.get().lang)}: ${ignored.join(', ')}`] } : {}),
  });
  applyingUrl = false;
});

function setLoad(layerId: string, load: LayerLoad): void {
  store.update({ loads: { ...store.get().loads, [layerId]: load } });
}

async function loadAll(planMap: PlanMap | null): Promise<void> {
  await planMap?.whenReady();
  const props = new Map<string, Map<string, Record<string, unknown>>>();
  await Promise.all(
    LAYERS.map(async (layer) => {
      const outcome = await loadLayer(layer.id, layerFileUrl(layer.file));
      if (!outcome.ok) return setLoad(layer.id, { state: 'failed', message: outcome.message });
      planMap?.setLayerData(layer.id, outcome.collection);
      layerData.set(layer.id, outcome.collection.features);
      props.set(layer.id, new Map(outcome.collection.features.map((f) => [f.properties.id, f.properties])));
      setLoad(layer.id, { state: 'ready', count: outcome.collection.features.length, problems: outcome.problems });
    }),
  );
  store.update({ featureProps: props });
  const district = store.get().district;
  if (district) openDistrict(store, district);
  const [selLayer, selId] = (fromUrl.state.selected ?? '').split('/');
  if (selLayer && selId && props.get(selLayer)?.has(selId)) {
    showFeatures(store, [{ layerId: selLayer, featureId: selId }], { fly: !fromUrl.state.view });
  }
  if (planMap) {
    planMap.map.once('idle', () => document.body.setAttribute('data-map-ready', 'true'));
    planMap.map.triggerRepaint();
  }
  const text = await loadCorpus(CORPUS_URL);
  if (!text.ok) return store.update({ contentError: text.message });
  const gazetteer = buildGazetteer(
    new Map(
      [...props].map(([layerId, features]) => [
        layerId,
        [...features.values()].map((p) => ({
          id: String(p.id),
          name_zh: String(p.name_zh),
          name_en: String(p.name_en),
        })),
      ]),
    ),
  );
  const content = linkCorpus(text.corpus, gazetteer);
  store.update({ content, figures: figuresByParagraph(content, props) });
  document.body.setAttribute('data-content-ready', 'true');
}

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
    /** For the benchmark: pans the camera for `ms` and counts the frames MapLibre drew. */
    framesWhilePanning: (ms: number) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const count = () => frames++;
        map.on('render', count);
        const start = performance.now();
        const centre = map.getCenter();
        const step = () => {
          const t = (performance.now() - start) / ms;
          if (t >= 1) {
            map.off('render', count);
            resolve(frames);
            return;
          }
          map.jumpTo({
            center: [centre.lng + 0.05 * Math.sin(t * 2 * Math.PI), centre.lat + 0.03 * Math.cos(t * 2 * Math.PI)],
          });
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
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
