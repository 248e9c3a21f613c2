import { datumReferences } from '../data/datum-sources';
import type { Datum } from '../data/import-file';
import type { ImportedLayer } from '../data/imports-db';
import type { ReadChoices } from '../data/read-file';
import { allLayerData, type Store } from '../state/store';
import type { ImportJob, ImportPending, ImportSource } from '../state/tools';

const PALETTE = ['#e01b24', '#1c71d8', '#2ec27e', '#f5c211', '#9141ac', '#ff7800', '#63452c'];

const unreadable = (name: string, error: unknown): ImportJob['message'] => ({
  kind: 'refused',
  name,
  problem: { key: 'import.unreadable', values: { detail: error instanceof Error ? error.message : String(error) } },
});

/**
 * The import plugin: reads the file the user picked or dropped (any usual encoding, delimiter,
 * workbook sheet, geometry columns), finds its datum, and on confirmation converts it and adds the
 * layer to the store, where `syncImports` keeps it. Every refusal is a message in `importJob`.
 */
export function readImports(store: Store): void {
  const job = () => store.get().importJob;
  const setJob = (change: Partial<ImportJob>) => store.update({ importJob: { ...job(), ...change } });

  async function read(source: ImportSource): Promise<void> {
    setJob({ source, pending: null, message: { kind: 'reading', name: source.name } });
    try {
      // The readers (CSV, workbook, KML/GPX, WKT) load only when someone imports a file.
      const { readUserFile } = await import('../data/read-file');
      const outcome = await readUserFile(source.name, source.bytes, source.choices, {
        parseXml: (xml) => new DOMParser().parseFromString(xml, 'application/xml'),
      });
      if (job().source !== source) return;
      const read = { ...source, table: outcome.table, detected: source.detected ?? outcome.table?.encoding };
      if (!outcome.ok) {
        setJob({ source: read, message: { kind: 'refused', name: source.name, problem: outcome.problem } });
        return;
      }
      const pending: ImportPending = { collection: outcome.collection, skipped: outcome.skipped, datum: null };
      setJob({ source: read, pending, message: null });
      void checkDatum(pending);
    } catch (error) {
      if (job().source === source) setJob({ message: unreadable(source.name, error) });
    }
  }

  async function checkDatum(pending: ImportPending): Promise<void> {
    const [{ chooseDatum }, { samplePoints }, sets] = await Promise.all([
      import('../data/datum-hint'),
      import('../data/import-file'),
      datumReferences(allLayerData(store.get())),
    ]);
    const datum = chooseDatum(samplePoints(pending.collection), sets);
    if (job().pending === pending) setJob({ pending: { ...pending, datum } });
  }

  const reread = (choices: ReadChoices) => {
    const source = job().source;
    if (!source) return;
    // A new encoding or sheet names the columns anew: the column choice starts over.
    const { columns: _, ...kept } = source.choices;
    void read({ ...source, choices: choices.columns ? { ...source.choices, ...choices } : { ...kept, ...choices } });
  };

  async function confirm(datum: Datum): Promise<void> {
    const { pending, source } = job();
    if (!pending || !source) return;
    const { toWgs84 } = await import('../data/import-file');
    const state = store.get();
    const layer: ImportedLayer = {
      id: `import-${Date.now().toString(36)}`,
      name: source.name.slice(0, 80),
      datum,
      color: PALETTE[state.imports.length % PALETTE.length] ?? '#e01b24',
      collection: toWgs84(pending.collection, datum),
      skipped: pending.skipped.length,
      addedAt: new Date().toISOString(),
    };
    store.update({
      imports: [...state.imports, layer],
      visible: new Set([...state.visible, layer.id]),
      importJob: {
        ...job(),
        source: null,
        pending: null,
        message: { kind: 'added', name: layer.name, count: layer.collection.features.length },
      },
    });
  }

  store.select(
    (s) => s.importJob.task,
    (asked) => {
      const task = asked?.task;
      if (task?.kind === 'file')
        task.file
          .arrayBuffer()
          .then((buffer) => read({ name: task.file.name, bytes: new Uint8Array(buffer), choices: {} }))
          .catch((error: unknown) => setJob({ message: unreadable(task.file.name, error) }));
      else if (task?.kind === 'reread') reread(task.choices);
      else if (task?.kind === 'confirm') void confirm(task.datum);
    },
    // Installed when the first file is given: that task is done at once.
    { immediate: true },
  );
}
