import { html, nothing } from 'lit-html';
import { t } from '../i18n/strings';
import { askMap } from '../state/actions';
import type { Panel } from './panel';

/**
 * Buttons over the map: "Layers" (on a phone, where the catalogue is a drawer), "What is here?" and
 * "My location" (app/map-tools.ts answers the last two). "What is here?" first shows a cross at the
 * map's centre and says how to aim it (a phone has no right-click and hides long press), then asks
 * about the point under the cross; a tap on the map while aiming asks about that place instead.
 */
export const mapToolsPanel: Panel = {
  reads: (s) => [s.lang, s.layersOpen, s.locating, s.mapError, s.aiming],
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
        aria-pressed=${String(state.aiming)}
        ?disabled=${state.mapError !== null}
        @click=${() => store.update({ aiming: !store.get().aiming })}
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
    </div>
    ${
      state.aiming
        ? html`<div class="aim-cross" aria-hidden="true"></div>
          <div class="aim-bar" role="group" aria-labelledby="aim-hint" data-testid="aim-bar">
            <p id="aim-hint">${t('aimHint', lang)}</p>
            <button type="button" class="map-tool aim-ask" data-testid="aim-ask" @click=${() => askMap(store, 'here')}>
              ${t('aimAsk', lang)}
            </button>
            <button type="button" class="map-tool" data-testid="aim-cancel" @click=${() => store.update({ aiming: false })}>
              ${t('aimCancel', lang)}
            </button>
          </div>`
        : nothing
    }`;
  },
};
