import type { Measure } from '../analysis/measure';
import { LANGS } from '../i18n/strings';
import type { Store } from '../state/store';

/** What this browser remembers between visits: language, drawn measures, the user's Tianditu key. */
const LANG_KEY = 'plan-viewer.lang';
const MEASURES_KEY = 'plan-viewer.measures';
const TIANDITU_KEY = 'plan-viewer.tianditu-key';

function storedText(key: string): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

export function storedLang(): string | null {
  return storedText(LANG_KEY) || null;
}

export function rememberLang(lang: string): void {
  try {
    if ((LANGS as readonly string[]).includes(lang)) localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Private browsing may refuse storage; the switch still works for this visit.
  }
}

export function storedTiandituKey(): string {
  return storedText(TIANDITU_KEY);
}

/** Measures kept from earlier visits; anything malformed is dropped, never trusted. */
export function storedMeasures(): Measure[] {
  try {
    const raw = JSON.parse(localStorage.getItem(MEASURES_KEY) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (m): m is Measure =>
        typeof m?.id === 'string' &&
        (m.kind === 'line' || m.kind === 'area') &&
        Array.isArray(m.points) &&
        m.points.every(
          (p: unknown) =>
            Array.isArray(p) &&
            p.length === 2 &&
            p.every((n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= 180),
        ),
    );
  } catch {
    return [];
  }
}

/** Remembers the language whenever the user switches it (the one a visit starts with is not a choice). */
export function rememberLanguage(store: Store): void {
  store.select((s) => s.lang, rememberLang);
}

/** Writes measures and the key back whenever they change. */
export function persistChoices(store: Store): void {
  store.select(
    (s) => [s.measures, s.basemapKey] as const,
    ([measures, key]) => {
      try {
        localStorage.setItem(MEASURES_KEY, JSON.stringify(measures));
        localStorage.setItem(TIANDITU_KEY, key);
      } catch {
        // Storage full or refused: measures still work for this visit.
      }
    },
  );
}
