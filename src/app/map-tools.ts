import { openPointReport, type Store } from '../state/store';
import { locateUser } from './geolocation';

/**
 * Answers the buttons over the map (`askMap`): the report of what is under the cross at the map's
 * centre, or the user's position. It runs within the click, so the browser counts the position
 * request as the user's. While aiming, the focus goes to "Ask about this point" and Escape cancels;
 * after it the focus goes to the report, or back to "What is here?" when cancelled.
 */
export function answerMapTools(store: Store, centre: () => [number, number] | null): void {
  store.select(
    (s) => s.mapAsk,
    (ask) => {
      if (ask?.what === 'locate') locateUser(store);
      const at = ask?.what === 'here' ? centre() : null;
      if (at) openPointReport(store, at[0], at[1]);
    },
  );
  store.select(
    (s) => s.aiming,
    (aiming) => {
      const target = aiming
        ? '[data-testid="aim-ask"]'
        : store.get().report
          ? '#tabpanel-feature'
          : '[data-testid="what-is-here"]';
      document.querySelector<HTMLElement>(target)?.focus();
    },
  );
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && store.get().aiming) store.update({ aiming: false });
  });
}
