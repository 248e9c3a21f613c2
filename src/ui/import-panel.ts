import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { outsideShanghai } from '../analysis/bounds';
import type { Datum } from '../data/import-file';
import { stripBidi } from '../i18n/bidi';
import { countOf, type StringKey, t } from '../i18n/strings';
import { importTask, toggleLayer } from '../state/actions';
import type { AppState, Store } from '../state/store';
import { datumSentence, problemText } from './import-messages';
import { tableForm } from './import-table-form';
import type { Panel } from './panel';

const ACCEPT = '.geojson,.json,.kml,.gpx,.csv,.tsv,.tab,.txt,.xlsx';
/** The first skipped rows or features are named; a file with thousands is not listed whole. */
const SKIPPED_SHOWN = 10;
const DATUMS: Datum[] = ['WGS84', 'GCJ02', 'BD09'];

function datumForm(state: AppState, store: Store) {
  const { pending, source } = state.importJob;
  if (!pending || !source) return nothing;
  const lang = state.lang;
  const suggested = pending.datum?.datum ?? 'WGS84';
  const skipped = pending.skipped.length > 0 ? ` · ${pending.skipped.length} ${t('featuresDropped', lang)}` : '';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const chosen = form.querySelector<HTMLInputElement>('input[name="datum"]:checked')?.value as Datum | undefined;
    importTask(store, { kind: 'confirm', datum: chosen ?? 'WGS84' });
  };
  const evidence = pending.datum ? datumSentence(pending.datum, lang) : t('datumChecking', lang);
  // A new reading gets a new form: the datum picked for the last one is not carried over.
  return keyed(
    pending.collection,
    html`<form class="datum-form" data-testid="datum-form" @submit=${submit}>
      <p class="import-summary" data-testid="import-summary">${stripBidi(source.name)}: ${countOf(pending.collection.features.length, 'featureCountOne', 'featureCount', lang)}${skipped}</p>
      ${
        pending.skipped.length > 0
          ? html`<details class="hint" data-testid="import-skipped">
              <summary>${t('import.whySkipped', lang)}</summary>
              <ul>
                ${pending.skipped.slice(0, SKIPPED_SHOWN).map((problem) => html`<li>${problemText(problem, lang)}</li>`)}
                ${pending.skipped.length > SKIPPED_SHOWN ? html`<li>…</li>` : nothing}
              </ul>
            </details>`
          : nothing
      }
      <fieldset>
        <legend>${t('import.datumLegend', lang)}</legend>
        ${DATUMS.map(
          (datum) =>
            html`<label for="datum-${datum}"><input type="radio" name="datum" value=${datum} id="datum-${datum}" data-testid="datum-${datum}" .checked=${datum === suggested} />${t(`datum.${datum}` as StringKey, lang)}</label>`,
        )}
      </fieldset>
      <p class=${pending.datum?.strength === 'clear' ? 'notice' : 'hint'} role="status" data-testid="datum-evidence">${evidence}</p>
      ${outsideShanghai(pending.collection) ? html`<p class="layer-status failed" role="alert" data-testid="import-outside">${t('importOutside', lang)}</p>` : nothing}
      <button type="submit" data-testid="import-confirm">${t('importAdd', lang)}</button>
    </form>`,
  );
}

function messageView(state: AppState): TemplateResult | typeof nothing {
  const message = state.importJob.message;
  if (!message) return nothing;
  const lang = state.lang;
  const name = stripBidi(message.name);
  const text =
    message.kind === 'reading'
      ? `${t('importReading', lang)} ${name}`
      : message.kind === 'added'
        ? `${name}: ${t('import.added', lang)}, ${countOf(message.count, 'featureCountOne', 'featureCount', lang)}`
        : `${name}: ${problemText(message.problem, lang)}`;
  const error = message.kind === 'refused';
  return html`<p class=${error ? 'layer-status failed' : 'hint'} role=${error ? 'alert' : 'status'} data-testid="import-message">${text}</p>`;
}

/** The datum a layer was read in, as it is written ("GCJ-02", not the id "GCJ02"). */
const DATUM_NAMES: Readonly<Record<string, string>> = { WGS84: 'WGS84', GCJ02: 'GCJ-02', BD09: 'BD-09' };

function list(state: AppState, store: Store): TemplateResult {
  const remove = (id: string) => () => store.update({ imports: store.get().imports.filter((l) => l.id !== id) });
  return html`<ul class="imports" data-testid="imports">
    ${state.imports.map((layer) => {
      const name = stripBidi(layer.name);
      const toggle = (event: Event) => toggleLayer(store, layer.id, (event.target as HTMLInputElement).checked);
      return html`<li>
        <label for="toggle-${layer.id}"
          ><input type="checkbox" id="toggle-${layer.id}" aria-label=${name} .checked=${state.visible.has(layer.id)} @change=${toggle} /><span
            class="swatch swatch-fill"
            style="--swatch: ${layer.color}"
            aria-hidden="true"
          ></span
          >${name} (${layer.collection.features.length}, ${DATUM_NAMES[layer.datum] ?? layer.datum})</label
        ><button type="button" class="link" aria-label=${`${t('remove', state.lang)} ${name}`} @click=${remove(layer.id)}>${t('remove', state.lang)}</button>
      </li>`;
    })}
  </ul>`;
}

/**
 * Import of the user's own files: the import plugin (app/import-reader.ts) reads, checks, finds the
 * datum and converts; app/imports-sync.ts keeps the layers in this browser. This panel shows how
 * the file was read, each choice changeable, and the layers kept. Every refusal is a message.
 */
export const importPanel: Panel = {
  reads: (s) => [s.lang, s.importJob.source, s.importJob.pending, s.importJob.message, s.imports, s.visible],
  view: (state, store) => {
    const lang = state.lang;
    const source = state.importJob.source;
    const pick = (event: Event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      // Emptied, so that picking the same file again is a change too.
      input.value = '';
      if (file) importTask(store, { kind: 'file', file });
    };
    const reread = (choices: Parameters<Parameters<typeof tableForm>[3]>[0]) =>
      importTask(store, { kind: 'reread', choices });
    return html`<section class="tool">
      <h3>${t('importTitle', lang)}</h3>
      <input type="file" accept=${ACCEPT} data-testid="import-file" aria-label=${t('importTitle', lang)} @change=${pick} />
      <p class="hint">${t('importHint', lang)}</p>
      ${messageView(state)}
      ${source?.table ? tableForm(source.table, source.detected, lang, reread) : nothing}
      ${datumForm(state, store)} ${list(state, store)}
    </section>`;
  },
};
