import { type Lang, t } from '../i18n/strings';
import { LAYER_GROUPS, LAYERS } from '../registry/layers';
import type { PlanLayer } from '../registry/types';
import type { AppState, Store } from '../state/store';
import { el } from './dom';

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
  return { text: `${load.count} ${t('featureCount', state.lang)}${dropped}`, failed: load.problems.length > 0 };
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
  );
}

/** Layers grouped by theme, each with its legend swatch, on/off, count and load state. */
export function mountLayerPanel(root: HTMLElement, store: Store): void {
  const render = (state: AppState) => {
    const groups = LAYER_GROUPS.map((group) => {
      const members = LAYERS.filter((layer) => layer.group === group.id).reverse();
      return el(
        'section',
        { class: 'layer-group' },
        el('h3', {}, group.title[state.lang]),
        el('ul', {}, ...members.map((layer) => layerRow(layer, state, store))),
      );
    });
    const approximate = el(
      'p',
      { class: 'legend-approx' },
      el('span', { class: 'swatch swatch-dashed', 'aria-hidden': 'true' }),
      t('approximateLegend', state.lang),
    );
    // Re-rendering must not steal keyboard focus from the control the user just used.
    const focusedId = document.activeElement?.id;
    root.replaceChildren(el('h2', {}, t('layers', state.lang)), approximate, ...groups);
    if (focusedId) document.getElementById(focusedId)?.focus();
  };
  render(store.get());
  store.subscribe((state, previous) => {
    if (state.lang !== previous.lang || state.visible !== previous.visible || state.loads !== previous.loads)
      render(state);
  });
}
