import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans-sc/400.css';
import './ui/app.css';
import './ui/phone.css';
import { announceChanges } from './app/announcements';
import { syncBottomSheet } from './app/bottom-sheet';
import { syncDialogs } from './app/dialogs';
import { syncDocumentLanguage } from './app/document-lang';
import { syncEmbedMode } from './app/embed-mode';
import { syncHistory } from './app/history-sync';
import { syncImports } from './app/imports-sync';
import { syncLayerDrawer } from './app/layer-drawer';
import { loadData } from './app/load-data';
import { answerMapTools } from './app/map-tools';
import { installPanelPlugins } from './app/panel-plugins';
import { persistChoices, rememberLanguage, storedLang, storedMeasures, storedTiandituKey } from './app/persistence';
import { scrollToParagraph } from './app/scroll-to-paragraph';
import { installSheets } from './app/sheets';
import { pickLanguage, t } from './i18n/strings';
import { installInspectHook } from './map/inspect-hook';
import { createPlanMap, type PlanMap } from './map/plan-map';
import { THEME } from './registry/theme';
import { defaultState } from './state/initial';
import { ignoredNotice } from './state/link-check';
import { createStore } from './state/store';
import { readHash } from './state/url';
import { fromUrlState } from './state/url-sync';
import { attributionPanel } from './ui/attribution';
import { sheetHandlePanel } from './ui/bottom-sheet';
import { embedPanel } from './ui/embed';
import { headerPanel } from './ui/header';
import { layerPanel } from './ui/layer-panel';
import { mountLiveRegion } from './ui/live-region';
import { mapToolsPanel } from './ui/map-tools';
import { noticesPanel } from './ui/notices';
import { mountPanel } from './ui/panel';
import { searchPanel } from './ui/search-box';
import { shortcutsDialog } from './ui/shortcuts-dialog';
import { mountSidePanel } from './ui/side-panel';

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
}

// Phases of the first load, read by `npm run bench` (performance marks cost nothing when unread).
performance.mark('app:modules-evaluated');
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
// The panels' few plan colours come from the one theme the map draws with.
document.documentElement.style.setProperty('--key-area', THEME.keyArea);

// First paint: the map and its default layers. Panels mount around it; the plan texts, analysis
// and time tools load after the layers, or when first opened.
const mapContainer = required('map');
const mapTools = required('map-tools');
let planMap: PlanMap | null = null;
try {
  // On a phone the half-open sheet covers the map's lower half: what the user picks is fitted above it.
  const phone = matchMedia('(max-width: 600px)');
  // The half sheet is 50dvh from the window's foot; only the part over the map's own box hides the map.
  const sheetCover = () =>
    phone.matches && store.get().sheet === 'half'
      ? Math.max(0, mapContainer.getBoundingClientRect().bottom - window.innerHeight / 2)
      : 0;
  planMap = createPlanMap(mapContainer, store, sheetCover);
  planMap.map.on('error', (event) => console.warn('map:', event.error?.message ?? event));
  installInspectHook(planMap.map);
  void planMap.whenReady().then(() => performance.mark('app:style-loaded'));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  store.update({ mapError: message });
  mapContainer.replaceChildren(document.createTextNode(`${t('mapFailed', initial.lang)} (${message})`), mapTools);
  mapContainer.classList.add('map-failed');
}
syncDocumentLanguage(store, { map: 'mapRegion', 'layer-panel': 'layers', 'side-panel': 'sidePanelLabel' });
loadData(store, planMap, { selected: fromUrl.state.selected, hasView: fromUrl.state.view !== null })
  .catch((error: unknown) =>
    store.update({ notices: [...store.get().notices, error instanceof Error ? error.message : String(error)] }),
  )
  // The service worker saves the app for offline use (several MB): started after the map and texts so
  // it never competes with first paint; its notices load off the initial bundle.
  .finally(() => import('./app/service-worker').then((m) => m.installServiceWorker(store)))
  // The analysis tools load off the first paint; fetched now, their tab opens at once.
  .finally(() => import('./ui/analysis-panel'));

performance.mark('app:map-created');
mountLiveRegion(required('live-region'));
mountPanel(required('header'), store, headerPanel);
installPanelPlugins(store);
mountPanel(required('search'), store, searchPanel);
mountPanel(required('notices'), store, noticesPanel);
mountPanel(required('layer-panel'), store, layerPanel);
// Sheets (PNG, PDF, a district's plan) are made when asked for; their code loads then.
installSheets(store, planMap);
syncLayerDrawer(store, required('layer-panel'));
mountSidePanel(required('side-panel'), store);
mountPanel(required('sheet-bar'), store, sheetHandlePanel);
syncBottomSheet(store, required('side-panel'));
mountPanel(mapTools, store, mapToolsPanel);
answerMapTools(store, () => {
  const centre = planMap?.map.getCenter();
  return centre ? [centre.lng, centre.lat] : null;
});
scrollToParagraph(store);
mountPanel(required('attribution'), store, attributionPanel);
// On a phone the credits scroll within two lines: focusable, so a keyboard can scroll them too.
required('attribution').tabIndex = 0;
mountPanel(required('dialogs'), store, shortcutsDialog);
syncDialogs(store, required('dialogs'), () => planMap?.map.getCanvas() ?? null);
announceChanges(store);
rememberLanguage(store);
void syncImports(store, { selected: fromUrl.state.selected });
mountPanel(required('embed-bar'), store, embedPanel);
syncEmbedMode(store, required('embed-bar'));
persistChoices(store);
syncHistory(store);
performance.mark('app:panels-mounted');
