import { html } from 'lit-html';
import { t } from '../i18n/strings';
import { offlineStatusPanel } from './offline-status';
import type { Panel } from './panel';

/**
 * Title, the keyboard-shortcuts help and the language switch; the app's status notices (saved for
 * offline use, offline, a new version) sit in the title's block, so on a phone they cover the title
 * and nothing else (offline-status.css).
 */
export const headerPanel: Panel = {
  reads: (s) => [s.lang, s.appStatus],
  view: (state, store) => {
    const lang = state.lang;
    const next = lang === 'zh' ? 'en' : 'zh';
    return html`<div class="header-title">
        <h1>${t('appTitle', lang)}</h1>
        <p class="subtitle">${t('appSubtitle', lang)}</p>
        <div class="app-status" data-testid="app-status">${offlineStatusPanel.view(state, store)}</div>
      </div>
      <div class="header-tools">
        <button
          type="button"
          class="text-button keyboard-only"
          data-testid="open-shortcuts"
          aria-keyshortcuts="?"
          @click=${() => store.update({ dialog: 'shortcuts' })}
        >${t('shortcutsTitle', lang)}</button>
        <button
          type="button"
          class="lang-switch"
          data-testid="lang-switch"
          lang=${next === 'zh' ? 'zh-CN' : 'en'}
          title=${t('switchLanguageLabel', lang)}
          @click=${() => store.update({ lang: next })}
        >${t('switchLanguage', lang)}</button>
      </div>`;
  },
};
