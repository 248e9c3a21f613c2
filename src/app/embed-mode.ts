import type { Store } from '../state/store';

/** An embedded map (#embed=1) hides the panels (the `embed` class on <body>) and shows its own bar. */
export function syncEmbedMode(store: Store, bar: HTMLElement): void {
  store.select(
    (s) => s.embed,
    (embed) => {
      document.body.classList.toggle('embed', embed);
      bar.hidden = !embed;
    },
    { immediate: true },
  );
}
