import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Feature, Geometry } from 'geojson';
import { type GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { LAYERS } from '../registry/layers';
import type { AppState, Store } from '../state/store';
import { labelPoints, labelSourceId } from '../style/label-points';
import { buildMapStyle } from '../style/maplibre-style';
import { FONT_FACES } from './assets';
import { buildDeckLayers } from './deck-layers';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/**
 * The split view: a second map over the right part of the main one, showing another year, its
 * camera following the main map. It takes no pointer input except on the divider.
 */
export function attachCompareMap(
  main: MapLibreMap,
  store: Store,
  data: () => ReadonlyMap<string, readonly AnyFeature[]>,
): void {
  let compare: { map: MapLibreMap; overlay: MapLibreOverlay; frame: HTMLElement; year: number } | null = null;
  let split = 0.5;

  const filtersFor = (state: AppState, year: number) => ({ ...state.filters, year });

  const render = (state: AppState) => {
    if (!compare || state.compareYear === null) return;
    const filters = filtersFor(state, state.compareYear);
    const spec = buildMapStyle({
      layers: LAYERS,
      visible: state.visible,
      lang: state.lang,
      filters,
      opacity: state.opacity,
    });
    for (const layer of spec.layers) {
      if (!compare.map.getLayer(layer.id) || !('source' in layer)) continue;
      compare.map.setFilter(layer.id, 'filter' in layer ? (layer.filter ?? null) : null);
      compare.map.setLayoutProperty(layer.id, 'visibility', layer.layout?.visibility ?? 'visible');
      if (layer.type === 'symbol' && layer.layout?.['text-field']) {
        compare.map.setLayoutProperty(layer.id, 'text-field', layer.layout['text-field']);
      }
    }
    const deckData = new Map(
      [...data()]
        .filter(([id]) => LAYERS.find((l) => l.id === id)?.renderer === 'deck')
        .map(([id, fs]) => [id, [...fs]]),
    );
    compare.overlay.setProps({
      layers: buildDeckLayers({
        layers: LAYERS,
        data: deckData,
        visible: state.visible,
        selectedIds: new Set(),
        beforeId: undefined,
        filters,
        opacity: state.opacity,
      }),
    });
    (compare.frame.querySelector('.compare-year') as HTMLElement).textContent = String(state.compareYear);
    const left = main.getContainer().querySelector('.compare-year-left');
    if (left) left.textContent = String(state.filters.year ?? '');
  };

  const sync = () =>
    compare?.map.jumpTo({
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

  const open = (state: AppState, year: number) => {
    const container = main.getContainer();
    const frame = document.createElement('div');
    frame.className = 'compare-frame';
    frame.setAttribute('data-testid', 'compare-frame');
    const canvasHolder = document.createElement('div');
    canvasHolder.className = 'compare-map';
    // Inline, because MapLibre's own stylesheet makes every map container position: relative.
    canvasHolder.style.cssText = 'position:absolute;top:0;left:0;width:100%;height:100%';
    const divider = document.createElement('div');
    divider.className = 'compare-divider';
    divider.setAttribute('role', 'separator');
    divider.setAttribute('aria-orientation', 'vertical');
    divider.tabIndex = 0;
    const badge = document.createElement('span');
    badge.className = 'compare-year';
    const leftBadge = document.createElement('span');
    leftBadge.className = 'compare-year-left';
    container.append(leftBadge);
    frame.append(canvasHolder, divider, badge);
    container.append(frame);
    const map = new MapLibreMap({
      container: canvasHolder,
      style: buildMapStyle({
        layers: LAYERS,
        visible: state.visible,
        lang: state.lang,
        fontFaces: FONT_FACES,
        filters: filtersFor(state, year),
      }),
      interactive: false,
      attributionControl: false,
      center: main.getCenter(),
      zoom: main.getZoom(),
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
    map.addControl(overlay);
    compare = { map, overlay, frame, year };
    map.once('load', () => {
      loaded = true;
      loadData();
      render(store.get());
    });
    // Dragging the divider (mouse, touch or arrow keys) moves the split.
    divider.addEventListener('pointerdown', (event) => {
      divider.setPointerCapture(event.pointerId);
      const move = (e: PointerEvent) => {
        const box = container.getBoundingClientRect();
        split = Math.min(0.95, Math.max(0.05, (e.clientX - box.left) / box.width));
        clip();
      };
      divider.addEventListener('pointermove', move);
      divider.addEventListener('pointerup', () => divider.removeEventListener('pointermove', move), { once: true });
    });
    divider.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowLeft') split = Math.max(0.05, split - 0.05);
      if (event.key === 'ArrowRight') split = Math.min(0.95, split + 0.05);
      clip();
    });
    clip();
    sync();
  };

  let loaded = false;
  const loadData = () => {
    if (!compare || !loaded) return;
    for (const layer of LAYERS.filter((l) => l.renderer === 'maplibre')) {
      const collection = { type: 'FeatureCollection' as const, features: [...(data().get(layer.id) ?? [])] };
      (compare.map.getSource(layer.id) as GeoJSONSource | undefined)?.setData(collection);
      if (layer.label)
        (compare.map.getSource(labelSourceId(layer.id)) as GeoJSONSource | undefined)?.setData(labelPoints(collection));
    }
  };

  const close = () => {
    loaded = false;
    compare?.map.remove();
    compare?.frame.remove();
    main.getContainer().querySelector('.compare-year-left')?.remove();
    compare = null;
  };

  main.on('move', sync);
  const update = (state: AppState) => {
    if (state.compareYear === null) return close();
    if (!compare) open(state, state.compareYear);
    render(state);
  };
  update(store.get());
  store.subscribe((state, previous) => {
    if (
      state.compareYear !== previous.compareYear ||
      state.filters !== previous.filters ||
      state.visible !== previous.visible ||
      state.lang !== previous.lang ||
      state.featureProps !== previous.featureProps
    ) {
      update(state);
    }
    if (state.featureProps !== previous.featureProps) loadData();
  });
}
