import { html, nothing } from 'lit-html';
import { countOf, t } from '../i18n/strings';
import { LAYER_GROUPS, LAYERS_IN_PANEL_ORDER, UNCERTAINTY_DISC_MAX_M } from '../registry/layers';
import type { PlanLayer } from '../registry/types';
import { toggleLayer } from '../state/actions';
import type { AppState, Store } from '../state/store';
import { mainFilters } from '../state/time';
import { featurePasses } from '../style/filters';
import { basemapPickerView } from './basemap-picker';
import { districtPicker } from './district-view';
import { exportView, layerDownload } from './export-panel';
import { filtersFor, opacitySlider } from './layer-filters';
import type { Panel } from './panel';

const swatch = (layer: PlanLayer) =>
  html`<span class="swatch swatch-${layer.legend.swatch}" style="--swatch: ${layer.legend.color}" aria-hidden="true"></span>`;

function statusText(state: AppState, layer: PlanLayer): { text: string; failed: boolean } {
  const load = state.loads[layer.id];
  if (!load || load.state === 'loading') return { text: t('loading', state.lang), failed: false };
  if (load.state === 'failed') return { text: `${t('layerFailed', state.lang)}: ${load.message}`, failed: true };
  const dropped = load.problems.length > 0 ? ` · ${load.problems.length} ${t('featuresDropped', state.lang)}` : '';
  const props = [...(state.featureProps.get(layer.id)?.values() ?? [])];
  const shown = props.filter((p) => featurePasses(layer.id, p, mainFilters(state))).length;
  const total = countOf(load.count, 'featureCountOne', 'featureCount', state.lang);
  const count = props.length > 0 && shown !== load.count ? `${shown} / ${total}` : total;
  return { text: `${count}${dropped}`, failed: load.problems.length > 0 };
}

function layerRow(layer: PlanLayer, state: AppState, store: Store) {
  const status = statusText(state, layer);
  const shown = state.visible.has(layer.id);
  const toggle = (event: Event) => toggleLayer(store, layer.id, (event.target as HTMLInputElement).checked);
  return html`<li class="layer-row" data-layer=${layer.id}>
    <label for="toggle-${layer.id}"
      ><input type="checkbox" id="toggle-${layer.id}" data-testid="toggle-${layer.id}" .checked=${shown} @change=${toggle} />${swatch(
        layer,
      )}<span class="layer-title">${layer.title[state.lang]}</span></label
    >
    ${layer.legend.caption ? html`<p class="layer-caption">${layer.legend.caption[state.lang]}</p>` : nothing}
    <p class=${status.failed ? 'layer-status failed' : 'layer-status'} role=${status.failed ? 'alert' : 'status'}>${status.text}</p>
    ${shown ? filtersFor(layer, state, store) : nothing}
    ${shown && layer.group !== 'base' ? opacitySlider(layer.id, state, store) : nothing}
    ${state.loads[layer.id]?.state === 'ready' ? layerDownload(layer, state, store) : nothing}
  </li>`;
}

/** On a phone the catalogue is a drawer over the map: its close button (app/layer-drawer.ts moves the focus). */
const drawerHead = (state: AppState, store: Store) =>
  html`<div class="drawer-head phone-only">
    <button type="button" class="close" data-testid="close-layers" aria-label=${t('close', state.lang)}
      @click=${() => store.update({ layersOpen: false })}>×</button>
  </div>`;

/**
 * Layers grouped by theme, each with its legend swatch, on/off, count, load state and filters; the
 * district chooser above, the base switch in the base group, export and share below. lit-html
 * updates the rows in place, so an open <details> or a slider being dragged stays as it is.
 */
export const layerPanel: Panel = {
  reads: (s) => [
    s.lang,
    s.visible,
    s.loads,
    s.filters,
    s.featureProps,
    s.features,
    s.opacity,
    s.printStatus,
    s.pdf,
    s.district,
    s.basemap,
    s.basemapKey,
    s.share,
    s.imports,
  ],
  view: (state, store) => {
    const showApproximate = (event: Event) =>
      store.update({
        filters: { ...store.get().filters, showApproximate: (event.target as HTMLInputElement).checked },
      });
    return html`${drawerHead(state, store)}
      ${districtPicker(state, store)}
      <h2>${t('layers', state.lang)}</h2>
      <p class="legend-approx">
        <span class="swatch swatch-dashed" aria-hidden="true"></span>${t('approximateLegend', state.lang)}
      </p>
      <p class="legend-approx hint" data-testid="legend-error-radius">${t('errorRadiusLegend', state.lang)}</p>
      <p class="legend-approx hint" data-testid="legend-wide-radius">
        ${t('wideRadiusLegend', state.lang).replace('{km}', String(UNCERTAINTY_DISC_MAX_M / 1000))}
      </p>
      <label class="legend-approx" for="filter-approximate"
        ><input
          type="checkbox"
          id="filter-approximate"
          data-testid="filter-approximate"
          .checked=${state.filters.showApproximate}
          @change=${showApproximate}
        />${t('showApproximate', state.lang)}</label
      >
      ${LAYER_GROUPS.map((group) => {
        const members = LAYERS_IN_PANEL_ORDER.filter((layer) => layer.group === group.id);
        return html`<section class="layer-group">
          <h3>${group.title[state.lang]}</h3>
          ${group.id === 'base' ? basemapPickerView(state, store) : nothing}
          <ul>
            ${members.map((layer) => layerRow(layer, state, store))}
          </ul>
        </section>`;
      })}
      ${exportView(state, store)}`;
  },
};
