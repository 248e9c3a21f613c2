import { html } from 'lit-html';
import { t } from '../i18n/strings';
import { ATTRIBUTIONS } from '../registry/attributions';
import { LAYERS } from '../registry/layers';
import { BASEMAPS, shownBasemap } from '../style/basemaps';
import type { Panel } from './panel';

/** Credits for every licence the visible layers use, OSM's ODbL among them, the base shown and the search's dictionary. */
export const attributionPanel: Panel = {
  reads: (s) => [s.lang, s.visible, s.basemap, s.basemapKey],
  view: (state) => {
    const keys = new Set(LAYERS.filter((l) => state.visible.has(l.id)).flatMap((l) => l.attributions));
    keys.add('osm');
    // English search reads the plans through CC-CEDICT (CC BY-SA): credited whenever the app runs.
    keys.add('cedict');
    const credits = [...keys].flatMap((key) => {
      const text = ATTRIBUTIONS[key];
      return text ? [text[state.lang]] : [];
    });
    const base = BASEMAPS[shownBasemap(state.basemap, state.basemapKey)].attribution[state.lang];
    if (base) credits.unshift(base);
    return html`<span class="attribution-title">${t('attribution', state.lang)}:</span>
      <ul>
        ${credits.map((credit) => html`<li>${credit}</li>`)}
      </ul>`;
  },
};
