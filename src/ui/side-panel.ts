import { html } from 'lit-html';
import { t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import { featurePanel } from './feature-panel';
import { inViewPanel } from './in-view-panel';
import { mountPanel, type Panel } from './panel';
import { readerPanel } from './reader-panel';

type Tab = AppState['tab'];

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

/** The panel's frame: its own heading, the tab bar and one body per tab (each a panel of its own). */
const sideFrame: Panel = {
  reads: (s) => [s.tab, s.lang],
  view: (state, store) =>
    // The panel's own heading: the tools' h3 headings follow an h2 even when the layer panel (phone) is hidden.
    html`<h2 class="visually-hidden">${t('sidePanelLabel', state.lang)}</h2>
      <div class="tabs" role="tablist">${tabsPanel.view(state, store)}</div>
      ${TABS.map(
        ({ id }) =>
          // In the tab order (the tabs pattern), and so a choice made in one tab can take the focus to the tab it opens.
          html`<div class="side-body" role="tabpanel" id="tabpanel-${id}" aria-labelledby="tab-${id}" tabindex="0"
            data-tab=${id} ?hidden=${state.tab !== id}></div>`,
      )}`,
};

/**
 * The right-hand panel: the selected feature, the plan texts, the analysis, the time tools or the
 * features in view, as tabs. Each tab has its own body and redraws only when it is shown and what it
 * reads changes; the time tools load when first opened, as most visits never need them.
 */
export function mountSidePanel(root: HTMLElement, store: Store): void {
  mountPanel(root, store, sideFrame);
  const body = (id: Tab) => root.querySelector<HTMLElement>(`#tabpanel-${id}`) as HTMLElement;
  const bodies: Partial<Record<Tab, Panel>> = { feature: featurePanel, plans: readerPanel, inview: inViewPanel };
  for (const [id, panel] of Object.entries(bodies) as [Tab, Panel][])
    mountPanel(body(id), store, panel, (s) => s.tab === id);
  // The analysis tools (import, coverage and their geometry code) and the time tools load when
  // first opened: most visits never need them, and they stay off the first load.
  const lazy: Partial<Record<Tab, () => Promise<Panel>>> = {
    analysis: () => import('./analysis-panel').then((m) => m.analysisPanel),
    time: () => import('./time-panel').then((m) => m.timePanel),
  };
  for (const [id, load] of Object.entries(lazy) as [Tab, () => Promise<Panel>][]) {
    let loading = false;
    store.select(
      (s) => s.tab === id,
      (open) => {
        if (!open || loading) return;
        loading = true;
        void load().then((panel) => mountPanel(body(id), store, panel, (s) => s.tab === id));
      },
      { immediate: true },
    );
  }
}
