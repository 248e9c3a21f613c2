import { html, nothing, type TemplateResult } from 'lit-html';
import type { CoverageRow } from '../analysis/coverage';
import { toCsv } from '../data/csv';
import { stripBidi } from '../i18n/bidi';
import { t } from '../i18n/strings';
import { downloadFile, setCoverage } from '../state/actions';
import type { AppState, Store } from '../state/store';
import { OPTIONAL_COLUMNS, type OptionalColumn } from '../state/tools';

const CSV_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'area_km2',
  'covered_km2',
  'share',
  'population',
  'covered_population',
  'share_with_planned',
];

/** The last coverage run: progress, its error, or the sortable table with bars and exports. */
export function coverageResultView(state: AppState, store: Store): TemplateResult | typeof nothing {
  const lang = state.lang;
  const { run, sortBy, descending, columns, form } = state.coverage;
  if (!run) return nothing;
  if (run.state === 'failed') return html`<p class="layer-status failed" role="alert">${stripBidi(run.message)}</p>`;
  if (run.state === 'running') {
    return html`<p role="status" data-testid="coverage-progress">${t('running', lang)}… ${Math.round(run.progress * 100)} %</p>`;
  }
  const planned = new Map((run.planned ?? []).map((r) => [r.id, r]));
  const rows = [...run.rows].sort((a, b) => {
    const x = a[sortBy] ?? 0;
    const y = b[sortBy] ?? 0;
    const order = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
    return descending ? -order : order;
  });
  const sort = (key: keyof CoverageRow) => () =>
    setCoverage(store, { sortBy: key, descending: sortBy === key ? !descending : true });
  const header = (key: keyof CoverageRow, label: string) =>
    html`<th scope="col" aria-sort=${sortBy === key ? (descending ? 'descending' : 'ascending') : 'none'}><button type="button" @click=${sort(key)}>${label}</button></th>`;
  const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
  const name = (r: CoverageRow) => stripBidi(lang === 'zh' ? r.name_zh : r.name_en);
  const withPlanned = Boolean(run.planned);
  const has = (column: OptionalColumn) => columns.includes(column);
  const toggleColumn = (column: OptionalColumn) => (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    const current = store.get().coverage.columns;
    setCoverage(store, { columns: OPTIONAL_COLUMNS.filter((c) => (c === column ? on : current.includes(c))) });
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
  const cells = (r: CoverageRow) => [
    r.id,
    r.name_zh,
    r.name_en,
    r.area_km2,
    r.covered_km2,
    r.share,
    r.population,
    r.covered_population,
    planned.get(r.id)?.share ?? '',
  ];
  // A byte-order mark, so Excel reads the Chinese names as UTF-8.
  const csv = () =>
    downloadFile(store, 'coverage.csv', `\uFEFF${toCsv(CSV_COLUMNS, rows.map(cells))}`, 'text/csv;charset=utf-8');
  const geojson = () =>
    downloadFile(
      store,
      'coverage-uncovered.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { role: 'uncovered' }, geometry: state.uncovered }],
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
}
