import { html, type TemplateResult } from 'lit-html';
import { t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import { BASEMAPS, type BasemapId, GCJ02_NOTE, shownBasemap } from '../style/basemaps';

const IDS = Object.keys(BASEMAPS) as BasemapId[];

/**
 * The base switch: the detailed OpenStreetMap base (default, offline), the plain land and sea, or
 * an online base. The detailed base says where its streets end.
 */
export function basemapPickerView(state: AppState, store: Store): TemplateResult {
  const lang = state.lang;
  const pick = (event: Event) => store.update({ basemap: (event.target as HTMLSelectElement).value as BasemapId });
  const setKey = (event: Event) => store.update({ basemapKey: (event.target as HTMLInputElement).value.trim() });
  return html`<div class="basemap">
    <label for="basemap-picker">${t('basemap', lang)}</label>
    <select id="basemap-picker" data-testid="basemap-picker" @change=${pick}>
      ${IDS.map((id) => html`<option value=${id} ?selected=${state.basemap === id}>${BASEMAPS[id].title[lang]}</option>`)}
    </select>
    ${
      state.basemap === 'tianditu'
        ? html`<input
            type="password"
            id="tianditu-key"
            autocomplete="off"
            placeholder=${t('tiandituKey', lang)}
            aria-label=${t('tiandituKey', lang)}
            .value=${state.basemapKey}
            @change=${setKey}
          />`
        : null
    }
    ${
      shownBasemap(state.basemap, state.basemapKey) !== state.basemap
        ? html`<p class="hint" role="status" data-testid="basemap-needs-key">${t('tiandituNoKey', lang)}</p>`
        : null
    }
    ${
      state.basemap === 'offline'
        ? html`<p class="hint basemap-coverage" data-testid="street-coverage-note">
            <span class="swatch swatch-coverage" aria-hidden="true"></span>${t('streetCoverageNote', lang)}
          </p>`
        : null
    }
    <p class="hint">${GCJ02_NOTE[lang]}</p>
  </div>`;
}
