import { html, nothing, render } from 'lit-html';
import { t } from '../i18n/strings';
import { LAYERS } from '../registry/layers';
import type { AppState, Store } from '../state/store';

/** The full map's address: the same view without the embed switch. */
function fullMapUrl(href: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.hash.replace(/^#/, ''));
  params.delete('embed');
  url.hash = params.toString();
  return url.toString();
}

/**
 * The minimal interface of an embedded map (#embed=1): the map, a legend to open and close, a link
 * to the full map, and the credits bar; the panels are hidden by the `embed` class on <body>.
 */
export function mountEmbed(root: HTMLElement, store: Store): void {
  let legendOpen = false;
  const view = (state: AppState) => {
    if (!state.embed) return nothing;
    const lang = state.lang;
    const toggle = () => {
      legendOpen = !legendOpen;
      draw();
    };
    const shown = LAYERS.filter((l) => state.visible.has(l.id) && l.group !== 'base');
    return html`<button type="button" data-testid="embed-legend" aria-expanded=${String(legendOpen)} aria-controls="embed-legend-list"
        @click=${toggle}>${t('embedLegend', lang)}</button>
      <a href=${fullMapUrl(location.href)} target="_blank" rel="noopener">${t('embedOpenFull', lang)}</a>
      <ul id="embed-legend-list" ?hidden=${!legendOpen}>
        ${shown.map(
          (l) => html`<li>
            <span class="swatch swatch-${l.legend.swatch}" style="--swatch: ${l.legend.color}" aria-hidden="true"></span>${l.title[lang]}
          </li>`,
        )}
      </ul>`;
  };
  const draw = () => render(view(store.get()), root);
  store.select(
    (s) => [s.embed, s.lang, s.visible],
    (_, state) => {
      document.body.classList.toggle('embed', state.embed);
      root.hidden = !state.embed;
      draw();
    },
    { immediate: true },
  );
}
