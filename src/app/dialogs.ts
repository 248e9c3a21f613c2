import type { Store } from '../state/store';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Opens and closes the page's modal dialog with `state.dialog` (showModal moves the focus in and
 * the browser gives it back on close); "?" opens the keyboard help unless the user is typing;
 * Escape outside a dialog closes the open feature and returns the focus to the map.
 */
export function syncDialogs(store: Store, host: HTMLElement, mapCanvas: () => HTMLElement | null): void {
  store.select(
    (s) => s.dialog,
    (dialog) => {
      const element = host.querySelector('dialog');
      if (!element) return;
      if (dialog && !element.open) element.showModal();
      if (!dialog && element.open) element.close();
    },
    { immediate: true },
  );
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (TYPING.has(target.tagName) || target.isContentEditable);
    if (event.key === '?' && !typing && !event.ctrlKey && !event.metaKey && store.get().dialog === null) {
      event.preventDefault();
      store.update({ dialog: 'shortcuts' });
    } else if (event.key === 'Escape' && !typing && store.get().dialog === null && store.get().selected) {
      const fromPanel = !!target?.closest('#side-panel');
      store.update({ selected: null, highlighted: [] });
      if (fromPanel) mapCanvas()?.focus();
    }
  });
}
