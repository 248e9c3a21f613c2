import { html, render } from 'lit-html';
import { stripBidi } from '../i18n/bidi';
import type { Store } from '../state/store';
import { closeButton } from './close-button';

/** Messages the user should see once, e.g. URL parameters that were ignored; each can be dismissed. */
export function mountNotices(root: HTMLElement, store: Store): void {
  const dismiss = (i: number) => () => store.update({ notices: store.get().notices.filter((_, j) => j !== i) });
  store.select(
    (s) => [s.notices, s.lang] as const,
    ([notices, lang]) =>
      render(
        html`${notices.map(
          (notice, i) =>
            html`<p class="notice" role="status">
              <bdi>${stripBidi(notice)}</bdi>${closeButton(lang, dismiss(i))}
            </p>`,
        )}`,
        root,
      ),
    { immediate: true },
  );
}
