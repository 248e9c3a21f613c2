import type { LinkIndex, Passage } from './links';
import { passageText } from './links';

export interface Quote {
  passage: Passage;
  /** The sentence, and where in it the places asked about are named. */
  text: string;
  marks: { start: number; end: number }[];
}

/** Sentence ends in the plan texts: full stops, semicolons and line-ending punctuation. */
const SENTENCE_END = /[。；！？]/g;

/**
 * The sentences of the plans that name any of the places of a feature, oldest plan first, each
 * sentence once: what a district view quotes inline.
 */
export function quotesAbout(index: LinkIndex, layerId: string, featureId: string): Quote[] {
  const placeIds = new Set(index.placesByFeature.get(`${layerId}/${featureId}`) ?? []);
  const quotes: Quote[] = [];
  const seen = new Set<string>();
  for (const passage of index.passages) {
    const hits = passage.mentions.filter((m) => placeIds.has(m.placeId));
    if (hits.length === 0) continue;
    const text = passageText(passage);
    const ends = [...text.matchAll(SENTENCE_END)].map((m) => (m.index ?? 0) + 1);
    let start = 0;
    for (const end of [...ends, text.length]) {
      const inside = hits.filter((h) => h.start >= start && h.end <= end);
      const sentence = text.slice(start, end).trim();
      const key = `${passage.paragraph.id}:${start}`;
      if (inside.length > 0 && sentence && !seen.has(key)) {
        seen.add(key);
        const lead = text.slice(start, end).length - text.slice(start, end).trimStart().length;
        quotes.push({
          passage,
          text: sentence,
          marks: inside.map((h) => ({ start: h.start - start - lead, end: h.end - start - lead })),
        });
      }
      start = end;
    }
  }
  return quotes;
}
