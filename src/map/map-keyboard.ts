import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { PointerDispatch } from './click-dispatch';

/**
 * The map for keyboard users. MapLibre's own handler pans with the arrows and zooms with + and −
 * once the canvas has the focus; Enter here does what a click at the centre would (select the
 * feature there, or add a measure point). (control-labels.ts names the canvas and buttons.)
 */
export function attachMapKeyboard(map: MapLibreMap, dispatch: PointerDispatch<MapMouseEvent>): void {
  const canvas = map.getCanvas();
  canvas.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const point = map.project(map.getCenter());
    dispatch.click({ point, lngLat: map.unproject(point), originalEvent: event } as unknown as MapMouseEvent);
  });
  canvas.setAttribute('aria-keyshortcuts', 'ArrowUp ArrowDown ArrowLeft ArrowRight + - Enter');
}
