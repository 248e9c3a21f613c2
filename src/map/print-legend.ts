/** The legend of a printed sheet: the visible plan layers with something inside the printed frame. Pure. */

import type { Feature, Geometry } from 'geojson';
import { type Bounds, boxesOverlap, featureBounds } from '../analysis/bounds';
import { stripBidi } from '../i18n/bidi';
import { formatValue } from '../i18n/fields';
import type { Lang } from '../i18n/strings';
import { ATTRIBUTIONS } from '../registry/attributions';
import { LAYERS } from '../registry/layers';
import { THEME } from '../registry/theme';
import type { PlanLayer } from '../registry/types';
import { BASEMAPS } from '../style/basemaps';
import { resolveColor } from '../style/colors';
import { featurePasses, type LayerFilters } from '../style/filters';
import { featureDash } from '../style/line-dash';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

export type { Bounds };

export interface LegendRow {
  label: string;
  color: string;
  swatch: 'fill' | 'line' | 'point';
  dash?: readonly number[];
}

/** Whether a feature's bounding box meets the frame: cheap, and never drops a feature that is drawn. */
export function meetsFrame(feature: AnyFeature, frame: Bounds): boolean {
  return boxesOverlap(featureBounds(feature), frame);
}

/**
 * Rows of a line layer whose dashes carry meaning (rail status): one per dash value shown, then,
 * when colour comes from the data, one per feature in its colour and dash.
 */
function dashedLineRows(layer: PlanLayer, shown: readonly AnyFeature[], lang: Lang): LegendRow[] {
  const style = layer.style;
  if (style.type !== 'line' || !style.dash) return [];
  const dash = style.dash;
  // Solid first, then in the order the record lists its dashes.
  const order = (value: string) => Object.keys(dash.map).indexOf(value);
  const values = [...new Set(shown.map((f) => String(f.properties[dash.property])))].sort(
    (a, b) => order(a) - order(b),
  );
  const perFeature = typeof style.color === 'object' && !style.color.map;
  return [
    ...values.map((value) => ({
      label: `  ${formatValue(value, lang)}`,
      color: THEME.analysis.legendNeutral,
      swatch: 'line' as const,
      dash: featureDash(dash, { [dash.property]: value }),
    })),
    ...(perFeature ? shown : []).map((f) => ({
      label: `  ${stripBidi(String(lang === 'zh' ? f.properties.name_zh : f.properties.name_en))}`,
      color: resolveColor(style.color, f.properties),
      swatch: 'line' as const,
      dash: featureDash(dash, f.properties),
    })),
  ];
}

/**
 * Legend rows for the visible plan layers, filters applied; with a `frame`, only the layers (and
 * per-feature rows) that have a feature inside it: the legend explains what the sheet shows.
 */
export function legendRows(
  data: ReadonlyMap<string, readonly AnyFeature[]>,
  visible: ReadonlySet<string>,
  filters: LayerFilters,
  lang: Lang,
  frame: Bounds | null = null,
): LegendRow[] {
  return LAYERS.filter((l) => visible.has(l.id) && l.group !== 'base').flatMap((layer) => {
    const features = data.get(layer.id) ?? [];
    const shown = features.filter(
      (f) => featurePasses(layer.id, f.properties, filters) && (!frame || meetsFrame(f, frame)),
    );
    // A layer not yet loaded is listed when printing the whole view; a frame needs its features.
    if (frame && shown.length === 0) return [];
    return [
      { label: layer.title[lang], color: layer.legend.color, swatch: layer.legend.swatch },
      ...dashedLineRows(layer, shown, lang),
    ];
  });
}

/** Credits for the sheet: the base under the plans first (OSM and the extract date), then every licence shown. */
export function sheetCredits(visible: ReadonlySet<string>, basemap: keyof typeof BASEMAPS, lang: Lang): string[] {
  const keys = new Set(LAYERS.filter((l) => visible.has(l.id)).flatMap((l) => l.attributions));
  keys.add('osm');
  return [BASEMAPS[basemap].attribution[lang], ...[...keys].map((k) => ATTRIBUTIONS[k]?.[lang] ?? '')].filter(Boolean);
}
