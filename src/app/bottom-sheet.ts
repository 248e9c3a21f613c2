import type { Store } from '../state/store';

/**
 * On a phone the side panel is a bottom sheet (the CSS decides when) sized by `data-sheet`. Whatever
 * the user asks about (a feature, a report, a district) pulls it up to half.
 */
export function syncBottomSheet(store: Store, sheet: HTMLElement): void {
  store.select(
    (s) => s.sheet,
    (size) => {
      sheet.dataset.sheet = size;
    },
    { immediate: true },
  );
  store.select(
    (s) => [s.selected, s.report, s.district],
    ([selected, report, district], state) => {
      if ((selected || report || district) && state.sheet === 'peek')
        store.update({ sheet: 'half', layersOpen: false });
    },
    { immediate: true },
  );
}
