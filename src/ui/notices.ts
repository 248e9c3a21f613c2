import type { Store } from '../state/store';
import { el } from './dom';

/** Messages the user should see once, e.g. URL parameters that were ignored; each can be dismissed. */
export function mountNotices(root: HTMLElement, store: Store): void {
  const render = (notices: readonly string[]) => {
    root.replaceChildren(
      ...notices.map((notice, i) => {
        const close = el('button', { type: 'button', class: 'close', 'aria-label': '×' }, '×');
        close.addEventListener('click', () => store.update({ notices: store.get().notices.filter((_, j) => j !== i) }));
        return el('p', { class: 'notice', role: 'status' }, notice, close);
      }),
    );
  };
  render(store.get().notices);
  store.subscribe((state, previous) => {
    if (state.notices !== previous.notices) render(state.notices);
  });
}
