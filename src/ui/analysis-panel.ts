import type { Feature, Geometry } from 'geojson';
import { html, render } from 'lit-html';
import type { AppState, Store } from '../state/store';
import { createCoverageTool } from './coverage-tool';
import { createImportPanel } from './import-panel';
import { createMeasureTools } from './measure-tools';
import { createTargetsPanel } from './targets-panel';

type Data = ReadonlyMap<string, readonly Feature<Geometry, Record<string, unknown>>[]>;

/**
 * The Analysis tab: import, measures, nearest facilities and coverage, each a tool of its own.
 * lit-html updates it in place, so what the user is typing or has chosen in a form survives a redraw.
 */
export function createAnalysisPanel(store: Store, data: () => Data) {
  let host: HTMLElement | null = null;
  /** For a tool's own changes (a message, progress, a sort): the store did not change. */
  const redraw = () => {
    if (host) draw(host, store.get());
  };
  const importer = createImportPanel(
    store,
    () => (data().get('rail-stations') ?? []).flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry] : [])),
    redraw,
  );
  const coverage = createCoverageTool(store, data, redraw);
  const { measureSection, nearestSection } = createMeasureTools(store, data, redraw);
  const targets = createTargetsPanel(store, redraw);

  function draw(root: HTMLElement, state: AppState): void {
    host = root;
    render(
      html`<section class="tool">${importer.view(state)}</section>
        ${measureSection(state)} ${nearestSection(state)}
        <section class="tool">${coverage.view(state)}</section>
        <section class="tool">${targets.view(state)}</section>`,
      root,
    );
  }
  return { render: draw };
}
