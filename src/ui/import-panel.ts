import type { FeatureCollection } from 'geojson';
import { html, nothing } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import type { DatumChoice, ReferenceSet } from '../data/datum-hint';
import type { TextEncoding } from '../data/decode';
import type { Datum, ImportProblem } from '../data/import-file';
import type { ImportedLayer } from '../data/imports-db';
import type { ReadChoices, TableReading } from '../data/read-file';
import { stripBidi } from '../i18n/bidi';
import { countOf, type StringKey, t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import { datumSentence, problemText } from './import-messages';
import { tableForm } from './import-table-form';

const PALETTE = ['#e01b24', '#1c71d8', '#2ec27e', '#f5c211', '#9141ac', '#ff7800', '#63452c'];
const ACCEPT = '.geojson,.json,.kml,.gpx,.csv,.tsv,.tab,.txt,.xlsx';
/** The first skipped rows or features are named; a file with thousands is not listed whole. */
const SKIPPED_SHOWN = 10;

/** The file being imported, kept so that a changed encoding, sheet or column reads it again. */
interface Source {
  name: string;
  bytes: Uint8Array;
  choices: ReadChoices;
  /** The encoding found on the first reading, named as "detected" in the form. */
  detected?: TextEncoding;
  table?: TableReading;
}

interface Pending {
  collection: FeatureCollection;
  skipped: ImportProblem[];
  /** null while the datum check runs. */
  datum: DatumChoice | null;
}

type Message =
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; name: string; problem: ImportProblem }
  | { kind: 'added'; name: string; count: number };

/**
 * Import of the user's own files: read (any usual encoding, delimiter, workbook sheet, geometry
 * columns, each changeable), check, find the datum, convert, and add to the store; the imports
 * plugin (app/imports-sync) keeps them in this browser. Every refusal is a message; earlier layers stay.
 */
