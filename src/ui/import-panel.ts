import type { FeatureCollection, Point } from 'geojson';
import type { Datum } from '../data/import-file';
import { type ImportedLayer, importsDb } from '../data/imports-db';
import { countOf, type StringKey, t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import { el } from './dom';

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
export function createImportPanel(store: Store, stations: () => readonly Point[]) {
  let pending: Pending | null = null;
  let message: { text: string; error: boolean } | null = null;
  let rerender: () => void = () => undefined;

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

  function datumForm(state: AppState): HTMLElement | null {
    if (!pending) return null;
    const lang = state.lang;
    const choices: Datum[] = ['WGS84', 'GCJ02', 'BD09'];
    const form = el('form', { class: 'datum-form', 'data-testid': 'datum-form' });
    const fieldset = el(
      'fieldset',
      {},
      el(
        'legend',
        {},
        `${pending.name}: ${countOf(pending.collection.features.length, 'featureCountOne', 'featureCount', lang)}${pending.skipped.length > 0 ? ` · ${pending.skipped.length} ${t('featuresDropped', lang)}` : ''}`,
      ),
      ...choices.map((datum) => {
        const radio = el('input', {
          type: 'radio',
          name: 'datum',
          value: datum,
          id: `datum-${datum}`,
          'data-testid': `datum-${datum}`,
        });
        radio.checked = datum === (pending?.hint ?? 'WGS84');
        return el('label', { for: `datum-${datum}` }, radio, t(`datum.${datum}` as StringKey, lang));
      }),
    );
    form.append(
      fieldset,
      pending.hint
        ? el(
            'p',
            { class: 'notice', role: 'status' },
            t('datumHint', lang).replace('{datum}', t(`datum.${pending.hint}` as StringKey, lang)),
          )
        : el('span'),
      el('button', { type: 'submit', 'data-testid': 'import-confirm' }, t('importAdd', lang)),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = (form.querySelector('input[name="datum"]:checked') as HTMLInputElement | null)?.value as
        | Datum
        | undefined;
      void confirm(chosen ?? 'WGS84');
    });
    return form;
  }

  function list(state: AppState): HTMLElement {
    return el(
      'ul',
      { class: 'imports', 'data-testid': 'imports' },
      ...state.imports.map((layer) => {
        const toggle = el('input', { type: 'checkbox', id: `toggle-${layer.id}`, 'aria-label': layer.name });
        toggle.checked = state.visible.has(layer.id);
        toggle.addEventListener('change', () => {
          const visible = new Set(store.get().visible);
          if (toggle.checked) visible.add(layer.id);
          else visible.delete(layer.id);
          store.update({ visible });
        });
        const remove = el('button', { type: 'button', class: 'link' }, t('remove', state.lang));
        remove.addEventListener('click', () => {
          store.update({ imports: store.get().imports.filter((l) => l.id !== layer.id) });
          void importsDb.remove(layer.id).catch(() => undefined);
        });
        const swatch = el('span', { class: 'swatch swatch-fill', 'aria-hidden': 'true' });
        swatch.style.setProperty('--swatch', layer.color);
        return el(
          'li',
          {},
          el(
            'label',
            { for: `toggle-${layer.id}` },
            toggle,
            swatch,
            `${layer.name} (${layer.collection.features.length}, ${layer.datum})`,
          ),
          remove,
        );
      }),
    );
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

  return {
    render(root: HTMLElement, state: AppState) {
      rerender = () => this.render(root, store.get());
      const input = el('input', {
        type: 'file',
        accept: '.geojson,.json,.kml,.gpx,.csv,.txt',
        'data-testid': 'import-file',
        'aria-label': t('importTitle', state.lang),
      });
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (file) void handleFile(file);
      });
      root.replaceChildren(
        el('h3', {}, t('importTitle', state.lang)),
        input,
        el('p', { class: 'hint' }, t('importHint', state.lang)),
        message
          ? el(
              'p',
              {
                class: message.error ? 'layer-status failed' : 'hint',
                role: message.error ? 'alert' : 'status',
                'data-testid': 'import-message',
              },
              message.text,
            )
          : el('span'),
        datumForm(state) ?? el('span'),
        list(state),
      );
    },
  };
}
