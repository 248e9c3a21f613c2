import type { Feature, Geometry } from 'geojson';
import type { AppState, Store } from '../state/store';
import { createCoverageTool } from './coverage-tool';
import { el } from './dom';
import { createImportPanel } from './import-panel';
import { measureSection, nearestSection } from './measure-tools';

type Data = ReadonlyMap<string, readonly Feature<Geometry, Record<string, unknown>>[]>;

/** The Analysis tab: import, measures, nearest facilities and coverage, each a tool of its own. */
export function createAnalysisPanel(store: Store, data: () => Data) {
  const importer = createImportPanel(store, () =>
    (data().get('rail-stations') ?? []).flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry] : [])),
  );
  const coverageTool = createCoverageTool(store, data);
  return {
    render(root: HTMLElement, state: AppState) {
      const imports = el('section', { class: 'tool' });
      importer.render(imports, state);
      const coverage = el('section', { class: 'tool' });
      coverageTool.render(coverage, state);
      root.replaceChildren(imports, measureSection(state, store), nearestSection(state, store, data), coverage);
    },
  };
}
