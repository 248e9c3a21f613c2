import { inShanghai } from '../analysis/point-report';
import { type StringKey, t } from '../i18n/strings';
import { openPointReport, type Store } from '../state/store';

/**
 * "My location": asks the browser for its position (GPS or the system's location works offline;
 * nothing is sent anywhere by this app) and opens the report there, or says why it cannot.
 */
export function locateUser(store: Store, geolocation: Geolocation | undefined = navigator.geolocation): void {
  const say = (message: string) => store.update({ locating: false, notices: [...store.get().notices, message] });
  const lang = () => store.get().lang;
  if (!geolocation) {
    say(t('locationUnavailable', lang()));
    return;
  }
  store.update({ locating: true });
  geolocation.getCurrentPosition(
    ({ coords }) => {
      const at: [number, number] = [coords.longitude, coords.latitude];
      if (!inShanghai(at, store.get().features.get('base-districts') ?? [])) {
        const where = `${at[0].toFixed(3)}° E, ${at[1].toFixed(3)}° N`;
        say(t('locationOutside', lang()).replace('{where}', where));
        return;
      }
      store.update({ locating: false });
      openPointReport(store, at[0], at[1], { fly: true });
    },
    (error) => {
      const key: StringKey = error.code === error.PERMISSION_DENIED ? 'locationDenied' : 'locationUnavailable';
      say(t(key, lang()));
    },
    { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
  );
}
