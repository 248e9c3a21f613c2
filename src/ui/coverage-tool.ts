import type { Feature, Geometry } from 'geojson';
import type { CoverageArea, CoverageRow } from '../analysis/coverage';
import { type AreaSet, areasFor, type FacilityLayer, facilitiesFor } from '../analysis/inputs';
import { runInWorker } from '../app/coverage-runner';
import { type Lang, type StringKey, t } from '../i18n/strings';
import { RAIL_STATUSES, type RailStatus } from '../registry/types';
import type { AppState, Store } from '../state/store';
import { button, el } from './dom';
import { downloadText, toCsv } from './download';

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

/** Coverage: the form, a run in a Web Worker, the sortable table, bars and exports. */
export function createCoverageTool(store: Store, data: () => Data) {
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
          header('covered_km2', t(current.planned ? 'columnCoveredToday' : 'columnCovered', lang)),
          header('share', current.planned ? t('columnToday', lang) : t('columnShare', lang)),
          current.planned ? el('th', { scope: 'col' }, t('columnPlanned', lang)) : null,
          header('covered_population', t(current.planned ? 'columnPeopleToday' : 'columnPeople', lang)),
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

  return {
    render(root: HTMLElement, state: AppState) {
      rerender = () => this.render(root, store.get());
      root.replaceChildren(
        el('h3', {}, t('coverageTitle', state.lang)),
        formView(state.lang),
        resultView(state.lang) ?? el('span'),
      );
    },
  };
}
