/**
 * Makes the sheet a user asked for (`state.print`): a PNG, a PDF of the view, or a district's plan
 * sheet, and downloads it. The PDF code and its font load only on the first request.
 */
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { districtItems } from '../analysis/district-items';
import { placePassageCount } from '../content/district-summary';
import { quotesAbout } from '../content/quotes';
import { type Lang, t } from '../i18n/strings';
import type { PlanMap } from '../map/plan-map';
import type { Bounds } from '../map/print-legend';
import { scaleLabel } from '../map/sheet-layout';
import { type AppState, allLayerData, type PrintRequest, type Store } from '../state/store';
import { downloadBlob } from './downloads';

function today(lang: Lang): string {
  return new Date().toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}

const districtName = (state: AppState, slug: string | null) => {
  const district = state.features.get('base-districts')?.find((d) => d.properties.id === slug);
  return district ? String(state.lang === 'zh' ? district.properties.name_zh : district.properties.name_en) : null;
};

/** Everything printed beside the map, in the user's language. */
async function sheetText(state: AppState, title: string) {
  const [{ legendRows, sheetCredits }, { planInForce }] = await Promise.all([
    import('../map/print-legend'),
    import('../ui/time-panel'),
  ]);
  const lang = state.lang;
  const year = state.filters.year;
  const district = districtName(state, state.district);
  const data = allLayerData(state);
  return {
    title,
    facts: [
      `${t('sheetYear', lang)}: ${year ?? t('sheetYearNow', lang)}`,
      `${t('sheetPlan', lang)}: ${planInForce(year ?? new Date().getFullYear(), lang)}`,
      ...(district ? [`${t('sheetDistrict', lang)}: ${district}`] : []),
      `${t('sheetDate', lang)}: ${today(lang)}`,
    ],
    credits: sheetCredits(state.visible, state.basemap, lang).join(' · '),
    url: location.href,
    labels: {
      legend: t('sheetLegend', lang),
      scale: `${t('pdfScale', lang)}`,
      north: t('sheetNorth', lang),
      qr: t('sheetQr', lang),
      sources: t('sheetSources', lang),
    },
    scaleLabel: (scale: number) => scaleLabel(scale, lang),
    legend: (frame: Bounds) => legendRows(data, state.visible, state.filters, lang, frame),
  };
}

async function makeDistrictSheet(state: AppState, map: PlanMap): Promise<Blob> {
  const [{ districtSheetPdf }, { districtSheet }] = await Promise.all([
    import('../map/print-pdf'),
    import('../content/district-sheet'),
  ]);
  const lang = state.lang;
  const district = state.features.get('base-districts')?.find((d) => d.properties.id === state.district);
  if (!district) throw new Error(t('districtUnknown', lang));
  const name = String(lang === 'zh' ? district.properties.name_zh : district.properties.name_en);
  const items = districtItems(
    {
      id: String(district.properties.id),
      name_zh: String(district.properties.name_zh),
      geometry: district.geometry as Polygon | MultiPolygon,
    },
    allLayerData(state),
  );
  const quotes = state.content ? quotesAbout(state.content, 'base-districts', String(district.properties.id)) : [];
  const title = t('districtSheetTitle', lang).replace('{name}', name);
  const text = await sheetText(state, title);
  // A margin round the district, so its border does not run along the frame.
  const [w, south, e, n] = turf.bbox(district);
  const dx = (e - w) * 0.06;
  const dy = (n - south) * 0.06;
  const bounds: Bounds = [w - dx, south - dy, e + dx, n + dy];
  const placePassages = state.content ? placePassageCount(state.content, items, quotes) : 0;
  const content = districtSheet(district, items, quotes, lang, placePassages);
  const labels = { planSays: t('districtPlanSays', lang), items: t('sheetItems', lang), more: t('sheetMore', lang) };
  const bytes = await districtSheetPdf(map, text, bounds, content, labels, lang);
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}

async function make(request: PrintRequest, state: AppState, map: PlanMap): Promise<{ name: string; blob: Blob }> {
  if (request.kind === 'pdf') {
    const { mapSheetPdf } = await import('../map/print-pdf');
    const text = await sheetText(state, request.title || t('appTitle', state.lang));
    const bytes = await mapSheetPdf(map, request, text, state.lang);
    const name = `shanghai-plans-${request.paper}-${request.orientation}.pdf`;
    return { name, blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }) };
  }
  if (request.kind === 'district')
    return { name: `${state.district ?? 'district'}-plan-sheet.pdf`, blob: await makeDistrictSheet(state, map) };
  const { exportPng } = await import('../map/export-png');
  const blob = await exportPng(map, request.preset, await sheetText(state, t('appTitle', state.lang)));
  return { name: `shanghai-plans-${request.preset}.png`, blob };
}

/** Watches for print requests; one sheet at a time, the status shown where it was asked for. */
export function installSheets(store: Store, map: PlanMap | null): void {
  store.select(
    (s) => s.print,
    (request) => {
      if (!request) return;
      const lang = store.get().lang;
      if (!map) {
        store.update({ printStatus: { state: 'failed', message: t('mapFailed', lang) } });
        return;
      }
      const working = request.kind === 'png' ? t('exporting', lang) : t('pdfMaking', lang);
      store.update({ printStatus: { state: 'working', message: working } });
      make(request, store.get(), map)
        .then(({ name, blob }) => {
          downloadBlob(name, blob);
          store.update({ printStatus: { state: 'done', message: `${t('exported', lang)} (${name})` } });
        })
        .catch((error: unknown) => {
          if (error instanceof Error && error.name === 'PdfFontMissing') {
            store.update({ printStatus: { state: 'failed', message: t('pdfFontMissing', lang) } });
            return;
          }
          const message = error instanceof Error ? error.message : String(error);
          store.update({ printStatus: { state: 'failed', message: `${t('exportFailed', lang)}: ${message}` } });
        });
    },
  );
}
