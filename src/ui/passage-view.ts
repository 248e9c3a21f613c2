import type { LinkIndex, Passage } from '../content/links';
import { passageText } from '../content/links';
import { sectionTitle } from '../content/section-titles';
import { type Lang, t } from '../i18n/strings';
import type { FeatureKey } from '../state/store';
import { el } from './dom';

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
 * A passage's text with its place mentions as elements: <mark> for the place being read about,
 * buttons that show the others on the map. Every piece of text goes in as a text node.
 */
export function passageBody(passage: Passage, { lang, index, marked, onPlace, excerpt }: PassageOptions): HTMLElement {
  const text = passageText(passage);
  const body = el('span', { class: 'passage-text' });
  const hits = passage.mentions.filter((m) => marked?.has(m.placeId));
  const from = excerpt && hits[0] ? Math.max(0, hits[0].start - excerpt) : 0;
  const to = excerpt && hits.length > 0 ? Math.min(text.length, (hits.at(-1)?.end ?? 0) + excerpt) : text.length;
  if (from > 0) body.append('…');
  let at = from;
  for (const mention of passage.mentions) {
    if (mention.start < from || mention.end > to) continue;
    body.append(text.slice(at, mention.start));
    const words = text.slice(mention.start, mention.end);
    const place = index.places.get(mention.placeId);
    if (marked?.has(mention.placeId)) {
      body.append(el('mark', {}, words));
    } else if (place && onPlace) {
      const link = el(
        'button',
        {
          type: 'button',
          class: 'place-link',
          'data-place': place.id,
          title: `${t('showOnMap', lang)}: ${lang === 'zh' ? place.name_zh : place.name_en}`,
        },
        words,
      );
      link.addEventListener('click', (event) => {
        event.stopPropagation();
        onPlace(place.targets, place.id);
      });
      body.append(link);
    } else {
      body.append(words);
    }
    at = mention.end;
  }
  body.append(text.slice(at, to));
  if (to < text.length) body.append('…');
  return body;
}

/** "14th plan §10.2.1 Guide the building of each new town by type": where a passage stands, in the reader's language. */
export function passageReference(passage: Passage, lang: Lang): string {
  const number = passage.section.number ? `§${passage.section.number} ` : '';
  return `${passage.plan.short[lang]} ${number}${sectionTitle(passage.section, lang)}`.trim();
}
