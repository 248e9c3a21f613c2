import { html, nothing } from 'lit-html';
import { t } from '../i18n/strings';
import type { AppStatus } from '../state/tools';
import { closeButton } from './close-button';
import type { Panel } from './panel';
import './offline-status.css';

/**
 * Tells the user, in their language, when the app works from the copy saved on this device
 * (offline), when it has just been saved for offline use, and when a new version is waiting:
 * "Reload" asks app/service-worker.ts to activate it.
 */
export const offlineStatusPanel: Panel = {
  reads: (s) => [s.lang, s.appStatus],
  view: (state, store) => {
    const lang = state.lang;
    const { offline, savedForOffline, updateReady } = state.appStatus;
    const set = (change: Partial<AppStatus>) => store.update({ appStatus: { ...store.get().appStatus, ...change } });
    return html`${offline ? html`<p class="status-line" role="status" data-testid="offline-notice">${t('offline', lang)}</p>` : nothing}
      ${
        savedForOffline && !offline
          ? html`<p class="status-line" role="status">
              ${t('offlineReady', lang)} ${closeButton(lang, () => set({ savedForOffline: false }))}
            </p>`
          : nothing
      }
      ${
        updateReady
          ? html`<p class="status-line" role="status" data-testid="update-notice">
              ${t('updateReady', lang)}
              <button type="button" @click=${() => set({ reload: true })}>${t('updateReload', lang)}</button>
              ${closeButton(lang, () => set({ updateReady: false }))}
            </p>`
          : nothing
      }`;
  },
};
