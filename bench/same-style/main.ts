/**
 * The benchmark's second reference: MapLibre alone drawing the app's own style (the one the style
 * builders make for a fresh visit: plan layers, offline OSM basemap, fonts, filters), the same map
 * options and controls, and the same layer data, with no panels, deck.gl, search or plan text.
 * The app's time to ready over this page's is the app's own overhead.
 */
import type { GeoJSONSourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { type GeoJSONSource, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { pickLanguage } from '../../src/i18n/strings';
import { FONT_FACES, layerFileUrl } from '../../src/map/assets';
import { HOME_VIEW, SHANGHAI_BOUNDS } from '../../src/map/plan-map';
import { LAYERS } from '../../src/registry/layers';
import { THEME } from '../../src/registry/theme';
import { defaultState } from '../../src/state/initial';
import { mainFilters } from '../../src/state/time';
import { BASEMAP_TILE_DIR, BASEMAP_TILE_TEMPLATE } from '../../src/style/basemap-schema';
import { buildBasemapStyle } from '../../src/style/basemap-style';
import { labelPoints, labelSourceId } from '../../src/style/label-points';
import { buildMapStyle } from '../../src/style/maplibre-style';

setWorkerUrl(workerUrl);
const state = defaultState({ lang: pickLanguage(null, navigator.languages ?? [navigator.language]) });
// The map takes the box the app's layout gives it (the benchmark passes it: #box=left,top,width,height).
const box = /box=([\d.]+),([\d.]+),([\d.]+),([\d.]+)/.exec(location.hash);
const container = document.getElementById('map') as HTMLElement;
if (box) {
  const [left, top, width, height] = box.slice(1).map((n) => `${n}px`);
  Object.assign(container.style, { position: 'absolute', left, top, width, height });
}
// The tiles are served from the app's build beside this page (bench/browser.ts).
const tileUrl = `${location.origin}/${BASEMAP_TILE_DIR}${BASEMAP_TILE_TEMPLATE}`;
const style = buildMapStyle({
  layers: LAYERS,
  visible: state.visible,
  lang: state.lang,
  theme: THEME,
  fontFaces: FONT_FACES,
  filters: mainFilters(state),
  opacity: state.opacity,
  basemap: buildBasemapStyle({ tileUrl, lang: state.lang, visible: state.basemap === 'offline', theme: THEME }),
});
// MapLibre's own way to load GeoJSON: its worker fetches and parses each file.
for (const layer of LAYERS) {
  const url = layerFileUrl(layer.file);
  if (url) (style.sources[layer.id] as GeoJSONSourceSpecification).data = new URL(url, document.baseURI).href;
}
const map = new MapLibreMap({
  container,
  style,
  center: HOME_VIEW.center,
  zoom: HOME_VIEW.zoom,
  maxBounds: SHANGHAI_BOUNDS,
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: true },
  // As the app's maps (src/map/plan-view.ts): labels placed at once, the style not re-validated.
  fadeDuration: 0,
  validateStyle: false,
});
map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
// Label points (one per area) are computed from the data, as the app does.
const labelled = LAYERS.filter((layer) => layer.label);
const labels = Promise.all(
  labelled.map(async (layer) => {
    const response = await fetch(layerFileUrl(layer.file) ?? '');
    return { layer, points: labelPoints(await response.json()) };
  }),
);
map.once('load', async () => {
  performance.mark('ref:style-loaded');
  for (const { layer, points } of await labels) {
    (map.getSource(labelSourceId(layer.id)) as GeoJSONSource).setData(points);
  }
  map.once('idle', () => {
    performance.mark('ref:ready');
    document.body.setAttribute('data-map-ready', 'true');
  });
  map.triggerRepaint();
});
(window as unknown as { planViewer: object }).planViewer = {
  framesWhilePanning: async (ms: number) => (await import('../../src/map/bench-frames')).framesWhilePanning(map, ms),
};
