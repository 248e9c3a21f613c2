import type { Place } from './gazetteer';
import { type LinkIndex, type Passage, passageText } from './links';

export type SearchResult =
  | { kind: 'place'; score: number; place: Place }
  | { kind: 'passage'; score: number; passage: Passage };

const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/** Words of a query: Chinese segmented by Intl.Segmenter, other scripts by spaces, lower-cased. */
export function queryTerms(query: string): string[] {
  const terms = [...segmenter.segment(query.toLowerCase())]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment.trim())
    .filter((term) => term !== '');
  return [...new Set(terms)];
}

function placeScore(place: Place, query: string): number {
  let best = 0;
  for (const name of [...place.names_zh, ...place.names_en]) {
    const candidate = name.toLowerCase();
    if (candidate === query) best = Math.max(best, 100);
    else if (candidate.startsWith(query)) best = Math.max(best, 80 - (candidate.length - query.length) * 0.1);
    else if (candidate.includes(query)) best = Math.max(best, 60);
  }
  return best;
}

/**
 * One search over places (any of their names) and passages (every query word must occur). A query
 * that names a place also finds the passages about that place, so English names reach Chinese text.
 */
export function createSearch(index: LinkIndex): (query: string, limit?: number) => SearchResult[] {
  const texts = index.passages.map((passage) => ({ passage, text: passageText(passage).toLowerCase() }));
  const places = [...index.places.values()];
  return (raw, limit = 20) => {
    const query = raw.trim().toLowerCase();
    if (query === '') return [];
    const seenTargets = new Set<string>();
    const scored = places
      .map((place) => ({ kind: 'place' as const, score: placeScore(place, query), place }))
      .filter((hit) => hit.score > 0);
    const named = new Set(scored.filter((hit) => hit.score >= 80).map((hit) => hit.place.id));
    const placeHits = scored
      .sort((a, b) => b.score - a.score || a.place.name_zh.localeCompare(b.place.name_zh, 'zh'))
      // An alias and the feature it names are one result.
      .filter((hit) => {
        const key = hit.place.targets.map((t) => `${t.layerId}/${t.featureId}`).join(',');
        if (seenTargets.has(key)) return false;
        seenTargets.add(key);
        return true;
      });
    const terms = queryTerms(query);
    const passageHits: SearchResult[] = [];
    for (const { passage, text } of texts) {
      const aboutPlace = passage.mentions.some((mention) => named.has(mention.placeId));
      const allTerms = terms.length > 0 && terms.every((term) => text.includes(term));
      if (!aboutPlace && !allTerms) continue;
      const score =
        (text.includes(query) ? 40 : 0) +
        (allTerms ? 20 : 0) +
        (aboutPlace ? 30 : 0) +
        (passage.section.title.toLowerCase().includes(query) ? 5 : 0) +
        passage.plan.order;
      passageHits.push({ kind: 'passage', score, passage });
    }
    passageHits.sort((a, b) => b.score - a.score);
    return [...placeHits.slice(0, Math.ceil(limit / 3)), ...passageHits].slice(0, limit);
  };
}
