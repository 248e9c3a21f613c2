import type { FeatureCollection } from 'geojson';
import { html, nothing, type TemplateResult } from 'lit-html';
import { featuresCsv, layerCollection, visibleFeatures } from '../data/export-data';
import { t } from '../i18n/strings';
import { SCALES, scaleLabel } from '../map/sheet-layout';
import type { PlanLayer } from '../registry/types';
import { downloadFile, requestPrint } from '../state/actions';
import { type AppState, allLayerData, type Store } from '../state/store';
import type { PdfChoices } from '../state/tools';
import { shareView } from './share-panel';

/** Saves data as GeoJSON or CSV (app/downloads.ts writes the file). */
function save(store: Store, name: string, collection: FeatureCollection, format: 'geojson' | 'csv'): void {
  if (format === 'geojson') downloadFile(store, `${name}.geojson`, JSON.stringify(collection), 'application/geo+json');
  else downloadFile(store, `${name}.csv`, featuresCsv(collection, { geometry: true }), 'text/csv;charset=utf-8');
}

function downloadVisible(store: Store, format: 'geojson' | 'csv'): void {
  const s = store.get();
  save(store, 'visible-layers', visibleFeatures(allLayerData(s), s.visible, s.filters, s.imports), format);
}

function pdfForm(state: AppState, store: Store): TemplateResult {
  const lang = state.lang;
  const busy = state.printStatus?.state === 'working';
  const choices = state.pdf;
  const choose = (change: Partial<PdfChoices>) => store.update({ pdf: { ...store.get().pdf, ...change } });
  const pick = (key: keyof PdfChoices) => (event: Event) => {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    choose({ [key]: key === 'dpi' ? Number(value) : key === 'scale' && value !== 'fit' ? Number(value) : value });
  };
  const submit = (event: Event) => {
    event.preventDefault();
    requestPrint(store, { kind: 'pdf', ...store.get().pdf });
  };
  const paperOption = (paper: 'a4' | 'a3', orientation: 'portrait' | 'landscape') =>
    html`<option value=${`${paper}-${orientation}`} ?selected=${choices.paper === paper && choices.orientation === orientation}>
      ${paper.toUpperCase()} ${t(orientation === 'portrait' ? 'pdfPortrait' : 'pdfLandscape', lang)}
    </option>`;
  const pickPaper = (event: Event) => {
    const [paper, orientation] = (event.target as HTMLSelectElement).value.split('-') as [
      'a4' | 'a3',
      'portrait' | 'landscape',
    ];
    choose({ paper, orientation });
  };
  return html`<form class="pdf-form" data-testid="pdf-form" @submit=${submit}>
    <h3 class="pdf-wide">${t('pdfHeading', lang)}</h3>
    <label for="pdf-title">${t('pdfTitle', lang)}</label>
    <input id="pdf-title" data-testid="pdf-title" type="text" maxlength="80" .value=${choices.title}
      placeholder=${t('appTitle', lang)} @input=${pick('title')} />
    <label for="pdf-paper">${t('pdfPaper', lang)}</label>
    <select id="pdf-paper" data-testid="pdf-paper" @change=${pickPaper}>
      ${paperOption('a4', 'landscape')}${paperOption('a4', 'portrait')}${paperOption('a3', 'landscape')}${paperOption('a3', 'portrait')}
    </select>
    <label for="pdf-scale">${t('pdfScale', lang)}</label>
    <select id="pdf-scale" data-testid="pdf-scale" @change=${pick('scale')}>
      <option value="fit" ?selected=${choices.scale === 'fit'}>${t('pdfScaleFit', lang)}</option>
      ${SCALES.map((s) => html`<option value=${s} ?selected=${choices.scale === s}>${scaleLabel(s, lang)}</option>`)}
    </select>
    <label for="pdf-dpi">${t('pdfDpi', lang)}</label>
    <select id="pdf-dpi" data-testid="pdf-dpi" @change=${pick('dpi')}>
      ${[150, 300].map((d) => html`<option value=${d} ?selected=${choices.dpi === d}>${d} dpi</option>`)}
    </select>
    <button type="submit" class="pdf-wide" data-testid="export-pdf" ?disabled=${busy}>${t('pdfMake', lang)}</button>
  </form>`;
}

/** Print the view (PDF, PNG), save the visible data, share or embed the view. */
export function exportView(state: AppState, store: Store): TemplateResult {
  const lang = state.lang;
  const status = state.printStatus;
  const busy = status?.state === 'working';
  return html`<section class="tool export">
    <h2>${t('export', lang)}</h2>
    ${pdfForm(state, store)}
    <div class="buttons">
      <button type="button" data-testid="export-a4" ?disabled=${busy}
        @click=${() => requestPrint(store, { kind: 'png', preset: 'a4' })}>${t('exportA4', lang)}</button>
      <button type="button" data-testid="export-a3" ?disabled=${busy}
        @click=${() => requestPrint(store, { kind: 'png', preset: 'a3' })}>${t('exportA3', lang)}</button>
      <button type="button" data-testid="export-geojson" @click=${() => downloadVisible(store, 'geojson')}>
        ${t('exportGeoJson', lang)}</button>
      <button type="button" data-testid="export-csv" @click=${() => downloadVisible(store, 'csv')}>
        ${t('exportCsv', lang)}</button>
    </div>
    <p class=${status?.state === 'failed' ? 'hint failed' : 'hint'} role="status" data-testid="export-status">
      ${status?.message ?? nothing}</p>
    ${shareView(state, store)}
  </section>`;
}

/** A layer's own data, as the catalogue offers it: GeoJSON or CSV, the current filters applied. */
export function layerDownload(layer: PlanLayer, state: AppState, store: Store): TemplateResult {
  const lang = state.lang;
  const download = (format: 'geojson' | 'csv') => () =>
    save(store, layer.id, layerCollection(layer.id, allLayerData(store.get()), store.get().filters), format);
  return html`<details class="layer-download" data-testid="download-${layer.id}">
    <summary class="layer-download-summary">${t('layerDownload', lang)}</summary>
    <p class="hint">${t('layerDownloadHint', lang)}</p>
    <button type="button" class="layer-download-button" data-testid="download-${layer.id}-geojson" @click=${download('geojson')}>GeoJSON</button>
    <button type="button" class="layer-download-button" data-testid="download-${layer.id}-csv" @click=${download('csv')}>CSV</button>
  </details>`;
}
