import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { t } from '../i18n/strings';
import type { Store } from '../state/store';
import { BASEMAPS } from '../style/basemaps';

/** Tiles that fail before any arrives: more than a stray error, few enough to answer within seconds. */
const FAILURES_BEFORE_FALLBACK = 3;

/**
 * An online base that cannot be reached (no network, a blocked host) is not left as a blank map
 * under a credit for tiles nobody sees: the offline base comes back and a notice says why.
 */
export function attachOnlineBaseWatch(map: MapLibreMap, store: Store): void {
  let failures = 0;
  let arrived = 0;
  store.select(
    (s) => [s.basemap, s.basemapKey],
    () => {
      failures = 0;
      arrived = 0;
    },
  );
  map.on('sourcedata', (event: MapSourceDataEvent) => {
    if (event.sourceId === 'basemap' && event.tile) arrived += 1;
  });
  map.on('error', (event) => {
    // A tile's error names its source; MapLibre's type for the event does not say so.
    if ((event as { sourceId?: string }).sourceId !== 'basemap' || arrived > 0) return;
    failures += 1;
    const state = store.get();
    if (failures < FAILURES_BEFORE_FALLBACK || state.basemap === 'offline' || state.basemap === 'plain') return;
    const notice = t('onlineBaseUnreachable', state.lang).replace('{base}', BASEMAPS[state.basemap].title[state.lang]);
    store.update({ basemap: 'offline', notices: [...state.notices, notice] });
  });
}
