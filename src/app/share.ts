import { t } from '../i18n/strings';
import type { Store } from '../state/store';
import { embedSnippet } from '../ui/share-panel';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers and pages without clipboard permission: the selection and execCommand still work.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * The share plugin: copies the link (or opens the phone's share sheet) or the embed code when the
 * panel asks (`copyShare`), and says how it went in `share.copied`. It runs within the click, so the
 * browser still counts it as the user's own action.
 */
export function shareViews(store: Store): void {
  const done = (copied: 'link' | 'code' | 'failed') => store.update({ share: { ...store.get().share, copied } });
  store.select(
    (s) => s.share.request,
    (request) => {
      if (!request) return;
      const lang = store.get().lang;
      const url = location.href;
      if (request.what === 'code') {
        void copyText(embedSnippet(url, t('appTitle', lang))).then((ok) => done(ok ? 'code' : 'failed'));
        return;
      }
      const phone = typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;
      if (phone) navigator.share({ title: t('appTitle', lang), url }).catch(() => undefined);
      else void copyText(url).then((ok) => done(ok ? 'link' : 'failed'));
    },
  );
}
