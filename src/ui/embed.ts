import { html, nothing } from 'lit-html';
import { t } from '../i18n/strings';
import { LAYERS } from '../registry/layers';
import type { Panel } from './panel';

/** The full map's address: the same view without the embed switch. */
export function fullMapUrl(href: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.hash.replace(/^#/, ''));
  params.delete('embed');
  url.hash = params.toString();
  return url.toString();
}

/**
 * The minimal interface of an embedded map (#embed=1): the map, a legend to open and close, a link
 * to the full map, and the credits bar; app/embed-mode.ts hides the panels and shows this bar.
 */
export const embedPanel: Panel = {
  reads: (s) => [s.embed, s.lang, s.visible, s.embedLegendOpen],
  view: (state, store) => {
    if (!state.embed) return html`${nothing}`;
    const lang = state.lang;
    const open = state.embedLegendOpen;
    const shown = LAYERS.filter((l) => state.visible.has(l.id) && l.group !== 'base');
    return html`<button type="button" data-testid="embed-legend" aria-expanded=${String(open)} aria-controls="embed-legend-list"
        @click=${() => store.update({ embedLegendOpen: !store.get().embedLegendOpen })}>${t('embedLegend', lang)}</button>
      <a href=${fullMapUrl(location.href)} target="_blank" rel="noopener">${t('embedOpenFull', lang)}</a>
      <ul id="embed-legend-list" ?hidden=${!open}>
        ${shown.map(
          (l) => html`<li>
            <span class="swatch swatch-${l.legend.swatch}" style="--swatch: ${l.legend.color}" aria-hidden="true"></span>${l.title[lang]}
          </li>`,
        )}
      </ul>`;
  },
};
