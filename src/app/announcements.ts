import { featuresInView } from '../analysis/features-in-view';
import { stripBidi } from '../i18n/bidi';
import { t } from '../i18n/strings';
import { findLayer } from '../registry/layers';
import type { Store } from '../state/store';
import { announce } from '../ui/live-region';

/** Says what changed where nothing visible gets the focus: a selection, and where the map now is. */
export function announceChanges(store: Store): void {
  store.select(
    (s) => s.selected,
    (selected, state) => {
      if (!selected) return;
      const p = selected.properties;
      const name = stripBidi(String(p[`name_${state.lang}`] ?? p.name_zh ?? selected.featureId));
      const layer = findLayer(selected.layerId)?.title[state.lang] ?? '';
      announce(`${t('announceSelected', state.lang)}: ${name}${layer ? ` (${layer})` : ''}`, 100);
    },
  );
  // After the map stops (debounced in announce): the zoom and how many features are now in view.
  store.select(
    (s) => s.bounds,
    (bounds, state) => {
      if (!bounds || !state.view) return;
      const count = featuresInView(state.features, state.visible, state.filters, bounds, state.lang, 0).reduce(
        (sum, group) => sum + group.more,
        0,
      );
      announce(
        t('announceView', state.lang)
          .replace('{z}', state.view[2].toFixed(1))
          .replace('{n}', count.toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en-GB')),
        1200,
      );
    },
  );
}
