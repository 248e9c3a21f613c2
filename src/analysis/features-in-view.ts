import * as turf from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { LAYERS_IN_PANEL_ORDER } from '../registry/layers';
import { featurePasses, type LayerFilters } from '../style/filters';
import { type Bounds, boxesOverlap, boxWithin, featureBounds } from './bounds';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

export type { Bounds };

export interface InViewItem {
  featureId: string;
  name_zh: string;
  name_en: string;
  /** Rail status or other state, as the data words it (null when the layer has none). */
  status: string | null;
  accuracy: string | null;
}

export interface InViewGroup {
  layerId: string;
  items: InViewItem[];
  /** Features in view beyond `limit`, not listed. */
  more: number;
}

/** Whether any part of the feature lies in the view; the exact test runs only on box overlaps. */
export function isInView(feature: AnyFeature, view: Bounds): boolean {
  const box = featureBounds(feature);
  if (!boxesOverlap(box, view)) return false;
  if (boxWithin(box, view) || feature.geometry.type === 'Point') return true;
  return turf.booleanIntersects(feature, turf.bboxPolygon(view));
}

const text = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));

/**
 * The text alternative to the map: the features of the visible, clickable plan layers that lie in
 * `view` and pass the filters, grouped by layer in the layer panel's order (the plan's places before the
 * base districts), sorted by name, at most `limit`
 * listed per layer.
 */
export function featuresInView(
  features: ReadonlyMap<string, readonly AnyFeature[]>,
  visible: ReadonlySet<string>,
  filters: LayerFilters,
  view: Bounds,
  lang: 'zh' | 'en',
  limit = 50,
): InViewGroup[] {
  const groups: InViewGroup[] = [];
  for (const layer of LAYERS_IN_PANEL_ORDER) {
    if (!layer.interactive || !visible.has(layer.id)) continue;
    const found = (features.get(layer.id) ?? [])
      .filter((f) => featurePasses(layer.id, f.properties, filters) && isInView(f, view))
      .map((f) => ({
        featureId: text(f.properties.id),
        name_zh: text(f.properties.name_zh),
        name_en: text(f.properties.name_en) || text(f.properties.name_zh),
        status: f.properties.status == null ? null : text(f.properties.status),
        accuracy: f.properties.accuracy == null ? null : text(f.properties.accuracy),
      }))
      .sort((a, b) =>
        (lang === 'zh' ? a.name_zh : a.name_en).localeCompare(lang === 'zh' ? b.name_zh : b.name_en, lang),
      );
    if (found.length === 0) continue;
    groups.push({ layerId: layer.id, items: found.slice(0, limit), more: Math.max(0, found.length - limit) });
  }
  return groups;
}
