import type { MapGeoJSONFeature, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { closestHit } from '../analysis/closest-hit';
import { mostSpecific } from '../analysis/most-specific';
import { DEFAULT_REPORT_RADIUS_M, REPORT_RADII_M } from '../analysis/point-report';
import { LAYERS } from '../registry/layers';
import { type FeatureRef, openPointReport, type Store } from '../state/store';
import { styleLayerIds } from '../style/maplibre-style';
import type { PointerHandler } from './click-dispatch';

type Point = MapMouseEvent['point'];

/** A fingertip covers about this many CSS pixels around where it lands (a 44-px touch target). */
const FINGER_PX = 22;

/** A dot this close to the fingertip is what it meant, whatever lines run through it. */
const CLEAR_PX = 8;

/** A tap of a finger, not a click of a mouse or pen: it cannot point at one small dot among several. */
const isFinger = (event: MapMouseEvent) => (event.originalEvent as PointerEvent).pointerType === 'touch';

/** Style layers a pointer can hit: dots and lines first (thin targets win), then fills. */
const LINE_TARGETS = LAYERS.filter((l) => l.interactive)
  .flatMap(styleLayerIds)
  .filter((id) => /:(line|point)$/.test(id));
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

  function mapFeatureAt(point: Point): MapGeoJSONFeature | undefined {
    const { lng, lat } = map.unproject(point);
    const near = closestHit(dotsAndLinesNear(point, 4), [lng, lat]);
    if (near) return near;
    const features = store.get().features;
    return mostSpecific(map.queryRenderedFeatures(point, { layers: AREA_TARGETS }), (hit) =>
      features.get(hit.source)?.find((f) => f.properties.id === hit.properties.id),
    );
  }

  /** Areas under the point, each feature once. */
  function areasAt(point: Point): MapGeoJSONFeature[] {
    const seen = new Set<string>();
    return map.queryRenderedFeatures(point, { layers: AREA_TARGETS }).filter((hit) => {
      const key = `${hit.source}/${String(hit.properties.id)}`;
      return !seen.has(key) && seen.add(key);
    });
  }

  /**
   * What a fingertip means: a dot right under it when it is the only dot there, or the one feature
   * under it; several (dots, lines, areas) are listed in the point's report rather than guessed.
   */
  function fingerPick(point: Point): MapGeoJSONFeature | 'report' | undefined {
    const near = dotsAndLinesNear(point, FINGER_PX);
    const dots = near.filter((hit) => hit.geometry.type === 'Point');
    const [dot] = dots;
    if (dot && dots.length === 1 && dot.geometry.type === 'Point') {
      const at = map.project(dot.geometry.coordinates as [number, number]);
      if (Math.hypot(at.x - point.x, at.y - point.y) <= CLEAR_PX) return dot;
    }
    const all = [...near, ...areasAt(point)];
    return all.length > 1 ? 'report' : all[0];
  }

  return {
    name: 'plan layers',
    click(event) {
      const feature = isFinger(event) ? fingerPick(event.point) : mapFeatureAt(event.point);
      if (feature === 'report') {
        // The report reaches at least as far as the fingertip did, so all it covered is listed.
        const { lng, lat } = event.lngLat;
        const metresPerPixel = (40_075_017 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
        const reach = REPORT_RADII_M.find((r) => r >= FINGER_PX * metresPerPixel) ?? 0;
        openPointReport(store, lng, lat, {
          radius: Math.max(reach, store.get().report?.radius ?? DEFAULT_REPORT_RADIUS_M),
        });
        return true;
      }
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

/** While "What is here?" aims, a tap or click asks about the place tapped, not the feature there. */
export function reportOnAimedClick(store: Store): PointerHandler<MapMouseEvent> {
  return {
    name: 'aimed point report',
    click(event) {
      if (!store.get().aiming) return false;
      openPointReport(store, event.lngLat.lng, event.lngLat.lat);
      return true;
    },
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
