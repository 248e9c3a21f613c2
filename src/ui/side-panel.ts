import type { Feature, Geometry } from 'geojson';
import { t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import { createAnalysisPanel } from './analysis-panel';
import { el } from './dom';
import { renderFeatureDetails } from './feature-panel';
import { renderReader } from './reader-panel';

/** The right-hand panel: the selected feature, the plan texts or the analysis tools, as tabs. */
export function mountSidePanel(
  root: HTMLElement,
  store: Store,
  data: () => ReadonlyMap<string, readonly Feature<Geometry, Record<string, unknown>>[]>,
): void {
  const analysis = createAnalysisPanel(store, data);
  const body = el('div', { class: 'side-body', role: 'tabpanel' });
  const tabs = el('div', { class: 'tabs', role: 'tablist' });
  root.replaceChildren(tabs, body);
  const render = (state: AppState) => {
    const tab = (id: AppState['tab'], label: string) => {
      const button = el(
        'button',
        { type: 'button', role: 'tab', 'data-testid': `tab-${id}`, 'aria-selected': String(state.tab === id) },
        label,
      );
      button.addEventListener('click', () => store.update({ tab: id }));
      return button;
    };
    tabs.replaceChildren(
      tab('feature', t('tabFeature', state.lang)),
      tab('plans', t('tabPlans', state.lang)),
      tab('analysis', t('tabAnalysis', state.lang)),
      tab('time', t('tabTime', state.lang)),
    );
    if (state.tab === 'feature') renderFeatureDetails(body, state, store, data);
    else if (state.tab === 'plans') renderReader(body, state, store);
    else if (state.tab === 'time') {
      // The time tools load when first opened; most visits never need them.
      void import('./time-panel').then(({ renderTimePanel }) => {
        if (store.get().tab === 'time') renderTimePanel(body, store.get(), store);
      });
    } else analysis.render(body, state);
  };
  render(store.get());
  store.subscribe((state, previous) => {
    const changed =
      state.tab !== previous.tab ||
      state.lang !== previous.lang ||
      state.content !== previous.content ||
      state.contentError !== previous.contentError ||
      (state.tab === 'feature' &&
        (state.selected !== previous.selected ||
          state.district !== previous.district ||
          state.featureProps !== previous.featureProps)) ||
      (state.tab === 'plans' && (state.clause !== previous.clause || state.paragraph !== previous.paragraph)) ||
      (state.tab === 'time' &&
        (state.filters !== previous.filters ||
          state.compareYear !== previous.compareYear ||
          state.figures !== previous.figures ||
          state.featureProps !== previous.featureProps)) ||
      (state.tab === 'analysis' &&
        (state.measures !== previous.measures ||
          state.mode !== previous.mode ||
          state.drawing !== previous.drawing ||
          state.nearest !== previous.nearest ||
          state.imports !== previous.imports ||
          state.visible !== previous.visible));
    if (changed) render(state);
  });
}
