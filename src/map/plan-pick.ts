import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Feature, Geometry } from 'geojson';
import type { MapGeoJSONFeature, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { mostSpecific } from '../analysis/most-specific';
import { LAYERS } from '../registry/layers';
import type { FeatureRef, Store } from '../state/store';
import { styleLayerIds } from '../style/maplibre-style';
import type { PointerHandler } from './click-dispatch';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;
type Point = MapMouseEvent['point'];

/** What deck.gl has drawn at a point, or null; absent while deck.gl is not loaded. */
export type DeckPick = (point: Point) => FeatureRef | null;

/** Style layers a pointer can hit: lines first (thin targets win), then fills. */
const LINE_TARGETS = LAYERS.filter((l) => l.renderer === 'maplibre' && l.interactive)
  .flatMap(styleLayerIds)
  .filter((id) => /:(line|line-approx|point)$/.test(id));
const AREA_TARGETS = LAYERS.filter((l) => l.renderer === 'maplibre' && l.interactive)
  .flatMap(styleLayerIds)
  .filter((id) => /:fill$/.test(id));

function refOf(layerId: string, properties: Record<string, unknown>): FeatureRef {
  return { layerId, featureId: String(properties.id ?? ''), properties };
}

/** Picks from a deck.gl overlay within 4 px. */
export function deckPicker(overlay: MapLibreOverlay): DeckPick {
  return (point) => {
    const picked = overlay.pickObject({ x: point.x, y: point.y, radius: 4 });
    if (!picked?.object || !picked.layer) return null;
    const object = picked.object as { feature?: AnyFeature } & AnyFeature;
    const feature = object.feature ?? object;
    return refOf(picked.layer.id, feature.properties);
  };
}

/**
 * The plan layers under the pointer: deck.gl's first (when loaded), then MapLibre's lines, then the
 * most specific area. Claims a click on a feature (selects it) and lights the hovered one.
 */
export function planLayersPointer(map: MapLibreMap, store: Store, deckPick?: DeckPick): PointerHandler<MapMouseEvent> {
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
    const lines = map.queryRenderedFeatures(box, { layers: LINE_TARGETS });
    if (lines[0]) return lines[0];
    const features = store.get().features;
    return mostSpecific(map.queryRenderedFeatures(point, { layers: AREA_TARGETS }), (hit) =>
      features.get(hit.source)?.find((f) => f.properties.id === hit.properties.id),
    );
  }

  return {
    name: 'plan layers',
    click(event) {
      const deckRef = deckPick?.(event.point) ?? null;
      const feature = deckRef ? undefined : mapFeatureAt(event.point);
      const selected = deckRef ?? (feature ? refOf(feature.source, feature.properties) : null);
      if (!selected) return false;
      store.update({ selected, highlighted: [], tab: 'feature' });
      return true;
    },
    hover(event) {
      if (deckPick?.(event.point)) {
        setHover(null);
        return 'pointer';
      }
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
