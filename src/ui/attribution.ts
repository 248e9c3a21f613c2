import { t } from '../i18n/strings';
import { ATTRIBUTIONS } from '../registry/attributions';
import { LAYERS } from '../registry/layers';
import type { AppState, Store } from '../state/store';
import { BASEMAPS, shownBasemap } from '../style/basemaps';
import { el } from './dom';

/** Credits for every licence the visible layers use, OSM's ODbL among them, and the search's dictionary. */
export function mountAttribution(root: HTMLElement, store: Store): void {
  const render = (state: AppState) => {
    const keys = new Set(LAYERS.filter((l) => state.visible.has(l.id)).flatMap((l) => l.attributions));
    keys.add('osm');
    // English search reads the plans through CC-CEDICT (CC BY-SA): credited whenever the app runs.
    keys.add('cedict');
    const items = [...keys].flatMap((key) => {
      const text = ATTRIBUTIONS[key];
      return text ? [el('li', {}, text[state.lang])] : [];
    });
    const base = BASEMAPS[shownBasemap(state.basemap, state.basemapKey)].attribution[state.lang];
    if (base) items.unshift(el('li', {}, base));
    root.replaceChildren(
      el('span', { class: 'attribution-title' }, `${t('attribution', state.lang)}:`),
      el('ul', {}, ...items),
    );
  };
  render(store.get());
  store.subscribe((state, previous) => {
    if (
      state.lang !== previous.lang ||
      state.visible !== previous.visible ||
      state.basemap !== previous.basemap ||
      state.basemapKey !== previous.basemapKey
    )
      render(state);
  });
}
