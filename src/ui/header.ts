import { t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import { el } from './dom';

/** Title and the language switch; the choice is kept in localStorage. */
export function mountHeader(root: HTMLElement, store: Store, remember: (lang: string) => void): void {
  const render = (state: AppState) => {
    const next = state.lang === 'zh' ? 'en' : 'zh';
    const button = el(
      'button',
      {
        type: 'button',
        class: 'lang-switch',
        'data-testid': 'lang-switch',
        'aria-label': t('switchLanguageLabel', state.lang),
      },
      t('switchLanguage', state.lang),
    );
    button.addEventListener('click', () => {
      remember(next);
      store.update({ lang: next });
    });
    root.replaceChildren(
      el(
        'div',
        {},
        el('h1', {}, t('appTitle', state.lang)),
        el('p', { class: 'subtitle' }, t('appSubtitle', state.lang)),
      ),
      button,
    );
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appTitle', state.lang);
  };
  render(store.get());
  store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) render(state);
  });
}
