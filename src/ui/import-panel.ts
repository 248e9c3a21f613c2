import type { FeatureCollection, Point } from 'geojson';
import { html, nothing } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import type { Datum } from '../data/import-file';
import { type ImportedLayer, importsDb } from '../data/imports-db';
import { stripBidi } from '../i18n/bidi';
import { countOf, type StringKey, t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';

const PALETTE = ['#e01b24', '#1c71d8', '#2ec27e', '#f5c211', '#9141ac', '#ff7800', '#63452c'];

interface Pending {
  name: string;
  collection: FeatureCollection;
  skipped: string[];
  hint: Datum | null;
}

/**
 * Import of the user's own files: read, check, choose the datum (with a hint when points look
 * shifted), convert, keep in IndexedDB. Every refusal is shown as a message; earlier layers stay.
 */
export function createImportPanel(store: Store, stations: () => readonly Point[], rerender: () => void) {
  let pending: Pending | null = null;
  let message: { text: string; error: boolean } | null = null;

  async function handleFile(file: File): Promise<void> {
    message = { text: `${t('importReading', store.get().lang)} ${file.name}`, error: false };
    pending = null;
    rerender();
    try {
      // The parsers (KML/GPX, WKT, datum conversion) load only when someone imports a file.
      const [{ importText, samplePoints }, { datumHint }] = await Promise.all([
        import('../data/import-file'),
        import('../data/datum-hint'),
      ]);
      const text = await file.text();
      const outcome = importText(file.name, text, {
        parseXml: (xml) => new DOMParser().parseFromString(xml, 'application/xml'),
      });
      if (!outcome.ok) {
        message = { text: `${file.name}: ${outcome.message}`, error: true };
      } else {
        const hint = datumHint(
          samplePoints(outcome.collection),
          stations().map((s) => s.coordinates),
        );
        pending = {
          name: file.name,
          collection: outcome.collection,
          skipped: outcome.skipped,
          hint: hint?.datum ?? null,
        };
        message = null;
      }
    } catch (error) {
      message = { text: `${file.name}: ${error instanceof Error ? error.message : String(error)}`, error: true };
    }
    rerender();
  }

  async function confirm(datum: Datum): Promise<void> {
    const current = pending;
    if (!current) return;
    const { toWgs84 } = await import('../data/import-file');
    const state = store.get();
    const layer: ImportedLayer = {
      id: `import-${Date.now().toString(36)}`,
      name: current.name.slice(0, 80),
      datum,
      color: PALETTE[state.imports.length % PALETTE.length] ?? '#e01b24',
      collection: toWgs84(current.collection, datum),
      skipped: current.skipped.length,
      addedAt: new Date().toISOString(),
    };
    pending = null;
    store.update({ imports: [...state.imports, layer], visible: new Set([...state.visible, layer.id]) });
    try {
      await importsDb.put(layer);
      message = {
        text: `${layer.name}: ${countOf(layer.collection.features.length, 'featureCountOne', 'featureCount', state.lang)}`,
        error: false,
      };
    } catch (error) {
      message = {
        text: `${t('importNotKept', state.lang)}: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      };
    }
    rerender();
  }

  function datumForm(state: AppState) {
    if (!pending) return nothing;
    const lang = state.lang;
    const choices: Datum[] = ['WGS84', 'GCJ02', 'BD09'];
    const suggested = pending.hint ?? 'WGS84';
    const skipped = pending.skipped.length > 0 ? ` · ${pending.skipped.length} ${t('featuresDropped', lang)}` : '';
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const chosen = form.querySelector<HTMLInputElement>('input[name="datum"]:checked')?.value as Datum | undefined;
      void confirm(chosen ?? 'WGS84');
    };
    // A new file gets a new form: the datum picked for the last one is not carried over.
    return keyed(
      pending,
      html`<form class="datum-form" data-testid="datum-form" @submit=${submit}>
      <fieldset>
        <legend>${stripBidi(pending.name)}: ${countOf(pending.collection.features.length, 'featureCountOne', 'featureCount', lang)}${skipped}</legend>
        ${choices.map(
          (datum) =>
            html`<label for="datum-${datum}"><input type="radio" name="datum" value=${datum} id="datum-${datum}" data-testid="datum-${datum}" .checked=${datum === suggested} />${t(`datum.${datum}` as StringKey, lang)}</label>`,
        )}
      </fieldset>
      ${
        pending.hint
          ? html`<p class="notice" role="status">${t('datumHint', lang).replace('{datum}', t(`datum.${pending.hint}` as StringKey, lang))}</p>`
          : nothing
      }
      <button type="submit" data-testid="import-confirm">${t('importAdd', lang)}</button>
    </form>`,
    );
  }

  function list(state: AppState) {
    const toggle = (id: string) => (event: Event) => {
      const visible = new Set(store.get().visible);
      if ((event.target as HTMLInputElement).checked) visible.add(id);
      else visible.delete(id);
      store.update({ visible });
    };
    const remove = (id: string) => () => {
      store.update({ imports: store.get().imports.filter((l) => l.id !== id) });
      void importsDb.remove(id).catch(() => undefined);
    };
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

  // A file dropped anywhere on the page is imported too.
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) {
      store.update({ tab: 'analysis' });
      void handleFile(file);
    }
  });

  const pick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Emptied, so that picking the same file again is a change too.
    input.value = '';
    if (file) void handleFile(file);
  };

  return {
    view(state: AppState) {
      return html`<h3>${t('importTitle', state.lang)}</h3>
        <input type="file" accept=".geojson,.json,.kml,.gpx,.csv,.txt" data-testid="import-file" aria-label=${t('importTitle', state.lang)} @change=${pick} />
        <p class="hint">${t('importHint', state.lang)}</p>
        ${
          message
            ? html`<p class=${message.error ? 'layer-status failed' : 'hint'} role=${message.error ? 'alert' : 'status'} data-testid="import-message">${stripBidi(message.text)}</p>`
            : nothing
        }
        ${datumForm(state)} ${list(state)}`;
    },
  };
}
