import { html, nothing, type TemplateResult } from 'lit-html';
import { t } from '../i18n/strings';
import { copyShare } from '../state/actions';
import type { AppState, Store } from '../state/store';

/** The current view in its minimal, embeddable form: every state is already in the hash. */
export function embedUrl(href: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.hash.replace(/^#/, ''));
  params.set('embed', '1');
  url.hash = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',').replace(/%3A/g, ':');
  return url.toString();
}

/** The snippet a news site or district portal pastes; the URL is escaped as an attribute value. */
export function embedSnippet(href: string, title: string): string {
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(embedUrl(href))}" title="${attr(title)}" width="800" height="600" style="border:0" loading="lazy" allowfullscreen></iframe>`;
}

/** Share and embed: copies the link (or opens the phone's share sheet), shows the embed code (app/share.ts copies). */
export function shareView(state: AppState, store: Store): TemplateResult {
  const lang = state.lang;
  const { copied, embedOpen } = state.share;
  const toggleEmbed = () => store.update({ share: { ...store.get().share, copied: null, embedOpen: !embedOpen } });
  const message = copied === 'failed' ? t('shareCopyFailed', lang) : copied ? t('shareCopied', lang) : '';
  // Read when drawn: the hash follows every change of the view.
  const href = location.href;
  return html`<div class="share">
    <div class="buttons">
      <button type="button" data-testid="share" @click=${() => copyShare(store, 'link')}>${t('share', lang)}</button>
      <button type="button" data-testid="embed" aria-expanded=${String(embedOpen)} @click=${toggleEmbed}>
        ${t('embed', lang)}</button>
    </div>
    <p class="hint" role="status" data-testid="share-status">${message}</p>
    ${copied === 'failed' ? html`<input type="text" readonly aria-label=${t('share', lang)} .value=${href} />` : nothing}
    ${
      embedOpen
        ? html`<label for="embed-code" class="hint">${t('embedHint', lang)}</label>
          <textarea id="embed-code" data-testid="embed-code" readonly rows="4" .value=${embedSnippet(href, t('appTitle', lang))}></textarea>
          <button type="button" data-testid="embed-copy" @click=${() => copyShare(store, 'code')}>${t('embedCopy', lang)}</button>`
        : nothing
    }
  </div>`;
}
