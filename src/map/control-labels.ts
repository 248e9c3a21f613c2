import type { Map as MapLibreMap } from 'maplibre-gl';
import { type Lang, t } from '../i18n/strings';
import type { Store } from '../state/store';

/** MapLibre's own buttons, by class, and the interface string each is named with. */
const CONTROLS = [
  ['.maplibregl-ctrl-zoom-in', 'zoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'zoomOut'],
  ['.maplibregl-ctrl-compass', 'resetNorth'],
] as const;

/**
 * MapLibre names its controls once, in English, when they are added; this names them in the
 * interface language and again whenever it changes, so a screen reader and a tooltip agree with the page.
 */
export function labelMapControls(map: MapLibreMap, store: Store): void {
  const label = (lang: Lang) => {
    for (const [selector, key] of CONTROLS) {
      const button = map.getContainer().querySelector(selector);
      button?.setAttribute('title', t(key, lang));
      button?.setAttribute('aria-label', t(key, lang));
    }
    map.getCanvas().setAttribute('aria-label', t('mapLabel', lang));
  };
  store.select((s) => s.lang, label, { immediate: true });
}
