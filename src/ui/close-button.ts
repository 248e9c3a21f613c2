import { html, type TemplateResult } from 'lit-html';
import { type Lang, t } from '../i18n/strings';

/**
 * "×" for the eye, "Close" / "关闭" for a screen reader: the name is the hidden text, not an
 * aria-label that would differ from what is shown (WCAG 2.5.3, label in name).
 */
export function closeButton(lang: Lang, onClose: () => void): TemplateResult {
  return html`<button type="button" class="close" @click=${onClose}
    ><span aria-hidden="true">×</span><span class="visually-hidden">${t('close', lang)}</span></button
  >`;
}
