import type { Map as MapLibreMap } from 'maplibre-gl';
import { t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import { outsideStreetCoverage } from '../style/basemap-style';

/** A line on the map when the detailed base is on and the view is beyond its streets. */
export function attachStreetCoverageHint(map: MapLibreMap, store: Store): void {
  const hint = document.createElement('p');
  hint.className = 'street-coverage-hint';
  hint.setAttribute('role', 'status');
  hint.dataset.testid = 'street-coverage-hint';
  map.getContainer().append(hint);
  const update = (state: AppState) => {
    const bounds = map.getBounds();
    const view = { west: bounds.getWest(), south: bounds.getSouth(), east: bounds.getEast(), north: bounds.getNorth() };
    const show = state.basemap === 'offline' && outsideStreetCoverage(view, map.getZoom());
    hint.hidden = !show;
    hint.textContent = show ? t('streetCoverageOutside', state.lang) : '';
  };
  map.on('moveend', () => update(store.get()));
  store.select(
    (s) => [s.lang, s.basemap] as const,
    (_, state) => update(state),
  );
  update(store.get());
}
