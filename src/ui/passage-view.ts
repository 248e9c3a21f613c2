import { html, nothing, type TemplateResult } from 'lit-html';
import type { LinkIndex, Passage } from '../content/links';
import { passageText } from '../content/links';
import { sectionReference, sectionTitle } from '../content/section-titles';
import { stripBidi } from '../i18n/bidi';
import { type Lang, t } from '../i18n/strings';
import type { FeatureKey } from '../state/store';

export interface PassageOptions {
  lang: Lang;
  index: LinkIndex;
  /** Mentions of these places are marked; all others are links when `onPlace` is given. */
  marked?: ReadonlySet<string>;
  onPlace?: (targets: readonly FeatureKey[], placeId: string) => void;
  /** Show only this many characters around the marked mentions, with ellipses. */
  excerpt?: number;
}

/**
 * A passage's text with its place mentions: <mark> for the place being read about, buttons that
 * show the others on the map. Every piece of text is a text binding, never HTML.
 */
export function passageBody(
  passage: Passage,
  { lang, index, marked, onPlace, excerpt }: PassageOptions,
): TemplateResult {
  const text = passageText(passage);
  // Stripped piece by piece: the mention offsets count the text as it is.
  const slice = (start: number, end: number) => stripBidi(text.slice(start, end));
  const hits = passage.mentions.filter((m) => marked?.has(m.placeId));
  const from = excerpt && hits[0] ? Math.max(0, hits[0].start - excerpt) : 0;
  const to = excerpt && hits.length > 0 ? Math.min(text.length, (hits.at(-1)?.end ?? 0) + excerpt) : text.length;
  const pieces: (string | TemplateResult)[] = from > 0 ? ['…'] : [];
  let at = from;
  for (const mention of passage.mentions) {
    if (mention.start < from || mention.end > to) continue;
    pieces.push(slice(at, mention.start));
    const words = slice(mention.start, mention.end);
    const place = index.places.get(mention.placeId);
    if (marked?.has(mention.placeId)) {
      pieces.push(html`<mark>${words}</mark>`);
    } else if (place && onPlace) {
      const show = (event: Event) => {
        event.stopPropagation();
        onPlace(place.targets, place.id);
      };
      const name = lang === 'zh' ? place.name_zh : place.name_en;
      // In English the button's name adds the place's English name after the visible Chinese words
      // (WCAG 2.5.3: the name starts with what is seen); that part cannot be selected, so a copied
      // passage stays the plan's own text.
      const hint =
        lang === 'en'
          ? html`<span class="visually-hidden no-copy" lang="en"> (${name}: ${t('showOnMap', lang).toLowerCase()})</span>`
          : nothing;
      pieces.push(
        html`<button
          type="button"
          class="place-link"
          data-place=${place.id}
          title=${`${t('showOnMap', lang)}: ${name}`}
          @click=${show}
        ><span lang="zh">${words}</span>${hint}</button>`,
      );
    } else {
      pieces.push(words);
    }
    at = mention.end;
  }
  pieces.push(slice(at, to));
  if (to < text.length) pieces.push('…');
  return html`<span class="passage-text" lang="zh">${pieces}</span>`;
}

/** "14th plan §10.2.1 Guide the building of each new town by type": where a passage stands, in the reader's language. */
export function passageReference(passage: Passage, lang: Lang): string {
  const { section } = passage;
  return `${passage.plan.short[lang]} ${sectionReference(section.number, lang)} ${sectionTitle(section, lang)}`
    .replace(/ {2,}/g, ' ')
    .trim();
}
