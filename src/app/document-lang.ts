import { t } from '../i18n/strings';
import type { Store } from '../state/store';

/** `<html lang>`, the page title and the landmarks' names follow the interface language. */
export function syncDocumentLanguage(store: Store, labels: Record<string, 'layers' | 'sidePanelLabel' | 'mapRegion'>) {
  store.select(
    (s) => s.lang,
    (lang) => {
      document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
      document.title = t('appTitle', lang);
      for (const [id, key] of Object.entries(labels))
        document.getElementById(id)?.setAttribute('aria-label', t(key, lang));
    },
    { immediate: true },
  );
}
