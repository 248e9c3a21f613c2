import { featuresCsv, visibleFeatures } from '../data/export-data';
import { stripBidi } from '../i18n/bidi';
import { formatValue } from '../i18n/fields';
import { type Lang, t } from '../i18n/strings';
import type { PrintContent } from '../map/export-png';
import { ATTRIBUTIONS } from '../registry/attributions';
import { LAYERS } from '../registry/layers';
import type { PlanLayer } from '../registry/types';
import type { AppState, Store } from '../state/store';
import { BASEMAPS } from '../style/basemaps';
import { resolveColor } from '../style/colors';
import { featurePasses, type LayerFilters } from '../style/filters';
import { featureDash } from '../style/line-dash';
import { el } from './dom';
import { downloadBlob, downloadText } from './download';

export interface Exporter {
  png(preset: 'a4' | 'a3', content: PrintContent): Promise<Blob>;
  data(): ReadonlyMap<
    string,
    readonly import('geojson').Feature<import('geojson').Geometry, Record<string, unknown>>[]
  >;
}

/**
 * Legend rows of a line layer whose dashes carry meaning (rail status): one row per dash value shown,
 * then, when colour comes from the data, one row per feature in its colour and dash.
 */
function dashedLineLegend(
  layer: PlanLayer,
  features: readonly import('geojson').Feature<import('geojson').Geometry, Record<string, unknown>>[],
  filters: LayerFilters,
  lang: Lang,
): PrintContent['legend'] {
  const style = layer.style;
  if (style.type !== 'line' || !style.dash) return [];
  const dash = style.dash;
  const shown = features.filter((f) => featurePasses(layer.id, f.properties, filters));
  // Solid first, then in the order the record lists its dashes.
  const order = (value: string) => Object.keys(dash.map).indexOf(value);
  const values = [...new Set(shown.map((f) => String(f.properties[dash.property])))].sort(
    (a, b) => order(a) - order(b),
  );
  const perFeature = typeof style.color === 'object' && !style.color.map;
  return [
    ...values.map((value) => ({
      label: `  ${formatValue(value, lang)}`,
      color: '#555555',
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

/** Print-ready PNG of the current map and the visible data as GeoJSON or CSV. */
export function exportSection(state: AppState, store: Store, exporter: Exporter): HTMLElement {
  const lang = state.lang;
  const status = el('p', { class: 'hint', role: 'status', 'data-testid': 'export-status' });
  const png = (preset: 'a4' | 'a3') => async () => {
    const current = store.get();
    status.textContent = t('exporting', lang);
    const visible = LAYERS.filter((l) => current.visible.has(l.id) && l.group !== 'base');
    // The sheet prints the base under the plans, so its credit (OSM and the extract date) comes first.
    const credits = [
      BASEMAPS[current.basemap].attribution[lang],
      ...[...new Set(visible.flatMap((l) => l.attributions).concat('osm'))].map((k) => ATTRIBUTIONS[k]?.[lang] ?? ''),
    ].filter(Boolean);
    try {
      const blob = await exporter.png(preset, {
        title: t('appTitle', lang),
        date: new Date().toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
        }),
        legend: visible.flatMap((l) => [
          { label: l.title[lang], color: l.legend.color, swatch: l.legend.swatch },
          ...dashedLineLegend(l, exporter.data().get(l.id) ?? [], current.filters, lang),
        ]),
        attribution: credits.join(' · '),
        northLabel: lang === 'zh' ? '北' : 'N',
      });
      downloadBlob(`shanghai-plans-${preset}.png`, blob);
      status.textContent = t('exported', lang);
    } catch (error) {
      status.textContent = `${t('exportFailed', lang)}: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const collection = () => {
    const current = store.get();
    return visibleFeatures(exporter.data(), current.visible, current.filters, current.imports);
  };
  const button = (label: string, onClick: () => void, testId: string) => {
    const b = el('button', { type: 'button', 'data-testid': testId }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  return el(
    'section',
    { class: 'tool export' },
    el('h2', {}, t('export', lang)),
    el(
      'div',
      { class: 'buttons' },
      button(t('exportA4', lang), () => void png('a4')(), 'export-a4'),
      button(t('exportA3', lang), () => void png('a3')(), 'export-a3'),
      button(
        t('exportGeoJson', lang),
        () => downloadText('visible-layers.geojson', JSON.stringify(collection()), 'application/geo+json'),
        'export-geojson',
      ),
      button(
        t('exportCsv', lang),
        () => downloadText('visible-layers.csv', featuresCsv(collection()), 'text/csv'),
        'export-csv',
      ),
    ),
    status,
  );
}
