import { registerSW } from 'virtual:pwa-register';
import { html, render } from 'lit-html';
import { type Lang, t } from '../i18n/strings';
import { closeButton } from './close-button';
import './offline-status.css';

/** What this module needs from the store: the interface language and its changes. */
interface LangSource {
  get(): { lang: Lang };
  subscribe(listener: (state: { lang: Lang }) => void): unknown;
}

/**
 * Registers the service worker and tells the user, in their language, when the app works from the
 * copy saved on this device (offline), when it has just been saved for offline use, and when a new
 * version is waiting: "Reload" activates it and reloads the page.
 */
export function mountOfflineStatus(store: LangSource): void {
  const root = document.createElement('div');
  root.className = 'app-status';
  root.dataset.testid = 'app-status';
  document.body.append(root);
  let offline = !navigator.onLine;
  let savedForOffline = false;
  let updateReady = false;

  const updateSW = registerSW({
    onNeedRefresh: () => {
      updateReady = true;
      draw();
    },
    onOfflineReady: () => {
      savedForOffline = true;
      draw();
      // Good news needs no answer: it goes away by itself.
      setTimeout(() => {
        savedForOffline = false;
        draw();
      }, 8000);
    },
  });

  function draw(): void {
    const lang = store.get().lang;
    const close = (hide: () => void) =>
      closeButton(lang, () => {
        hide();
        draw();
      });
    render(
      html`${offline ? html`<p class="status-line" role="status" data-testid="offline-notice">${t('offline', lang)}</p>` : ''}
      ${
        savedForOffline && !offline
          ? html`<p class="status-line" role="status">
              ${t('offlineReady', lang)} ${close(() => (savedForOffline = false))}
            </p>`
          : ''
      }
      ${
        updateReady
          ? html`<p class="status-line" role="status" data-testid="update-notice">
              ${t('updateReady', lang)}
              <button type="button" @click=${() => updateSW(true)}>${t('updateReload', lang)}</button>
              ${close(() => (updateReady = false))}
            </p>`
          : ''
      }`,
      root,
    );
  }

  const setOnline = (online: boolean) => {
    offline = !online;
    draw();
  };
  window.addEventListener('online', () => setOnline(true));
  window.addEventListener('offline', () => setOnline(false));
  let lang = store.get().lang;
  store.subscribe((state) => {
    if (state.lang === lang) return;
    lang = state.lang;
    draw();
  });
  draw();
}
