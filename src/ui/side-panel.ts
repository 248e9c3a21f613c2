import type { Feature, Geometry } from 'geojson';
import { html, render } from 'lit-html';
import { t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import { el } from './dom';
import { featureView } from './feature-panel';
import { inViewPanel } from './in-view-panel';
import type { Panel } from './panel';
import { readerPanel } from './reader-panel';

type Tab = AppState['tab'];
type Data = () => ReadonlyMap<string, readonly Feature<Geometry, Record<string, unknown>>[]>;

const TABS: { id: Tab; label: 'tabFeature' | 'tabPlans' | 'tabAnalysis' | 'tabTime' | 'tabInView' }[] = [
  { id: 'feature', label: 'tabFeature' },
  { id: 'plans', label: 'tabPlans' },
  { id: 'analysis', label: 'tabAnalysis' },
  { id: 'time', label: 'tabTime' },
  { id: 'inview', label: 'tabInView' },
];

/** Left/Right (and Home/End) move between tabs, as the ARIA tabs pattern has it. */
function tabKey(event: KeyboardEvent, current: Tab, store: Store): void {
  const at = TABS.findIndex((tab) => tab.id === current);
  const to =
    event.key === 'ArrowRight'
      ? (at + 1) % TABS.length
      : event.key === 'ArrowLeft'
        ? (at + TABS.length - 1) % TABS.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? TABS.length - 1
            : -1;
  const next = TABS[to];
  if (!next) return;
  event.preventDefault();
  store.update({ tab: next.id });
  document.getElementById(`tab-${next.id}`)?.focus();
}

const tabsPanel: Panel = {
  reads: (s) => [s.tab, s.lang],
  view: (state, store) =>
    html`${TABS.map(
      ({ id, label }) =>
        html`<button
          type="button"
          role="tab"
          id="tab-${id}"
          data-testid="tab-${id}"
          aria-controls="tabpanel-${id}"
          aria-selected=${String(state.tab === id)}
          tabindex=${state.tab === id ? '0' : '-1'}
          @click=${() => store.update({ tab: id })}
          @keydown=${(event: KeyboardEvent) => tabKey(event, state.tab, store)}
        >${t(label, state.lang)}</button>`,
    )}`,
};

/**
 * The right-hand panel: the selected feature, the plan texts, the analysis, the time tools or the
 * features in view, as tabs. Each tab has its own body and redraws only when it is shown and what it
 * reads changes.
 */
export function mountSidePanel(root: HTMLElement, store: Store, data: Data): void {
  const tabs = el('div', { class: 'tabs', role: 'tablist' });
  const bodies = Object.fromEntries(
    TABS.map(({ id }) => [
      id,
      el('div', {
        class: 'side-body',
        role: 'tabpanel',
        id: `tabpanel-${id}`,
        'aria-labelledby': `tab-${id}`,
        // In the tab order (the tabs pattern), and so a choice made in one tab can take the focus to the tab it opens.
        tabindex: '0',
        'data-tab': id,
      }),
    ]),
  ) as unknown as Record<Tab, HTMLElement>;
  // The panel's own heading: the tools' h3 headings follow an h2 even when the layer panel (phone) is hidden.
  const heading = el('h2', { class: 'visually-hidden' });
  store.select(
    (s) => s.lang,
    (lang) => {
      heading.textContent = t('sidePanelLabel', lang);
    },
    { immediate: true },
  );
  root.replaceChildren(heading, tabs, ...Object.values(bodies));

  store.select(
    (s) => [s.tab, s.lang],
    (_, state) => {
      render(tabsPanel.view(state, store), tabs);
      for (const { id } of TABS) bodies[id].hidden = state.tab !== id;
    },
    { immediate: true },
  );

  /** Draws a tab's panel when it is open and what it reads has changed since it was last drawn. */
  const whenOpen = (id: Tab, panel: Panel) =>
    store.select(
      (s) => (s.tab === id ? panel.reads(s) : null),
      (value, state) => {
        if (value !== null) render(panel.view(state, store), bodies[id]);
      },
      { immediate: true },
    );

  whenOpen('feature', {
    reads: (s) => [s.lang, s.selected, s.report, s.district, s.featureProps, s.features, s.content, s.imports],
    view: (s) => featureView(s, store, data),
  });
  whenOpen('plans', readerPanel);
  whenOpen('inview', inViewPanel);
  // The analysis tools load when first opened (import, coverage and their geometry code are off the
  // first load); they also redraw on their own (progress, messages), so they keep their host.
  let analysis: Promise<{ render(root: HTMLElement, state: AppState): void }> | null = null;
  store.select(
    (s) =>
      s.tab === 'analysis'
        ? [s.lang, s.measures, s.mode, s.drawing, s.nearest, s.nearestWith, s.imports, s.visible, s.features, s.content]
        : null,
    (value) => {
      if (value === null) return;
      analysis ??= import('./analysis-panel').then(({ createAnalysisPanel }) => createAnalysisPanel(store, data));
      void analysis.then((panel) => {
        const state = store.get();
        if (state.tab === 'analysis') panel.render(bodies.analysis, state);
      });
    },
    { immediate: true },
  );
  // The time tools load when first opened; most visits never need them.
  store.select(
    (s) => (s.tab === 'time' ? [s.lang, s.filters, s.compare, s.visible, s.figures, s.featureProps] : null),
    (value) => {
      if (value === null) return;
      void import('./time-panel').then(({ timeView }) => {
        const state = store.get();
        if (state.tab === 'time') render(timeView(state, store), bodies.time);
      });
    },
    { immediate: true },
  );
}
