import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans-sc/400.css';
import './ui/app.css';
import { syncHistory } from './app/history-sync';
import { loadData, restoreImports } from './app/load-data';
import { persistChoices, rememberLang, storedLang, storedMeasures, storedTiandituKey } from './app/persistence';
import { installSheets } from './app/sheets';
import { pickLanguage, t } from './i18n/strings';
import { installInspectHook } from './map/inspect-hook';
import { createPlanMap, type PlanMap } from './map/plan-map';
import { defaultState } from './state/initial';
import { ignoredNotice } from './state/link-check';
import { allLayerData, createStore } from './state/store';
import { readHash } from './state/url';
import { fromUrlState } from './state/url-sync';
import { mountAttribution } from './ui/attribution';
import { mountEmbed } from './ui/embed';
import { mountHeader } from './ui/header';
import { mountLayerPanel } from './ui/layer-panel';
import { mountNotices } from './ui/notices';
import { mountSearchBox } from './ui/search-box';
import { mountSidePanel } from './ui/side-panel';

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
}

const fromUrl = readHash(location.hash);
const linked = fromUrlState(fromUrl.state);
const lang = fromUrl.state.lang ?? pickLanguage(storedLang(), navigator.languages ?? [navigator.language]);
const initial = defaultState({
  ...linked,
  lang,
  basemapKey: storedTiandituKey(),
  measures: storedMeasures(),
  notices: ignoredNotice(fromUrl.ignored, lang),
});
const store = createStore(initial);

// First paint: the map and its default layers. Panels mount around it; the plan texts, analysis
// and time tools load after the layers, or when first opened.
const mapContainer = required('map');
let planMap: PlanMap | null = null;
try {
  planMap = createPlanMap(mapContainer, store);
  planMap.map.on('error', (event) => console.warn('map:', event.error?.message ?? event));
  installInspectHook(planMap.map);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  store.update({ mapError: message });
  mapContainer.replaceChildren(document.createTextNode(`${t('mapFailed', initial.lang)} (${message})`));
  mapContainer.classList.add('map-failed');
}
store.select(
  (s) => s.lang,
  (value) => mapContainer.setAttribute('aria-label', t('mapLabel', value)),
  { immediate: true },
);
loadData(store, planMap, { selected: fromUrl.state.selected, hasView: fromUrl.state.view !== null })
  .catch((error: unknown) =>
    store.update({ notices: [...store.get().notices, error instanceof Error ? error.message : String(error)] }),
  )
  // The service worker saves the app for offline use (several MB): started after the map and texts so
  // it never competes with first paint; its notices load off the initial bundle.
  .finally(() => import('./ui/offline-status').then((m) => m.mountOfflineStatus(store)));

mountHeader(required('header'), store, rememberLang);
mountSearchBox(required('search'), store);
mountNotices(required('notices'), store);
mountLayerPanel(required('layer-panel'), store, () => allLayerData(store.get()));
// Sheets (PNG, PDF, a district's plan) are made when asked for; their code loads then.
installSheets(store, planMap);
mountSidePanel(required('side-panel'), store, () => allLayerData(store.get()));
mountAttribution(required('attribution'), store);
mountEmbed(required('embed-bar'), store);
restoreImports(store);
persistChoices(store);
syncHistory(store);
