import * as turf from '@turf/turf';
import { type GeoJSONSource, type Map as MapLibreMap, Marker } from 'maplibre-gl';
import { t } from '../i18n/strings';
import { THEME } from '../registry/theme';
import type { Store } from '../state/store';

const SOURCE = 'point-report';

/**
 * The point of an open "What is planned here?" report: a pin, and a dashed ring of the radius the
 * report looks within, so the user sees what "nearby" covers.
 */
export function attachPointMarker(map: MapLibreMap, store: Store): void {
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: `${SOURCE}:ring`,
    type: 'line',
    source: SOURCE,
    paint: { 'line-color': THEME.analysis.measure, 'line-width': 1.5, 'line-dasharray': [3, 2], 'line-opacity': 0.8 },
  });
  const pin = document.createElement('div');
  pin.className = 'report-pin';
  pin.setAttribute('data-testid', 'report-pin');
  pin.setAttribute('role', 'img');
  const marker = new Marker({ element: pin, anchor: 'bottom' });
  store.select(
    (s) => [s.report, s.lang],
    (_, state) => {
      const report = state.report;
      const ring = report ? [turf.circle(report.at, report.radius, { units: 'meters', steps: 96 })] : [];
      (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(turf.featureCollection(ring));
      if (!report) {
        marker.remove();
        return;
      }
      pin.setAttribute('aria-label', t('reportTitle', state.lang));
      marker.setLngLat(report.at).addTo(map);
    },
    { immediate: true },
  );
}
