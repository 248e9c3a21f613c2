import type { Store } from '../state/store';

/**
 * On a phone the side panel is a bottom sheet (the CSS decides when) sized by `data-sheet`. Whatever
 * the user asks about (a feature, a report, a district, a plan passage from a link) pulls it up to half.
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
    (s) => [s.selected, s.report, s.district, s.clause],
    ([selected, report, district, clause], state) => {
      if (!(selected || report || district || clause)) return;
      // The layer drawer closes on what was picked in it (a district), even with the sheet already up.
      if (state.sheet === 'peek') store.update({ sheet: 'half', layersOpen: false });
      else if (state.layersOpen) store.update({ layersOpen: false });
    },
    { immediate: true },
  );
  // A tool that waits for clicks on the map (measure, nearest) needs the map in sight.
  store.select(
    (s) => s.mode,
    (mode, state) => {
      if (mode !== 'select' && state.sheet === 'full') store.update({ sheet: 'half' });
    },
  );
}
