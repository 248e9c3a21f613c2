import { html, render, type TemplateResult } from 'lit-html';
import { t } from '../i18n/strings';
import { type AppState, openPointReport, type Store } from '../state/store';

export interface MapToolActions {
  /** The map's centre now, or null when there is no map. */
  centre(): [number, number] | null;
  /** Asks the browser for the user's position (src/app/geolocation.ts). */
  locate(): void;
  toggleLayers(): void;
  whatIsHere(at: [number, number]): void;
}

/**
 * Buttons over the map: "Layers" (on a phone, where the catalogue is a drawer), "What is here?" for
 * the map's centre, and "My location".
 */
export function mapToolsView(state: AppState, actions: MapToolActions): TemplateResult {
  const lang = state.lang;
  const centre = actions.centre();
  return html`<div class="map-tools" role="toolbar" aria-label=${t('reportTitle', lang)}>
    <button
      type="button"
      class="map-tool phone-only"
      data-testid="open-layers"
      aria-controls="layer-panel"
      aria-expanded=${String(state.layersOpen)}
      @click=${actions.toggleLayers}
    >${t('layers', lang)}</button>
    <button
      type="button"
      class="map-tool"
      data-testid="what-is-here"
      title=${t('whatIsHereTitle', lang)}
      ?disabled=${centre === null}
      @click=${() => {
        const at = actions.centre();
        if (at) actions.whatIsHere(at);
      }}
    >${t('whatIsHere', lang)}</button>
    <button
      type="button"
      class="map-tool"
      data-testid="my-location"
      title=${t('myLocationTitle', lang)}
      aria-busy=${String(state.locating)}
      ?disabled=${state.locating}
      @click=${actions.locate}
    >${state.locating ? t('locating', lang) : t('myLocation', lang)}</button>
  </div>`;
}

export function mountMapTools(
  root: HTMLElement,
  store: Store,
  actions: Pick<MapToolActions, 'centre' | 'locate'>,
): void {
  const all: MapToolActions = {
    ...actions,
    toggleLayers: () => store.update({ layersOpen: !store.get().layersOpen }),
    whatIsHere: ([lon, lat]) => openPointReport(store, lon, lat),
  };
  store.select(
    (s) => [s.lang, s.layersOpen, s.locating, s.features],
    (_, state) => render(mapToolsView(state, all), root),
    { immediate: true },
  );
}
