/**
 * The map view as data: what the style shows for a state (filters, opacity, visibility, label
 * language, online base), and the operations that turn one description into the next, as
 * MapLibre's own setState/diffStyles does. Pure: no map, no DOM; plan-view applies the operations.
 */
import type {
  FilterSpecification,
  FontFacesSpecification,
  RasterSourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/strings';
import { LAYERS } from '../registry/layers';
import { THEME } from '../registry/theme';
import { buildBasemapStyle } from '../style/basemap-style';
import { type BasemapId, basemapSource } from '../style/basemaps';
import type { LayerFilters } from '../style/filters';
import { buildMapStyle } from '../style/maplibre-style';

/** What a view draws from the app state. */
export interface ViewInput {
  visible: ReadonlySet<string>;
  lang: Lang;
  filters: LayerFilters;
  opacity: Readonly<Record<string, number>>;
  basemap: BasemapId;
  basemapKey: string;
}

/** The parts of one style layer that a state change may alter, each as its style value. */
export interface LayerView {
  filter: FilterSpecification | null;
  layout: Record<string, unknown>;
  paint: Record<string, unknown>;
}

export interface MapViewDescription {
  layers: Record<string, LayerView>;
  /** The online raster base under the plan layers, or none. */
  raster: RasterSourceSpecification | null;
}

export type MapOperation =
  | { op: 'setFilter'; layer: string; value: FilterSpecification | null }
  | { op: 'setLayoutProperty' | 'setPaintProperty'; layer: string; name: string; value: unknown }
  | { op: 'removeRaster' }
  | { op: 'addRaster'; source: RasterSourceSpecification };

/** The raster base lies under the districts, above the offline land and sea. */
export const RASTER_BELOW = 'base-districts:fill';

/** The whole style of a view: the registry's layers and the offline basemap, in the one theme. */
export function viewStyle(input: ViewInput, tileUrl: string, fontFaces?: FontFacesSpecification): StyleSpecification {
  const basemap = buildBasemapStyle({ tileUrl, lang: input.lang, visible: input.basemap === 'offline', theme: THEME });
  return buildMapStyle({
    layers: LAYERS,
    visible: input.visible,
    lang: input.lang,
    theme: THEME,
    filters: input.filters,
    opacity: input.opacity,
    basemap,
    ...(fontFaces ? { fontFaces } : {}),
  });
}

/** What a state change may alter in a style: filters, visibility, label text, opacities. */
export function describeStyle(style: StyleSpecification, raster: RasterSourceSpecification | null): MapViewDescription {
  const layers: Record<string, LayerView> = {};
  for (const layer of style.layers) {
    if (!('source' in layer)) continue;
    const layout = (layer.layout ?? {}) as Record<string, unknown>;
    const paint = (layer.paint ?? {}) as Record<string, unknown>;
    layers[layer.id] = {
      filter: ('filter' in layer ? layer.filter : undefined) ?? null,
      layout: {
        visibility: layout.visibility ?? 'visible',
        ...(layer.type === 'symbol' && layout['text-field'] !== undefined
          ? { 'text-field': layout['text-field'] }
          : {}),
      },
      paint: Object.fromEntries(Object.entries(paint).filter(([name]) => name.endsWith('opacity'))),
    };
  }
  return { layers, raster };
}

export function describeView(input: ViewInput, tileUrl: string): MapViewDescription {
  return describeStyle(viewStyle(input, tileUrl), basemapSource(input.basemap, input.basemapKey));
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The map operations that turn the view `before` into `after`; none when they are the same. */
export function diffViews(before: MapViewDescription, after: MapViewDescription): MapOperation[] {
  const ops: MapOperation[] = [];
  for (const [id, next] of Object.entries(after.layers)) {
    const prior = before.layers[id];
    // A layer the style never had cannot be changed, only rebuilt; none appears after load.
    if (!prior) continue;
    if (!same(prior.filter, next.filter)) ops.push({ op: 'setFilter', layer: id, value: next.filter });
    for (const [name, value] of Object.entries(next.layout)) {
      if (!same(prior.layout[name], value)) ops.push({ op: 'setLayoutProperty', layer: id, name, value });
    }
    for (const [name, value] of Object.entries(next.paint)) {
      if (!same(prior.paint[name], value)) ops.push({ op: 'setPaintProperty', layer: id, name, value });
    }
  }
  if (!same(before.raster, after.raster)) {
    if (before.raster) ops.push({ op: 'removeRaster' });
    if (after.raster) ops.push({ op: 'addRaster', source: after.raster });
  }
  return ops;
}
