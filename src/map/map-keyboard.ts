import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { t } from '../i18n/strings';
import type { Store } from '../state/store';
import type { PointerDispatch } from './click-dispatch';

/**
 * The map for keyboard users. MapLibre's own handler pans with the arrows and zooms with + and −
 * once the canvas has the focus; Enter here does what a click at the centre would (select the
 * feature there, or add a measure point). The canvas and the zoom buttons speak the interface language.
 */
export function attachMapKeyboard(map: MapLibreMap, store: Store, dispatch: PointerDispatch<MapMouseEvent>): void {
  const canvas = map.getCanvas();
  canvas.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const point = map.project(map.getCenter());
    dispatch.click({ point, lngLat: map.unproject(point), originalEvent: event } as unknown as MapMouseEvent);
  });
  store.select(
    (s) => s.lang,
    (lang) => {
      canvas.setAttribute('aria-label', t('mapLabel', lang));
      canvas.setAttribute('aria-keyshortcuts', 'ArrowUp ArrowDown ArrowLeft ArrowRight + - Enter');
      const controls: [string, 'mapZoomIn' | 'mapZoomOut' | 'mapResetNorth'][] = [
        ['.maplibregl-ctrl-zoom-in', 'mapZoomIn'],
        ['.maplibregl-ctrl-zoom-out', 'mapZoomOut'],
        ['.maplibregl-ctrl-compass', 'mapResetNorth'],
      ];
      for (const [selector, key] of controls) {
        const button = map.getContainer().querySelector(selector);
        button?.setAttribute('title', t(key, lang));
        button?.setAttribute('aria-label', t(key, lang));
      }
    },
    { immediate: true },
  );
}
