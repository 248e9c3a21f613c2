import type { Feature, Geometry, MultiPolygon } from 'geojson';
import type { CoverageArea, CoverageRow, Facility } from '../analysis/coverage';
import { type AreaSet, areasFor, type FacilityLayer, facilitiesFor } from '../analysis/inputs';
import { formatArea, formatLength, lineLengthM, ringAreaM2 } from '../analysis/measure';
import { type Lang, type StringKey, t } from '../i18n/strings';
import { RAIL_STATUSES, type RailStatus } from '../registry/types';
import type { AppState, Measure, Store } from '../state/store';
import { el } from './dom';
import { downloadText, toCsv } from './download';
import { createImportPanel } from './import-panel';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;
type Data = ReadonlyMap<string, readonly AnyFeature[]>;

interface CoverageForm {
  facilities: FacilityLayer;
  statuses: RailStatus[];
  radiusM: number;
  by: AreaSet | 'drawn';
}

interface CoverageView {
  rows: CoverageRow[];
  /** With planned lines, for the comparison column. */
  planned?: CoverageRow[];
  sortBy: keyof CoverageRow;
  descending: boolean;
  progress: number | null;
  error?: string;
}

function button(label: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attributes }, label);
  b.addEventListener('click', onClick);
  return b;
}

function measureValue(measure: Measure, lang: Lang): string {
  return measure.kind === 'line'
    ? `${t('distance', lang)} ${formatLength(lineLengthM(measure.points), lang)}`
    : `${t('area', lang)} ${formatArea(ringAreaM2(measure.points), lang)}`;
}

function measuresGeoJson(measures: readonly Measure[]): string {
  const features = measures.map((m) => ({
    type: 'Feature',
    properties: {
      id: m.id,
      kind: m.kind,
      length_m: m.kind === 'line' ? Math.round(lineLengthM(m.points)) : null,
      area_m2: m.kind === 'area' ? Math.round(ringAreaM2(m.points)) : null,
    },
    geometry:
      m.kind === 'line'
        ? { type: 'LineString', coordinates: m.points }
        : { type: 'Polygon', coordinates: [[...m.points, m.points[0]]] },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
}

/** Runs coverage in a Web Worker; resolves with rows and the uncovered shape. */
function runInWorker(
  areas: CoverageArea[],
  facilities: Facility[],
  radiusM: number,
  onProgress: (share: number) => void,
): Promise<{ rows: CoverageRow[]; uncovered: MultiPolygon }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../analysis/coverage.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent) => {
      const message = event.data as
        | { type: 'progress'; done: number; total: number }
        | { type: 'result'; rows: CoverageRow[]; uncovered: MultiPolygon }
        | { type: 'error'; message: string };
      if (message.type === 'progress') onProgress(message.done / Math.max(1, message.total));
      else {
        worker.terminate();
        if (message.type === 'result') resolve(message);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ areas, facilities, radiusM });
  });
}

