import { type Lang, t } from '../i18n/strings';
import { LAYER_GROUPS, LAYERS } from '../registry/layers';
import type { PlanLayer } from '../registry/types';
import type { AppState, Store } from '../state/store';
import { featurePasses } from '../style/filters';
import { basemapPicker } from './basemap-picker';
import { districtPicker } from './district-view';
import { el, replaceKeepingFocus } from './dom';
import { type Exporter, exportSection } from './export-panel';
import { filtersFor, opacitySlider } from './layer-filters';

function swatch(layer: PlanLayer): HTMLElement {
  const span = el('span', { class: `swatch swatch-${layer.legend.swatch}`, 'aria-hidden': 'true' });
  span.style.setProperty('--swatch', layer.legend.color);
  return span;
}

function statusText(state: AppState, layer: PlanLayer): { text: string; failed: boolean } {
  const load = state.loads[layer.id];
  if (!load || load.state === 'loading') return { text: t('loading', state.lang), failed: false };
  if (load.state === 'failed') return { text: `${t('layerFailed', state.lang)}: ${load.message}`, failed: true };
  const dropped = load.problems.length > 0 ? ` · ${load.problems.length} ${t('featuresDropped', state.lang)}` : '';
  const props = [...(state.featureProps.get(layer.id)?.values() ?? [])];
  const shown = props.filter((p) => featurePasses(layer.id, p, state.filters)).length;
  const count = props.length > 0 && shown !== load.count ? `${shown} / ${load.count}` : String(load.count);
  return { text: `${count} ${t('featureCount', state.lang)}${dropped}`, failed: load.problems.length > 0 };
}

function layerRow(layer: PlanLayer, state: AppState, store: Store): HTMLElement {
  const lang: Lang = state.lang;
  const checkbox = el('input', { type: 'checkbox', id: `toggle-${layer.id}`, 'data-testid': `toggle-${layer.id}` });
  checkbox.checked = state.visible.has(layer.id);
  checkbox.addEventListener('change', () => {
    const visible = new Set(store.get().visible);
    if (checkbox.checked) visible.add(layer.id);
    else visible.delete(layer.id);
    store.update({ visible });
  });
  const status = statusText(state, layer);
  return el(
    'li',
    { class: 'layer-row', 'data-layer': layer.id },
    el(
      'label',
      { for: `toggle-${layer.id}` },
      checkbox,
      swatch(layer),
      el('span', { class: 'layer-title' }, layer.title[lang]),
    ),
    layer.legend.caption ? el('p', { class: 'layer-caption' }, layer.legend.caption[lang]) : null,
    el(
      'p',
      { class: status.failed ? 'layer-status failed' : 'layer-status', role: status.failed ? 'alert' : 'status' },
      status.text,
    ),
    state.visible.has(layer.id) ? filtersFor(layer.id, state, store) : null,
    state.visible.has(layer.id) && layer.group !== 'base' ? opacitySlider(layer.id, state, store) : null,
  );
}

function approximateToggle(state: AppState, store: Store): HTMLElement {
  const box = el('input', { type: 'checkbox', id: 'filter-approximate', 'data-testid': 'filter-approximate' });
  box.checked = state.filters.showApproximate;
  box.addEventListener('change', () =>
    store.update({ filters: { ...store.get().filters, showApproximate: box.checked } }),
  );
  return el('label', { class: 'legend-approx', for: 'filter-approximate' }, box, t('showApproximate', state.lang));
}

/** Layers grouped by theme, each with its legend swatch, on/off, count and load state. */
export function mountLayerPanel(root: HTMLElement, store: Store, exporter: Exporter): void {
  const data = exporter.data;
  const render = (state: AppState) => {
    const groups = LAYER_GROUPS.map((group) => {
      const members = LAYERS.filter((layer) => layer.group === group.id).reverse();
      return el(
        'section',
        { class: 'layer-group' },
        el('h3', {}, group.title[state.lang]),
        group.id === 'base' ? basemapPicker(state, store) : null,
        el('ul', {}, ...members.map((layer) => layerRow(layer, state, store))),
      );
    });
    const approximate = el(
      'p',
      { class: 'legend-approx' },
      el('span', { class: 'swatch swatch-dashed', 'aria-hidden': 'true' }),
      t('approximateLegend', state.lang),
    );
    replaceKeepingFocus(
      root,
      districtPicker(state, store, data),
      el('h2', {}, t('layers', state.lang)),
      approximate,
      approximateToggle(state, store),
      ...groups,
      exportSection(state, store, exporter),
    );
  };
  render(store.get());
  store.subscribe((state, previous) => {
    if (
      state.lang !== previous.lang ||
      state.visible !== previous.visible ||
      state.loads !== previous.loads ||
      state.filters !== previous.filters ||
      state.featureProps !== previous.featureProps ||
      state.district !== previous.district ||
      state.basemap !== previous.basemap
    )
      render(state);
  });
}
