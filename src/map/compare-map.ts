import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState, Store } from '../state/store';
import { createPlanView, type PlanView } from './plan-view';

/** The divider: dragged with mouse or touch, or moved with the arrow keys. */
function dividerElement(onMove: (split: (current: number) => number) => void, container: HTMLElement): HTMLElement {
  const divider = document.createElement('div');
  divider.className = 'compare-divider';
  divider.setAttribute('role', 'separator');
  divider.setAttribute('aria-orientation', 'vertical');
  divider.tabIndex = 0;
  divider.addEventListener('pointerdown', (event) => {
    divider.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => {
      const box = container.getBoundingClientRect();
      onMove(() => (e.clientX - box.left) / box.width);
    };
    divider.addEventListener('pointermove', move);
    divider.addEventListener('pointerup', () => divider.removeEventListener('pointermove', move), { once: true });
  });
  divider.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowLeft') onMove((split) => split - 0.05);
    if (event.key === 'ArrowRight') onMove((split) => split + 0.05);
  });
  return divider;
}

/**
 * The split view: a second plan view over the right part of the main map, showing another year
 * with the same base, layers and language, its camera following the main map. It takes no pointer
 * input except on the divider.
 */
export function attachCompareMap(main: MapLibreMap, store: Store): void {
  let compare: {
    view: PlanView;
    frame: HTMLElement;
    leftBadge: HTMLElement;
    /** The layer data last handed to the view, once its style has loaded. */
    features: unknown;
    ready: boolean;
  } | null = null;
  let split = 0.5;

  const sync = () =>
    compare?.view.map.jumpTo({
      center: main.getCenter(),
      zoom: main.getZoom(),
      bearing: main.getBearing(),
      pitch: main.getPitch(),
    });

  const clip = () => {
    if (!compare) return;
    compare.frame.style.clipPath = `inset(0 0 0 ${split * 100}%)`;
    (compare.frame.querySelector('.compare-divider') as HTMLElement).style.left = `${split * 100}%`;
  };

  const open = (state: AppState) => {
    const container = main.getContainer();
    const frame = document.createElement('div');
    frame.className = 'compare-frame';
    frame.setAttribute('data-testid', 'compare-frame');
    const canvasHolder = document.createElement('div');
    canvasHolder.className = 'compare-map';
    // Inline, because MapLibre's own stylesheet makes every map container position: relative.
    canvasHolder.style.cssText = 'position:absolute;top:0;left:0;width:100%;height:100%';
    const badge = document.createElement('span');
    badge.className = 'compare-year';
    const leftBadge = document.createElement('span');
    leftBadge.className = 'compare-year-left';
    const divider = dividerElement((next) => {
      split = Math.min(0.95, Math.max(0.05, next(split)));
      clip();
    }, container);
    frame.append(canvasHolder, divider, badge);
    container.append(leftBadge, frame);
    const view = createPlanView(canvasHolder, state, {
      filtersOf: (s) => ({ ...s.filters, year: s.compare.to }),
      analysis: false,
      map: {
        interactive: false,
        attributionControl: false,
        center: main.getCenter(),
        zoom: main.getZoom(),
        canvasContextAttributes: { preserveDrawingBuffer: true },
      },
    });
    const opened = { view, frame, leftBadge, features: null, ready: false };
    compare = opened;
    view.loaded.then(() => {
      opened.ready = true;
      draw(store.get());
    });
    clip();
  };

  const draw = (state: AppState) => {
    if (!compare || !state.compare.on) return;
    (compare.frame.querySelector('.compare-year') as HTMLElement).textContent = String(state.compare.to);
    compare.leftBadge.textContent = String(state.compare.from);
    if (!compare.ready) return;
    if (compare.features !== state.features) {
      compare.features = state.features;
      for (const [layerId, features] of state.features) compare.view.setLayerData(layerId, features);
    }
    compare.view.draw(state);
  };

  const close = () => {
    compare?.view.map.remove();
    compare?.frame.remove();
    compare?.leftBadge.remove();
    compare = null;
  };

  main.on('move', sync);
  const update = (state: AppState) => {
    if (!state.compare.on) return close();
    if (!compare) open(state);
    draw(state);
  };
  update(store.get());
  store.select(
    (s) => [s.compare, s.filters, s.visible, s.lang, s.opacity, s.basemap, s.basemapKey, s.features] as const,
    (_, state) => update(state),
  );
}
