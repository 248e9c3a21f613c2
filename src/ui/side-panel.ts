import type { Feature, Geometry } from 'geojson';
import { html, render } from 'lit-html';
import { t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import { createAnalysisPanel } from './analysis-panel';
import { el } from './dom';
import { featureView } from './feature-panel';
import { renderReader } from './reader-panel';

type Tab = AppState['tab'];
type Data = () => ReadonlyMap<string, readonly Feature<Geometry, Record<string, unknown>>[]>;

const TABS: { id: Tab; label: 'tabFeature' | 'tabPlans' | 'tabAnalysis' | 'tabTime' }[] = [
  { id: 'feature', label: 'tabFeature' },
  { id: 'plans', label: 'tabPlans' },
  { id: 'analysis', label: 'tabAnalysis' },
  { id: 'time', label: 'tabTime' },
];

/**
 * The right-hand panel: the selected feature, the plan texts, the analysis or the time tools, as
 * tabs. Each tab has its own body and redraws only when it is shown and what it reads changes.
 */
export function mountSidePanel(root: HTMLElement, store: Store, data: Data): void {
  const analysis = createAnalysisPanel(store, data);
  const tabs = el('div', { class: 'tabs', role: 'tablist' });
  const bodies = Object.fromEntries(
    TABS.map(({ id }) => [id, el('div', { class: 'side-body', role: 'tabpanel', 'data-tab': id })]),
  ) as unknown as Record<Tab, HTMLElement>;
  root.replaceChildren(tabs, ...Object.values(bodies));

  store.select(
    (s) => [s.tab, s.lang],
    (_, state) => {
      render(
        html`${TABS.map(
          ({ id, label }) =>
            html`<button
              type="button"
              role="tab"
              data-testid="tab-${id}"
              aria-selected=${String(state.tab === id)}
              @click=${() => store.update({ tab: id })}
            >${t(label, state.lang)}</button>`,
        )}`,
        tabs,
      );
      for (const { id } of TABS) bodies[id].hidden = state.tab !== id;
    },
    { immediate: true },
  );

  /** Draws a tab when it is open and what it reads has changed since it was last drawn. */
  const whenOpen = (id: Tab, read: (s: AppState) => unknown[], draw: (body: HTMLElement, s: AppState) => void) =>
    store.select(
      (s) => (s.tab === id ? [s.lang, ...read(s)] : null),
      (value, state) => {
        if (value !== null) draw(bodies[id], state);
      },
      { immediate: true },
    );

  whenOpen(
    'feature',
    (s) => [s.selected, s.district, s.featureProps, s.features, s.content, s.imports],
    (body, s) => render(featureView(s, store, data), body),
  );
  whenOpen(
    'plans',
    (s) => [s.clause, s.paragraph, s.content, s.contentError],
    (body, s) => renderReader(body, s, store),
  );
  whenOpen(
    'analysis',
    (s) => [s.measures, s.mode, s.drawing, s.nearest, s.nearestWith, s.imports, s.visible, s.features, s.content],
    (body, s) => analysis.render(body, s),
  );
  whenOpen(
    'time',
    (s) => [s.filters, s.compare, s.visible, s.figures, s.featureProps],
    // The time tools load when first opened; most visits never need them.
    (body) =>
      void import('./time-panel').then(({ timeView }) => {
        const state = store.get();
        if (state.tab === 'time') render(timeView(state, store), body);
      }),
  );
}
