import { html } from 'lit-html';
import { stripBidi } from '../i18n/bidi';
import { closeButton } from './close-button';
import type { Panel } from './panel';

/** Messages the user should see once, e.g. URL parameters that were ignored; each can be dismissed. */
export const noticesPanel: Panel = {
  reads: (s) => [s.notices, s.lang],
  view: (state, store) => {
    const dismiss = (i: number) => () => store.update({ notices: store.get().notices.filter((_, j) => j !== i) });
    return html`${state.notices.map(
      (notice, i) =>
        html`<p class="notice" role="status">
          <bdi>${stripBidi(notice)}</bdi>${closeButton(state.lang, dismiss(i))}
        </p>`,
    )}`;
  },
};