/** Measure, nearest and coverage tools, with their results as text, tables and bars. */
export function createAnalysisPanel(store: Store, data: () => Data) {
  const importer = createImportPanel(store, () =>
    (data().get('rail-stations') ?? []).flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry] : [])),
  );
  const form: CoverageForm = { facilities: 'rail-stations', statuses: ['operating'], radiusM: 800, by: 'new-towns' };
  let view: CoverageView | null = null;
  let rerender: () => void = () => undefined;

  const areasForForm = (): CoverageArea[] | null => {
    if (form.by !== 'drawn') return areasFor(form.by, data());
    const drawn = [...store.get().measures].reverse().find((m) => m.kind === 'area' && m.points.length >= 3);
    if (!drawn) return null;
    return [
      {
        id: drawn.id,
        name_zh: '绘制的面',
        name_en: 'Drawn area',
        shape: { type: 'Polygon', coordinates: [[...drawn.points, drawn.points[0] as [number, number]]] },
        population: null,
      },
    ];
  };

  const run = async (compare: boolean) => {
    const areas = areasForForm();
    if (!areas) {
      view = {
        rows: [],
        sortBy: 'share',
        descending: true,
        progress: null,
        error: t('needDrawnArea', store.get().lang),
      };
      return rerender();
    }
    view = { rows: [], sortBy: view?.sortBy ?? 'share', descending: view?.descending ?? true, progress: 0 };
    rerender();
    const progress = (share: number) => {
      if (view) view.progress = share;
      rerender();
    };
    try {
      const statuses: RailStatus[] = compare ? ['operating'] : form.statuses;
      const today = await runInWorker(areas, facilitiesFor(form.facilities, data(), statuses), form.radiusM, progress);
      let planned: CoverageRow[] | undefined;
      let uncovered = today.uncovered;
      if (compare) {
        const later = await runInWorker(
          areas,
          facilitiesFor(form.facilities, data(), [...RAIL_STATUSES]),
          form.radiusM,
          progress,
        );
        planned = later.rows;
        uncovered = later.uncovered;
      }
      view = {
        rows: today.rows,
        sortBy: view.sortBy,
        descending: view.descending,
        progress: null,
        ...(planned ? { planned } : {}),
      };
      store.update({ uncovered });
    } catch (error) {
      view = { rows: [], sortBy: 'share', descending: true, progress: null, error: String(error) };
    }
    rerender();
  };

  const formView = (lang: Lang): HTMLElement => {
    const facilities = el(
      'select',
      { 'data-testid': 'coverage-facilities' },
      ...(['rail-stations', 'parks', 'industrial-parks'] as const).map((f) => {
        const option = el('option', { value: f }, t(`facility.${f}` as StringKey, lang));
        option.selected = form.facilities === f;
        return option;
      }),
      // Imported point and area layers can be facilities too.
      ...store.get().imports.map((layer) => {
        const option = el('option', { value: layer.id }, layer.name);
        option.selected = form.facilities === layer.id;
        return option;
      }),
    );
    facilities.addEventListener('change', () => {
      form.facilities = facilities.value as FacilityLayer;
      rerender();
    });
    const statuses = el(
      'fieldset',
      { class: 'statuses' },
      el('legend', {}, t('withStatus', lang)),
      ...RAIL_STATUSES.map((status) => {
        const box = el('input', { type: 'checkbox', value: status, 'data-testid': `coverage-status-${status}` });
        box.checked = form.statuses.includes(status);
        box.addEventListener('change', () => {
          form.statuses = RAIL_STATUSES.filter((s) => (s === status ? box.checked : form.statuses.includes(s)));
        });
        return el('label', {}, box, t(`status.${status}` as StringKey, lang));
      }),
    );
    const radius = el('input', {
      type: 'number',
      min: '50',
      max: '5000',
      step: '50',
      list: 'radius-presets',
      'data-testid': 'coverage-radius',
    });
    radius.value = String(form.radiusM);
    radius.addEventListener('change', () => {
      const value = Number(radius.value);
      if (Number.isFinite(value) && value >= 0 && value <= 20_000) form.radiusM = value;
      else radius.value = String(form.radiusM);
    });
    const by = el(
      'select',
      { 'data-testid': 'coverage-by' },
      ...(['districts', 'new-towns', 'drawn'] as const).map((b) => {
        const option = el('option', { value: b }, t(`areas.${b}` as StringKey, lang));
        option.selected = form.by === b;
        return option;
      }),
    );
    by.addEventListener('change', () => {
      form.by = by.value as CoverageForm['by'];
    });
    return el(
      'div',
      { class: 'coverage-form' },
      el('label', {}, t('facilities', lang), facilities),
      form.facilities === 'rail-stations' ? statuses : null,
      el('label', {}, t('radius', lang), radius),
      el('datalist', { id: 'radius-presets' }, ...[500, 800, 1000].map((v) => el('option', { value: String(v) }))),
      el('label', {}, t('reportBy', lang), by),
      el(
        'div',
        { class: 'buttons' },
        button(t('runCoverage', lang), () => void run(false), { 'data-testid': 'coverage-run' }),
        form.facilities === 'rail-stations'
          ? button(t('compareCoverage', lang), () => void run(true), { 'data-testid': 'coverage-compare' })
          : null,
      ),
    );
  };

  const resultView = (lang: Lang): HTMLElement | null => {
    if (!view) return null;
    if (view.error) return el('p', { class: 'layer-status failed', role: 'alert' }, view.error);
    if (view.progress !== null) {
      return el(
        'p',
        { role: 'status', 'data-testid': 'coverage-progress' },
        `${t('running', lang)}… ${Math.round(view.progress * 100)} %`,
      );
    }
    const current = view;
    const planned = new Map((current.planned ?? []).map((r) => [r.id, r]));
    const rows = [...current.rows].sort((a, b) => {
      const x = a[current.sortBy] ?? 0;
      const y = b[current.sortBy] ?? 0;
      const order = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
      return current.descending ? -order : order;
    });
    const header = (key: keyof CoverageRow, label: string) => {
      const th = el('th', {
        scope: 'col',
        'aria-sort': current.sortBy === key ? (current.descending ? 'descending' : 'ascending') : 'none',
      });
      th.append(
        button(label, () => {
          current.descending = current.sortBy === key ? !current.descending : true;
          current.sortBy = key;
          rerender();
        }),
      );
      return th;
    };
    const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
    const name = (r: CoverageRow) => (lang === 'zh' ? r.name_zh : r.name_en);
    const table = el(
      'table',
      { class: 'coverage-table', 'data-testid': 'coverage-table' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          header(lang === 'zh' ? 'name_zh' : 'name_en', t('columnArea', lang)),
          header('area_km2', t('columnAreaKm2', lang)),
          header('covered_km2', t('columnCovered', lang)),
          header('share', current.planned ? t('columnToday', lang) : t('columnShare', lang)),
          current.planned ? el('th', { scope: 'col' }, t('columnPlanned', lang)) : null,
          header('covered_population', t('columnPeople', lang)),
        ),
      ),
      el(
        'tbody',
        {},
        ...rows.map((r) =>
          el(
            'tr',
            { 'data-area': r.id },
            el('th', { scope: 'row' }, name(r)),
            el('td', {}, r.area_km2.toFixed(1)),
            el('td', {}, r.covered_km2.toFixed(1)),
            el('td', { 'data-share': String(r.share) }, pct(r.share)),
            current.planned ? el('td', {}, pct(planned.get(r.id)?.share ?? 0)) : null,
            el('td', {}, r.covered_population?.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') ?? '—'),
          ),
        ),
      ),
    );
    const bars = el(
      'div',
      { class: 'bars', 'aria-hidden': 'true' },
      ...rows.map((r) => {
        const bar = el('span', { class: 'bar' });
        bar.style.width = `${Math.round(r.share * 100)}%`;
        const later = planned.get(r.id);
        const laterBar = later ? el('span', { class: 'bar bar-planned' }) : null;
        if (laterBar && later) laterBar.style.width = `${Math.round(later.share * 100)}%`;
        return el(
          'div',
          { class: 'bar-row' },
          el('span', { class: 'bar-label' }, name(r)),
          el('span', { class: 'bar-track' }, laterBar, bar),
        );
      }),
    );
    const csv = () =>
      downloadText(
        'coverage.csv',
        toCsv(
          [
            'id',
            'name_zh',
            'name_en',
            'area_km2',
            'covered_km2',
            'share',
            'population',
            'covered_population',
            'share_with_planned',
          ],
          rows.map((r) => [
            r.id,
            r.name_zh,
            r.name_en,
            r.area_km2,
            r.covered_km2,
            r.share,
            r.population,
            r.covered_population,
            planned.get(r.id)?.share ?? '',
          ]),
        ),
        'text/csv',
      );
    const geojson = () =>
      downloadText(
        'coverage-uncovered.geojson',
        JSON.stringify({
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: { role: 'uncovered' }, geometry: store.get().uncovered }],
        }),
        'application/geo+json',
      );
    return el(
      'div',
      { class: 'coverage-result' },
      table,
      bars,
      el('p', { class: 'hint' }, t('uncoveredLegend', lang)),
      el('p', { class: 'hint' }, t('populationAssumption', lang)),
      form.statuses.some((s) => s !== 'operating') || current.planned
        ? el('p', { class: 'hint' }, t('assumedStations', lang))
        : null,
      el('div', { class: 'buttons' }, button(t('exportCsv', lang), csv), button(t('exportGeoJson', lang), geojson)),
    );
  };

  const measuresView = (state: AppState): HTMLElement => {
    const lang = state.lang;
    const start = (mode: AppState['mode']) => () =>
      store.update({ mode: state.mode === mode ? 'select' : mode, drawing: null });
    return el(
      'section',
      { class: 'tool' },
      el('h3', {}, t('measureTitle', lang)),
      el(
        'div',
        { class: 'buttons' },
        button(t('measureLine', lang), start('measure-line'), {
          'aria-pressed': String(state.mode === 'measure-line'),
          'data-testid': 'measure-line',
        }),
        button(t('measureArea', lang), start('measure-area'), {
          'aria-pressed': String(state.mode === 'measure-area'),
          'data-testid': 'measure-area',
        }),
        state.drawing
          ? button(t('finishDrawing', lang), () => store.update({ drawing: null }), { 'data-testid': 'measure-finish' })
          : null,
      ),
      el('p', { class: 'hint' }, t('measureHint', lang)),
      el(
        'ul',
        { class: 'measures', 'data-testid': 'measures' },
        ...state.measures.map((m) =>
          el(
            'li',
            {},
            el('span', { 'data-measure': m.id }, measureValue(m, lang)),
            button(
              t('remove', lang),
              () => store.update({ measures: store.get().measures.filter((x) => x !== m), drawing: null }),
              { class: 'link' },
            ),
          ),
        ),
      ),
      state.measures.length > 0
        ? button(t('exportGeoJson', lang), () =>
            downloadText('measures.geojson', measuresGeoJson(state.measures), 'application/geo+json'),
          )
        : null,
    );
  };

  const nearestView = (state: AppState): HTMLElement => {
    const lang = state.lang;
    const on = state.mode === 'nearest';
    return el(
      'section',
      { class: 'tool' },
      el('h3', {}, t('nearestTitle', lang)),
      button(
        on ? t('nearestStop', lang) : t('nearestToggle', lang),
        () => store.update({ mode: on ? 'select' : 'nearest', nearest: on ? null : state.nearest }),
        {
          'aria-pressed': String(on),
          'data-testid': 'nearest-toggle',
        },
      ),
      state.nearest
        ? el(
            'ul',
            { 'data-testid': 'nearest-results' },
            ...state.nearest.hits.map((hit) =>
              el(
                'li',
                {},
                `${t(`nearest.${hit.kind}` as StringKey, lang)}: ${lang === 'zh' ? hit.name_zh : hit.name_en} — ${formatLength(hit.distanceM, lang)}`,
              ),
            ),
          )
        : null,
    );
  };

  return {
    render(root: HTMLElement, state: AppState) {
      rerender = () => this.render(root, store.get());
      const imports = el('section', { class: 'tool' });
      importer.render(imports, state);
      root.replaceChildren(
        imports,
        measuresView(state),
        nearestView(state),
        el(
          'section',
          { class: 'tool' },
          el('h3', {}, t('coverageTitle', state.lang)),
          formView(state.lang),
          resultView(state.lang) ?? el('span'),
        ),
      );
    },
  };
}
