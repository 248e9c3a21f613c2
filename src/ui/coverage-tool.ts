import type { Feature, Geometry } from 'geojson';
import { html, nothing } from 'lit-html';
import type { CoverageArea, CoverageRow } from '../analysis/coverage';
import { type AreaSet, areasFor, areasFromLayer, FACILITY_LAYERS, facilitiesFor } from '../analysis/inputs';
import { OSM_CLASSES, osmClass } from '../analysis/osm-classes';
import { runInWorker } from '../app/coverage-runner';
import { ensureOsmClasses, OsmClassError } from '../app/osm-classes';
import { stripBidi } from '../i18n/bidi';
import { type Lang, type StringKey, t } from '../i18n/strings';
import { RAIL_STATUSES, type RailStatus } from '../registry/types';
import type { AppState, Store } from '../state/store';
import { downloadText, toCsv } from './download';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;
type Data = ReadonlyMap<string, readonly AnyFeature[]>;

interface CoverageForm {
  /** A plan layer, an OSM class or an imported layer id. */
  facilities: string;
  statuses: RailStatus[];
  radiusM: number;
  /** Districts, new towns, the last drawn area, or an imported layer's polygons. */
  by: AreaSet | 'drawn' | `import-${string}`;
}

/** Columns the user can show or hide; the name and the share are always there. */
const OPTIONAL_COLUMNS = ['area_km2', 'covered_km2', 'covered_population'] as const;
type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

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
export function createCoverageTool(store: Store, data: () => Data, rerender: () => void) {
  const form: CoverageForm = { facilities: 'rail-stations', statuses: ['operating'], radiusM: 800, by: 'new-towns' };
  let view: CoverageView | null = null;
  /** The panel is narrow: by default the table shows the share and the people reached. */
  const shown = new Set<OptionalColumn>(['covered_population']);

  /** Layer data plus the OSM classes loaded so far, under their class ids. */
  const inputs = (): Data => new Map([...data(), ...store.get().osmClasses]) as Data;

  const areasForForm = (): CoverageArea[] | null => {
    if (form.by === 'districts' || form.by === 'new-towns') return areasFor(form.by, data());
    if (form.by !== 'drawn') {
      const layer = store.get().imports.find((l) => l.id === form.by);
      const areas = layer ? areasFromLayer(layer.collection.features as AnyFeature[], stripBidi(layer.name)) : [];
      return areas.length > 0 ? areas : null;
    }
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
        error: t(form.by === 'drawn' ? 'needDrawnArea' : 'needAreaPolygons', store.get().lang),
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
      if (osmClass(form.facilities)) await ensureOsmClasses(store, [form.facilities]);
      const statuses: RailStatus[] = compare ? ['operating'] : form.statuses;
      const facilities = facilitiesFor(form.facilities, inputs(), statuses);
      if (facilities.length === 0) throw new Error(t('noFacilities', store.get().lang));
      const today = await runInWorker(areas, facilities, form.radiusM, progress);
      let planned: CoverageRow[] | undefined;
      let uncovered = today.uncovered;
      if (compare) {
        const later = await runInWorker(
          areas,
          facilitiesFor(form.facilities, inputs(), [...RAIL_STATUSES]),
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
      const message =
        error instanceof OsmClassError
          ? error.messages[store.get().lang]
          : error instanceof Error
            ? error.message
            : String(error);
      view = { rows: [], sortBy: 'share', descending: true, progress: null, error: message };
    }
    rerender();
  };

  const formView = (state: AppState) => {
    const lang = state.lang;
    const pickFacilities = (event: Event) => {
      form.facilities = (event.target as HTMLSelectElement).value;
      rerender();
    };
    const toggleStatus = (status: RailStatus) => (event: Event) => {
      const on = (event.target as HTMLInputElement).checked;
      form.statuses = RAIL_STATUSES.filter((s) => (s === status ? on : form.statuses.includes(s)));
    };
    const setRadius = (event: Event) => {
      const input = event.target as HTMLInputElement;
      const value = Number(input.value);
      if (Number.isFinite(value) && value >= 0 && value <= 20_000) form.radiusM = value;
      else input.value = String(form.radiusM);
    };
    const pickBy = (event: Event) => {
      form.by = (event.target as HTMLSelectElement).value as CoverageForm['by'];
    };
    const option = (value: string, label: string, selected: boolean) =>
      html`<option value=${value} .selected=${selected}>${label}</option>`;
    const statuses = html`<fieldset class="statuses">
      <legend>${t('withStatus', lang)}</legend>
      ${RAIL_STATUSES.map(
        (status) =>
          html`<label><input type="checkbox" value=${status} data-testid="coverage-status-${status}" .checked=${form.statuses.includes(status)} @change=${toggleStatus(status)} />${t(`status.${status}` as StringKey, lang)}</label>`,
      )}
    </fieldset>`;
    const stations = form.facilities === 'rail-stations';
    return html`<div class="coverage-form">
      <label
        >${t('facilities', lang)}<select data-testid="coverage-facilities" @change=${pickFacilities}>
          <optgroup label=${t('facilityGroupPlans', lang)}>
            ${FACILITY_LAYERS.map((f) => option(f, t(`facility.${f}` as StringKey, lang), form.facilities === f))}
          </optgroup>
          <optgroup label=${t('facilityGroupOsm', lang)}>
            ${OSM_CLASSES.map((c) => option(c.id, t(`facility.${c.id}` as StringKey, lang), form.facilities === c.id))}
          </optgroup>
          ${
            // Imported point and area layers can be facilities too.
            state.imports.length > 0
              ? html`<optgroup label=${t('facilityGroupImports', lang)}>
                  ${state.imports.map((layer) => option(layer.id, stripBidi(layer.name), form.facilities === layer.id))}
                </optgroup>`
              : nothing
          }
        </select></label
      >
      ${stations ? statuses : nothing}
      <label
        >${t('radius', lang)}<input type="number" min="50" max="5000" step="50" list="radius-presets" data-testid="coverage-radius" .value=${String(form.radiusM)} @change=${setRadius}
      /></label>
      <datalist id="radius-presets">${[500, 800, 1000].map((v) => html`<option value=${v}></option>`)}</datalist>
      <label
        >${t('reportBy', lang)}<select data-testid="coverage-by" @change=${pickBy}>
          ${(['districts', 'new-towns', 'drawn'] as const).map((b) => option(b, t(`areas.${b}` as StringKey, lang), form.by === b))}
          ${state.imports.map((layer) => option(layer.id, stripBidi(layer.name), form.by === layer.id))}
        </select></label
      >
      <div class="buttons">
        <button type="button" data-testid="coverage-run" @click=${() => void run(false)}>${t('runCoverage', lang)}</button>
        ${
          stations
            ? html`<button type="button" data-testid="coverage-compare" @click=${() => void run(true)}>${t('compareCoverage', lang)}</button>`
            : nothing
        }
      </div>
    </div>`;
  };

  const resultView = (lang: Lang) => {
    if (!view) return nothing;
    if (view.error) return html`<p class="layer-status failed" role="alert">${stripBidi(view.error)}</p>`;
    if (view.progress !== null) {
      return html`<p role="status" data-testid="coverage-progress">${t('running', lang)}… ${Math.round(view.progress * 100)} %</p>`;
    }
    const current = view;
    const planned = new Map((current.planned ?? []).map((r) => [r.id, r]));
    const rows = [...current.rows].sort((a, b) => {
      const x = a[current.sortBy] ?? 0;
      const y = b[current.sortBy] ?? 0;
      const order = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
      return current.descending ? -order : order;
    });
    const sortBy = (key: keyof CoverageRow) => () => {
      current.descending = current.sortBy === key ? !current.descending : true;
      current.sortBy = key;
      rerender();
    };
    const header = (key: keyof CoverageRow, label: string) =>
      html`<th scope="col" aria-sort=${current.sortBy === key ? (current.descending ? 'descending' : 'ascending') : 'none'}><button type="button" @click=${sortBy(key)}>${label}</button></th>`;
    const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
    const name = (r: CoverageRow) => stripBidi(lang === 'zh' ? r.name_zh : r.name_en);
    const withPlanned = Boolean(current.planned);
    const has = (column: OptionalColumn) => shown.has(column);
    const toggleColumn = (column: OptionalColumn) => (event: Event) => {
      if ((event.target as HTMLInputElement).checked) shown.add(column);
      else shown.delete(column);
      rerender();
    };
    const columnLabel: Record<OptionalColumn, string> = {
      area_km2: t('columnAreaKm2', lang),
      covered_km2: t(withPlanned ? 'columnCoveredToday' : 'columnCovered', lang),
      covered_population: t(withPlanned ? 'columnPeopleToday' : 'columnPeople', lang),
    };
    const picker = html`<fieldset class="coverage-columns" data-testid="coverage-columns">
      <legend>${t('columnsShown', lang)}</legend>
      ${OPTIONAL_COLUMNS.map(
        (column) =>
          html`<label><input type="checkbox" data-column=${column} .checked=${has(column)} @change=${toggleColumn(column)} />${columnLabel[column]}</label>`,
      )}
    </fieldset>`;
    const table = html`<div class="coverage-scroll"><table class="coverage-table" data-testid="coverage-table">
      <thead>
        <tr>
          ${header(lang === 'zh' ? 'name_zh' : 'name_en', t('columnArea', lang))}
          ${has('area_km2') ? header('area_km2', columnLabel.area_km2) : nothing}
          ${has('covered_km2') ? header('covered_km2', columnLabel.covered_km2) : nothing}
          ${header('share', withPlanned ? t('columnToday', lang) : t('columnShare', lang))}
          ${withPlanned ? html`<th scope="col">${t('columnPlanned', lang)}</th>` : nothing}
          ${has('covered_population') ? header('covered_population', columnLabel.covered_population) : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr data-area=${r.id}>
            <th scope="row">${name(r)}</th>
            ${has('area_km2') ? html`<td>${r.area_km2.toFixed(1)}</td>` : nothing}
            ${has('covered_km2') ? html`<td>${r.covered_km2.toFixed(1)}</td>` : nothing}
            <td data-share=${String(r.share)}>${pct(r.share)}</td>
            ${withPlanned ? html`<td>${pct(planned.get(r.id)?.share ?? 0)}</td>` : nothing}
            ${has('covered_population') ? html`<td>${r.covered_population?.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') ?? '—'}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table></div>`;
    const bars = html`<div class="bars" aria-hidden="true">
      ${rows.map((r) => {
        const later = planned.get(r.id);
        return html`<div class="bar-row">
          <span class="bar-label">${name(r)}</span
          ><span class="bar-track"
            >${later ? html`<span class="bar bar-planned" style="width: ${Math.round(later.share * 100)}%"></span>` : nothing}<span
              class="bar"
              style="width: ${Math.round(r.share * 100)}%"
            ></span
          ></span>
        </div>`;
      })}
    </div>`;
    // A byte-order mark, so Excel reads the Chinese names as UTF-8.
    const csv = () =>
      downloadText(
        'coverage.csv',
        `\uFEFF${toCsv(
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
        )}`,
        'text/csv;charset=utf-8',
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
    return html`<div class="coverage-result">
      ${picker} ${table} ${bars}
      <p class="hint">${t('uncoveredLegend', lang)}</p>
      <p class="hint">${t('populationAssumption', lang)}</p>
      ${form.statuses.some((s) => s !== 'operating') || withPlanned ? html`<p class="hint">${t('assumedStations', lang)}</p>` : nothing}
      <div class="buttons">
        <button type="button" @click=${csv}>${t('exportCsv', lang)}</button>
        <button type="button" @click=${geojson}>${t('exportGeoJson', lang)}</button>
      </div>
    </div>`;
  };

  return {
    view(state: AppState) {
      return html`<h3>${t('coverageTitle', state.lang)}</h3>
        ${formView(state)} ${resultView(state.lang)}`;
    },
  };
}
