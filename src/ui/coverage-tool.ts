import { html, nothing, type TemplateResult } from 'lit-html';
import { FACILITY_LAYERS } from '../analysis/inputs';
import { OSM_CLASSES } from '../analysis/osm-classes';
import { stripBidi } from '../i18n/bidi';
import { type StringKey, t } from '../i18n/strings';
import { RAIL_STATUSES, type RailStatus } from '../registry/types';
import { runCoverage, setCoverage } from '../state/actions';
import type { AppState, Store } from '../state/store';
import type { CoverageForm } from '../state/tools';
import { coverageResultView } from './coverage-result';
import type { Panel } from './panel';

/** The coverage form: facilities (plan layers, OSM classes, imports), statuses, radius and areas. */
function formView(state: AppState, store: Store): TemplateResult {
  const lang = state.lang;
  const form = state.coverage.form;
  const setForm = (change: Partial<CoverageForm>) =>
    setCoverage(store, { form: { ...store.get().coverage.form, ...change } });
  const pickFacilities = (event: Event) => setForm({ facilities: (event.target as HTMLSelectElement).value });
  const toggleStatus = (status: RailStatus) => (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    const statuses = store.get().coverage.form.statuses;
    setForm({ statuses: RAIL_STATUSES.filter((s) => (s === status ? on : statuses.includes(s))) });
  };
  const setRadius = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const value = Number(input.value);
    if (Number.isFinite(value) && value >= 0 && value <= 20_000) setForm({ radiusM: value });
    else input.value = String(form.radiusM);
  };
  const pickBy = (event: Event) => setForm({ by: (event.target as HTMLSelectElement).value as CoverageForm['by'] });
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
      <button type="button" data-testid="coverage-run" @click=${() => runCoverage(store, false)}>${t('runCoverage', lang)}</button>
      ${
        stations
          ? html`<button type="button" data-testid="coverage-compare" @click=${() => runCoverage(store, true)}>${t('compareCoverage', lang)}</button>`
          : nothing
      }
    </div>
  </div>`;
}

/** Coverage: the form, a run in a Web Worker (app/coverage.ts), the sortable table, bars and exports. */
export const coveragePanel: Panel = {
  reads: (s) => [s.lang, s.coverage, s.imports, s.uncovered],
  view: (state, store) =>
    html`<h3>${t('coverageTitle', state.lang)}</h3>
      ${formView(state, store)} ${coverageResultView(state, store)}`,
};
