import { html, render } from 'lit-html';
import { t } from '../i18n/strings';
import type { Store } from '../state/store';

/**
 * On a phone the layer catalogue and legend are a drawer over the map, opened by the "Layers"
 * button on the first screen (the CSS decides when); Escape or × closes it, and focus goes back.
 */
export function mountLayerDrawer(root: HTMLElement, store: Store): void {
  const head = document.createElement('div');
  head.className = 'drawer-head phone-only';
  root.prepend(head);
  const close = () => store.update({ layersOpen: false });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && store.get().layersOpen) close();
  });
  store.select(
    (s) => s.lang,
    (lang) =>
      render(
        html`<button type="button" class="close" data-testid="close-layers" aria-label=${t('close', lang)} @click=${close}>
          ×
        </button>`,
        head,
      ),
    { immediate: true },
  );
  store.select(
    (s) => s.layersOpen,
    (open) => {
      root.dataset.open = String(open);
      if (open) head.querySelector('button')?.focus();
      else if (root.contains(document.activeElement))
        document.querySelector<HTMLElement>('[data-testid="open-layers"]')?.focus();
    },
    { immediate: true },
  );
}