export function createImportPanel(
  store: Store,
  references: () => Promise<readonly ReferenceSet[]>,
  rerender: () => void,
) {
  let source: Source | null = null;
  let pending: Pending | null = null;
  let message: Message | null = null;

  async function read(next: Source): Promise<void> {
    source = next;
    pending = null;
    message = { kind: 'reading', name: next.name };
    rerender();
    try {
      // The readers (CSV, workbook, KML/GPX, WKT) load only when someone imports a file.
      const { readUserFile } = await import('../data/read-file');
      const outcome = await readUserFile(next.name, next.bytes, next.choices, {
        parseXml: (xml) => new DOMParser().parseFromString(xml, 'application/xml'),
      });
      if (source !== next) return;
      next.table = outcome.table;
      next.detected ??= outcome.table?.encoding;
      if (!outcome.ok) {
        message = { kind: 'refused', name: next.name, problem: outcome.problem };
      } else {
        message = null;
        const current: Pending = { collection: outcome.collection, skipped: outcome.skipped, datum: null };
        pending = current;
        void checkDatum(current);
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      message = { kind: 'refused', name: next.name, problem: { key: 'import.unreadable', values: { detail } } };
    }
    rerender();
  }

  async function checkDatum(current: Pending): Promise<void> {
    const [{ chooseDatum }, { samplePoints }, sets] = await Promise.all([
      import('../data/datum-hint'),
      import('../data/import-file'),
      references(),
    ]);
    current.datum = chooseDatum(samplePoints(current.collection), sets);
    if (pending === current) rerender();
  }

  const reread = (choices: ReadChoices) => {
    if (!source) return;
    // A new encoding or sheet names the columns anew: the column choice starts over.
    const { columns: _, ...kept } = source.choices;
    void read({ ...source, choices: choices.columns ? { ...source.choices, ...choices } : { ...kept, ...choices } });
  };

  async function confirm(datum: Datum): Promise<void> {
    const current = pending;
    if (!current || !source) return;
    const { toWgs84 } = await import('../data/import-file');
    const state = store.get();
    const layer: ImportedLayer = {
      id: `import-${Date.now().toString(36)}`,
      name: source.name.slice(0, 80),
      datum,
      color: PALETTE[state.imports.length % PALETTE.length] ?? '#e01b24',
      collection: toWgs84(current.collection, datum),
      skipped: current.skipped.length,
      addedAt: new Date().toISOString(),
    };
    pending = null;
    source = null;
    message = { kind: 'added', name: layer.name, count: layer.collection.features.length };
    store.update({ imports: [...state.imports, layer], visible: new Set([...state.visible, layer.id]) });
    rerender();
  }

  function datumForm(state: AppState) {
    if (!pending || !source) return nothing;
    const lang = state.lang;
    const choices: Datum[] = ['WGS84', 'GCJ02', 'BD09'];
    const suggested = pending.datum?.datum ?? 'WGS84';
    const skipped = pending.skipped.length > 0 ? ` · ${pending.skipped.length} ${t('featuresDropped', lang)}` : '';
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const chosen = form.querySelector<HTMLInputElement>('input[name="datum"]:checked')?.value as Datum | undefined;
      void confirm(chosen ?? 'WGS84');
    };
    const evidence = pending.datum ? datumSentence(pending.datum, lang) : t('datumChecking', lang);
    // A new reading gets a new form: the datum picked for the last one is not carried over.
    return keyed(
      pending,
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
        ${choices.map(
          (datum) =>
            html`<label for="datum-${datum}"><input type="radio" name="datum" value=${datum} id="datum-${datum}" data-testid="datum-${datum}" .checked=${datum === suggested} />${t(`datum.${datum}` as StringKey, lang)}</label>`,
        )}
      </fieldset>
      <p class=${pending.datum?.strength === 'clear' ? 'notice' : 'hint'} role="status" data-testid="datum-evidence">${evidence}</p>
      <button type="submit" data-testid="import-confirm">${t('importAdd', lang)}</button>
    </form>`,
    );
  }

  function messageView(state: AppState) {
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

  function list(state: AppState) {
    const toggle = (id: string) => (event: Event) => {
      const visible = new Set(store.get().visible);
      if ((event.target as HTMLInputElement).checked) visible.add(id);
      else visible.delete(id);
      store.update({ visible });
    };
    const remove = (id: string) => () => store.update({ imports: store.get().imports.filter((l) => l.id !== id) });
    return html`<ul class="imports" data-testid="imports">
      ${state.imports.map((layer) => {
        const name = stripBidi(layer.name);
        return html`<li>
          <label for="toggle-${layer.id}"
            ><input type="checkbox" id="toggle-${layer.id}" aria-label=${name} .checked=${state.visible.has(layer.id)} @change=${toggle(layer.id)} /><span
              class="swatch swatch-fill"
              style="--swatch: ${layer.color}"
              aria-hidden="true"
            ></span
            >${name} (${layer.collection.features.length}, ${layer.datum})</label
          ><button type="button" class="link" @click=${remove(layer.id)}>${t('remove', state.lang)}</button>
        </li>`;
      })}
    </ul>`;
  }

  const start = (file: File) =>
    void file
      .arrayBuffer()
      .then((buffer) => read({ name: file.name, bytes: new Uint8Array(buffer), choices: {} }))
      .catch((error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        message = { kind: 'refused', name: file.name, problem: { key: 'import.unreadable', values: { detail } } };
        rerender();
      });

  // A file dropped anywhere on the page is imported too.
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) {
      store.update({ tab: 'analysis' });
      start(file);
    }
  });

  const pick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Emptied, so that picking the same file again is a change too.
    input.value = '';
    if (file) start(file);
  };

  return {
    view(state: AppState) {
      const lang = state.lang;
      return html`<h3>${t('importTitle', lang)}</h3>
        <input type="file" accept=${ACCEPT} data-testid="import-file" aria-label=${t('importTitle', lang)} @change=${pick} />
        <p class="hint">${t('importHint', lang)}</p>
        ${messageView(state)}
        ${source?.table ? tableForm(source.table, source.detected, lang, reread) : nothing}
        ${datumForm(state)} ${list(state)}`;
    },
  };
}
