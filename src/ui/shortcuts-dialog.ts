import { html, nothing } from 'lit-html';
import { type StringKey, t } from '../i18n/strings';
import type { Panel } from './panel';

const SHORTCUTS: { keys: (StringKey | string)[]; what: StringKey }[] = [
  { keys: ['keyArrows'], what: 'shortcutPan' },
  { keys: ['+', '−'], what: 'shortcutZoom' },
  { keys: ['keyEnter'], what: 'shortcutOpen' },
  { keys: ['←', '→'], what: 'shortcutTabs' },
  { keys: ['?'], what: 'shortcutHelp' },
  { keys: ['keyEscape'], what: 'shortcutClose' },
];

/**
 * The keyboard help, a modal <dialog>: the browser moves the focus in, keeps it there, closes it on
 * Escape and gives the focus back (src/app/dialogs.ts opens and closes it with the state).
 */
export const shortcutsDialog: Panel = {
  reads: (s) => [s.lang, s.dialog],
  view: (state, store) => {
    const lang = state.lang;
    const close = () => store.update({ dialog: null });
    return html`<dialog
      class="dialog"
      data-testid="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      @close=${() => {
        if (store.get().dialog === 'shortcuts') close();
      }}
    >
      ${
        state.dialog === 'shortcuts'
          ? html`<h2 id="shortcuts-title">${t('shortcutsTitle', lang)}</h2>
              <p class="hint">${t('shortcutsIntro', lang)}</p>
              <dl class="shortcuts">
                ${SHORTCUTS.map(
                  ({ keys, what }) => html`<div>
                    <dt>${keys.map((key) => html`<kbd>${key.length > 2 ? t(key as StringKey, lang) : key}</kbd> `)}</dt>
                    <dd>${t(what, lang)}</dd>
                  </div>`,
                )}
              </dl>
              <button type="button" data-testid="shortcuts-close" @click=${close}>${t('close', lang)}</button>`
          : nothing
      }
    </dialog>`;
  },
};
