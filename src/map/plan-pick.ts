import type { MapGeoJSONFeature, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { closestHit } from '../analysis/closest-hit';
import { mostSpecific } from '../analysis/most-specific';
import { LAYERS } from '../registry/layers';
import { type FeatureRef, openPointReport, type Store } from '../state/store';
import { styleLayerIds } from '../style/maplibre-style';
import type { PointerHandler } from './click-dispatch';

type Point = MapMouseEvent['point'];

/** A fingertip covers about this many CSS pixels around where it lands (a 44-px touch target). */
const FINGER_PX = 22;

/** A tap of a finger, not a click of a mouse or pen: it cannot point at one small dot among several. */
const isFinger = (event: MapMouseEvent) => (event.originalEvent as PointerEvent).pointerType === 'touch';

/** Style layers a pointer can hit: dots and lines first (thin targets win), then fills. */
const LINE_TARGETS = LAYERS.filter((l) => l.interactive)
  .flatMap(styleLayerIds)
  .filter((id) => /:(line|line-approx|point)$/.test(id));
const AREA_TARGETS = LAYERS.filter((l) => l.interactive)
  .flatMap(styleLayerIds)
  .filter((id) => /:fill$/.test(id));

function refOf(layerId: string, properties: Record<string, unknown>): FeatureRef {
  return { layerId, featureId: String(properties.id ?? ''), properties };
}

/**
 * The plan layers under the pointer: the dot or line nearest to it, else the most specific area.
 * Claims a click on a feature (selects it) and lights the hovered one.
 */
export function planLayersPointer(map: MapLibreMap, store: Store): PointerHandler<MapMouseEvent> {
  let hovered: { source: string; id: string | number } | null = null;
  const setHover = (next: typeof hovered) => {
    if (hovered?.source === next?.source && hovered?.id === next?.id) return;
    if (hovered && map.getSource(hovered.source)) map.setFeatureState(hovered, { hover: false });
    hovered = next;
    if (hovered) map.setFeatureState(hovered, { hover: true });
  };

  /** The dots and lines within `radius` pixels, each feature once. */
  function dotsAndLinesNear(point: Point, radius: number): MapGeoJSONFeature[] {
    const box: [[number, number], [number, number]] = [
      [point.x - radius, point.y - radius],
      [point.x + radius, point.y + radius],
    ];
    const seen = new Set<string>();
    return map.queryRenderedFeatures(box, { layers: LINE_TARGETS }).filter((hit) => {
      const key = `${hit.source}/${String(hit.properties.id)}`;
      return !seen.has(key) && seen.add(key);
    });
  }

  function mapFeatureAt(point: Point, radius = 4): MapGeoJSONFeature | undefined {
    const { lng, lat } = map.unproject(point);
    const near = closestHit(dotsAndLinesNear(point, radius), [lng, lat]);
    if (near) return near;
    const features = store.get().features;
    return mostSpecific(map.queryRenderedFeatures(point, { layers: AREA_TARGETS }), (hit) =>
      features.get(hit.source)?.find((f) => f.properties.id === hit.properties.id),
    );
  }

  return {
    name: 'plan layers',
    click(event) {
      // Several dots or lines under a fingertip: list them all in the point's report, not a guess.
      if (isFinger(event) && dotsAndLinesNear(event.point, FINGER_PX).length > 1) {
        openPointReport(store, event.lngLat.lng, event.lngLat.lat);
        return true;
      }
      const feature = mapFeatureAt(event.point, isFinger(event) ? FINGER_PX : 4);
      if (!feature) return false;
      const selected = refOf(feature.source, feature.properties);
      store.update({ selected, highlighted: [], tab: 'feature' });
      return true;
    },
    hover(event) {
      const feature = mapFeatureAt(event.point);
      setHover(feature?.id !== undefined ? { source: feature.source, id: feature.id } : null);
      return feature ? 'pointer' : null;
    },
    leave: () => setHover(null),
  };
}

/** A right-click or a long press anywhere on the map asks what is planned there. */
export function reportOnPress(store: Store): PointerHandler<MapMouseEvent> {
  return {
    name: 'point report',
    click: () => false,
    press(at) {
      openPointReport(store, at.lng, at.lat);
      return true;
    },
  };
}

/** The last word in select mode: a click on nothing clears the selection. */
export function clearSelectionOnClick(store: Store): PointerHandler<MapMouseEvent> {
  return {
    name: 'nothing',
    click() {
      store.update({ selected: null, highlighted: [] });
      return true;
    },
  };
}
