import { html } from 'lit-html';
import { t } from '../i18n/strings';
import { askMap } from '../state/actions';
import type { Panel } from './panel';

/**
 * Buttons over the map: "Layers" (on a phone, where the catalogue is a drawer), "What is here?" for
 * the map's centre, and "My location" (app/map-tools.ts answers the last two).
 */
export const mapToolsPanel: Panel = {
  reads: (s) => [s.lang, s.layersOpen, s.locating, s.mapError],
  view: (state, store) => {
    const lang = state.lang;
    return html`<div class="map-tools" role="toolbar" aria-label=${t('reportTitle', lang)}>
      <button
        type="button"
        class="map-tool phone-only"
        data-testid="open-layers"
        aria-controls="layer-panel"
        aria-expanded=${String(state.layersOpen)}
        @click=${() => store.update({ layersOpen: !store.get().layersOpen })}
      >${t('layers', lang)}</button>
      <button
        type="button"
        class="map-tool"
        data-testid="what-is-here"
        title=${t('whatIsHereTitle', lang)}
        ?disabled=${state.mapError !== null}
        @click=${() => askMap(store, 'here')}
      >${t('whatIsHere', lang)}</button>
      <button
        type="button"
        class="map-tool"
        data-testid="my-location"
        title=${t('myLocationTitle', lang)}
        aria-busy=${String(state.locating)}
        ?disabled=${state.locating}
        @click=${() => askMap(store, 'locate')}
      >${state.locating ? t('locating', lang) : t('myLocation', lang)}</button>
    </div>`;
  },
};
