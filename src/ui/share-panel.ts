import { html, nothing, type TemplateResult } from 'lit-html';
import { t } from '../i18n/strings';
import type { AppState } from '../state/store';

export interface ShareControls {
  /** The last copy's outcome and whether the embed code is shown. */
  readonly status: { copied: 'link' | 'code' | 'failed' | null; embedOpen: boolean };
  share(): void;
  toggleEmbed(): void;
  copyEmbed(): void;
}

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

/** Share and embed: copies the link (or opens the phone's share sheet), shows the embed code. */
export function createShare(rerender: () => void, lang: () => AppState['lang']): ShareControls {
  const status: ShareControls['status'] = { copied: null, embedOpen: false };
  const done = (copied: typeof status.copied) => {
    status.copied = copied;
    rerender();
  };
  return {
    status,
    share() {
      const url = location.href;
      const phone = typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;
      if (phone) {
        navigator.share({ title: t('appTitle', lang()), url }).catch(() => undefined);
        return;
      }
      void copyText(url).then((ok) => done(ok ? 'link' : 'failed'));
    },
    toggleEmbed() {
      status.embedOpen = !status.embedOpen;
      done(null);
    },
    copyEmbed() {
      void copyText(embedSnippet(location.href, t('appTitle', lang()))).then((ok) => done(ok ? 'code' : 'failed'));
    },
  };
}

export function shareView(state: AppState, share: ShareControls): TemplateResult {
  const lang = state.lang;
  const { copied, embedOpen } = share.status;
  const message = copied === 'failed' ? t('shareCopyFailed', lang) : copied ? t('shareCopied', lang) : '';
  // Read when drawn: the hash follows every change of the view.
  const href = location.href;
  return html`<div class="share">
    <div class="buttons">
      <button type="button" data-testid="share" @click=${share.share}>${t('share', lang)}</button>
      <button type="button" data-testid="embed" aria-expanded=${String(embedOpen)} @click=${share.toggleEmbed}>
        ${t('embed', lang)}</button>
    </div>
    <p class="hint" role="status" data-testid="share-status">${message}</p>
    ${copied === 'failed' ? html`<input type="text" readonly aria-label=${t('share', lang)} .value=${href} />` : nothing}
    ${
      embedOpen
        ? html`<label for="embed-code" class="hint">${t('embedHint', lang)}</label>
          <textarea id="embed-code" data-testid="embed-code" readonly rows="4" .value=${embedSnippet(href, t('appTitle', lang))}></textarea>
          <button type="button" data-testid="embed-copy" @click=${share.copyEmbed}>${t('embedCopy', lang)}</button>`
        : nothing
    }
  </div>`;
}
