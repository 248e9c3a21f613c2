import type { Store } from '../state/store';

/**
 * On a phone the layer catalogue and legend are a drawer over the map, opened by the "Layers"
 * button on the first screen (the CSS decides when, from `data-open`); Escape or × closes it, the
 * focus goes into it when it opens and back to the button when it closes.
 */
export function syncLayerDrawer(store: Store, root: HTMLElement): void {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && store.get().layersOpen) store.update({ layersOpen: false });
  });
  store.select(
    (s) => s.layersOpen,
    (open) => {
      root.dataset.open = String(open);
      if (open) root.querySelector<HTMLElement>('[data-testid="close-layers"]')?.focus();
      else if (root.contains(document.activeElement))
        document.querySelector<HTMLElement>('[data-testid="open-layers"]')?.focus();
    },
    { immediate: true },
  );
}
