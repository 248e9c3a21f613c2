/**
 * The benchmark's reference: MapLibre alone showing the same default GeoJSON layers with plain
 * styles, no deck.gl, fonts, panels or plan text. The app's time to ready is compared with this.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { LAYERS } from '../../src/registry/layers';

const urls = import.meta.glob('../../geo/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>;
setWorkerUrl(workerUrl);
const shown = LAYERS.filter((l) => l.defaultVisible);
const map = new MapLibreMap({
  container: 'map',
  center: [121.47, 31.2],
  zoom: 8.6,
  style: {
    version: 8,
    sources: Object.fromEntries(shown.map((l) => [l.id, { type: 'geojson', data: urls[`../../geo/${l.file}`] ?? '' }])),
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe9ee' } },
      ...shown.flatMap((l) => [
        {
          id: `${l.id}:fill`,
          type: 'fill' as const,
          source: l.id,
          filter: ['==', ['geometry-type'], 'Polygon'] as never,
          paint: { 'fill-color': l.legend.color, 'fill-opacity': 0.5 },
        },
        { id: `${l.id}:line`, type: 'line' as const, source: l.id, paint: { 'line-color': l.legend.color } },
      ]),
    ],
  },
});
map.once('idle', () => document.body.setAttribute('data-map-ready', 'true'));
