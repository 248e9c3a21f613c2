import type { MapGeoJSONFeature, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { closestHit } from '../analysis/closest-hit';
import { mostSpecific } from '../analysis/most-specific';
import { LAYERS } from '../registry/layers';
import type { FeatureRef, Store } from '../state/store';
import { styleLayerIds } from '../style/maplibre-style';
import type { PointerHandler } from './click-dispatch';

type Point = MapMouseEvent['point'];

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

  function mapFeatureAt(point: Point): MapGeoJSONFeature | undefined {
    const box: [[number, number], [number, number]] = [
      [point.x - 4, point.y - 4],
      [point.x + 4, point.y + 4],
    ];
    const { lng, lat } = map.unproject(point);
    const near = closestHit(map.queryRenderedFeatures(box, { layers: LINE_TARGETS }), [lng, lat]);
    if (near) return near;
    const features = store.get().features;
    return mostSpecific(map.queryRenderedFeatures(point, { layers: AREA_TARGETS }), (hit) =>
      features.get(hit.source)?.find((f) => f.properties.id === hit.properties.id),
    );
  }

  return {
    name: 'plan layers',
    click(event) {
      const feature = mapFeatureAt(event.point);
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
