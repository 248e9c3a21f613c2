import { openPointReport, type Store } from '../state/store';
import { locateUser } from './geolocation';

/**
 * Answers the buttons over the map (`askMap`): the report of what is at the map's centre, or the
 * user's position. It runs within the click, so the browser counts the position request as the user's.
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
}
