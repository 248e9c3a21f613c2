import { html } from 'lit-html';
import { coveragePanel } from './coverage-tool';
import { importPanel } from './import-panel';
import { measurePanel, nearestPanel } from './measure-tools';
import type { Panel } from './panel';
import { targetsPanel } from './targets-panel';

const TOOLS = [importPanel, measurePanel, nearestPanel, coveragePanel, targetsPanel];

/**
 * The Analysis tab: import, measures, nearest facilities, coverage and the plans' targets, each a
 * panel of its own. lit-html updates it in place, so what the user is typing or has chosen in a form
 * survives a redraw.
 */
export const analysisPanel: Panel = {
  reads: (s) => TOOLS.flatMap((tool) => tool.reads(s)),
  view: (state, store) =>
    html`${importPanel.view(state, store)} ${measurePanel.view(state, store)} ${nearestPanel.view(state, store)}
      <section class="tool">${coveragePanel.view(state, store)}</section>
      <section class="tool">${targetsPanel.view(state, store)}</section>`,
};
