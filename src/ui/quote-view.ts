import { html, nothing, type TemplateResult } from 'lit-html';
import type { Quote } from '../content/quotes';
import { type Lang, t } from '../i18n/strings';
import type { Store } from '../state/store';
import { passageReference } from './passage-view';

/** One quoted sentence: its text as text, the place's words marked, and the plan section it is from. */
export function quoteView(quote: Quote, lang: Lang, store: Store): TemplateResult {
  const pieces: (string | TemplateResult)[] = [];
  let at = 0;
  for (const mark of quote.marks) {
    pieces.push(quote.text.slice(at, mark.start), html`<mark>${quote.text.slice(mark.start, mark.end)}</mark>`);
    at = mark.end;
  }
  pieces.push(quote.text.slice(at));
  const open = () =>
    store.update({ tab: 'plans', clause: quote.passage.section.id, paragraph: quote.passage.paragraph.id });
  return html`<blockquote class="district-quote" lang="zh">
    ${pieces}
    <button type="button" class="quote-source" lang=${lang} @click=${open}>${passageReference(quote.passage, lang)}</button>
  </blockquote>`;
}

/** The first `shown` quotes, and the rest behind "More quotes". */
export function quotesView(quotes: readonly Quote[], shown: number, lang: Lang, store: Store): TemplateResult {
  const rest = quotes.slice(shown);
  return html`${quotes.slice(0, shown).map((q) => quoteView(q, lang, store))}
  ${
    rest.length > 0
      ? html`<details class="more-quotes">
        <summary>${t('moreQuotes', lang)} (${rest.length})</summary>
        ${rest.map((q) => quoteView(q, lang, store))}
      </details>`
      : nothing
  }`;
}
