import { featuresCsv, visibleFeatures } from '../data/export-data';
import { stripBidi } from '../i18n/bidi';
import { formatValue } from '../i18n/fields';
import { type Lang, t } from '../i18n/strings';
import type { PrintContent } from '../map/export-png';
import { ATTRIBUTIONS } from '../registry/attributions';
import { LAYERS } from '../registry/layers';
import { RAIL_STATUSES } from '../registry/types';
import type { AppState, Store } from '../state/store';
import { BASEMAPS } from '../style/basemaps';
import { dashFor } from '../style/deck-data';
import { featurePasses, type LayerFilters } from '../style/filters';
import { el } from './dom';
import { downloadBlob, downloadText } from './download';

export interface Exporter {
  png(preset: 'a4' | 'a3', content: PrintContent): Promise<Blob>;
  data(): ReadonlyMap<
    string,
    readonly import('geojson').Feature<import('geojson').Geometry, Record<string, unknown>>[]
  >;
}

/** The rail lines on the printed map: how each status is drawn, then each line in its colour. */
function railLegend(
  features: readonly import('geojson').Feature<import('geojson').Geometry, Record<string, unknown>>[],
  filters: LayerFilters,
  lang: Lang,
): PrintContent['legend'] {
  const shown = features.filter((f) => featurePasses('rail-lines', f.properties, filters));
  const statuses = RAIL_STATUSES.filter((status) => shown.some((f) => f.properties.status === status));
  return [
    ...statuses.map((status) => ({
      label: `  ${formatValue(status, lang)}`,
      color: '#555555',
      swatch: 'line' as const,
      dash: dashFor(status).every((d) => d === 0) ? undefined : dashFor(status),
    })),
    ...shown.map((f) => ({
      label: `  ${stripBidi(String(lang === 'zh' ? f.properties.name_zh : f.properties.name_en))}`,
      color: typeof f.properties.color === 'string' ? f.properties.color : '#555555',
      swatch: 'line' as const,
      dash: f.properties.status === 'operating' ? undefined : dashFor(f.properties.status),
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
          ...(l.id === 'rail-lines' ? railLegend(exporter.data().get(l.id) ?? [], current.filters, lang) : []),
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
