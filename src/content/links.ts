import { NOT_PLACES, type Place } from './gazetteer';
import type { PlanCorpus, PlanDoc, PlanParagraph, PlanSection } from './types';

export interface Mention {
  start: number;
  end: number;
  placeId: string;
}

export interface Passage {
  plan: PlanDoc;
  section: PlanSection;
  paragraph: PlanParagraph;
  mentions: Mention[];
}

export interface LinkIndex {
  passages: Passage[];
  byParagraph: Map<string, Passage>;
  byPlace: Map<string, Passage[]>;
  places: Map<string, Place>;
  /** Place ids for a feature, "layerId/featureId". */
  placesByFeature: Map<string, string[]>;
}

/**
 * Finds place names in a text: at each position the longest known name wins, and the scan
 * resumes after it. Names ending in a digit-led rail line ("1号线") must not sit after a digit
 * ("21号线"). Numbers in the texts are often spaced ("13 号线"), so spaces inside a match are skipped.
 */
export class PlaceMatcher {
  private readonly byFirstChar = new Map<string, { name: string; placeId: string }[]>();

  constructor(places: readonly Place[]) {
    const seen = new Set<string>();
    const entries: { name: string; placeId: string }[] = [];
    for (const place of places) {
      for (const name of place.names_zh) {
        const key = name.replace(/\s+/g, '');
        if (key.length < 2 || seen.has(key)) continue;
        seen.add(key);
        entries.push({ name: key, placeId: place.id });
      }
    }
    for (const name of NOT_PLACES) entries.push({ name, placeId: '' });
    entries.sort((a, b) => b.name.length - a.name.length);
    for (const entry of entries) {
      const first = entry.name.charAt(0);
      const list = this.byFirstChar.get(first) ?? [];
      list.push(entry);
      this.byFirstChar.set(first, list);
    }
  }

  /** Length of `text` consumed from `at` to read `name`, skipping spaces; -1 if it is not there. */
  private readAt(text: string, at: number, name: string): number {
    let i = at;
    for (const char of name) {
      while (text[i] === ' ' && i > at) i++;
      if (text[i] !== char) return -1;
      i++;
    }
    return i - at;
  }

  find(text: string): Mention[] {
    const mentions: Mention[] = [];
    let i = 0;
    while (i < text.length) {
      const candidates = this.byFirstChar.get(text.charAt(i));
      let matched = 0;
      for (const candidate of candidates ?? []) {
        if (/^\d/.test(candidate.name) && /\d/.test(text.charAt(i - 1))) continue;
        const length = this.readAt(text, i, candidate.name);
        if (length < 0) continue;
        if (candidate.placeId) mentions.push({ start: i, end: i + length, placeId: candidate.placeId });
        matched = length;
        break;
      }
      i += matched || 1;
    }
    return mentions;
  }
}

function* walk(sections: readonly PlanSection[]): Generator<PlanSection> {
  for (const section of sections) {
    yield section;
    yield* walk(section.children);
  }
}

/** Every passage with its place mentions, and the indexes both link directions need. */
export function linkCorpus(corpus: PlanCorpus, places: readonly Place[]): LinkIndex {
  const matcher = new PlaceMatcher(places);
  const passages: Passage[] = [];
  for (const plan of [...corpus.plans].sort((a, b) => a.order - b.order)) {
    for (const section of walk(plan.sections)) {
      for (const paragraph of section.paragraphs) {
        const text = paragraph.title ? `${paragraph.title} ${paragraph.text}` : paragraph.text;
        passages.push({ plan, section, paragraph, mentions: matcher.find(text) });
      }
    }
  }
  const byPlace = new Map<string, Passage[]>();
  for (const passage of passages) {
    for (const placeId of new Set(passage.mentions.map((m) => m.placeId))) {
      byPlace.set(placeId, [...(byPlace.get(placeId) ?? []), passage]);
    }
  }
  const placesByFeature = new Map<string, string[]>();
  for (const place of places) {
    for (const target of place.targets) {
      const key = `${target.layerId}/${target.featureId}`;
      placesByFeature.set(key, [...(placesByFeature.get(key) ?? []), place.id]);
    }
  }
  return {
    passages,
    byParagraph: new Map(passages.map((p) => [p.paragraph.id, p])),
    byPlace,
    places: new Map(places.map((p) => [p.id, p])),
    placesByFeature,
  };
}

/** The text a passage is matched against: a box or figure title, then its body. */
export function passageText(passage: Passage): string {
  const { title, text } = passage.paragraph;
  return title ? `${title} ${text}` : text;
}

/** Every passage about a feature, oldest plan first, each once. */
export function passagesForFeature(index: LinkIndex, layerId: string, featureId: string): Passage[] {
  const placeIds = index.placesByFeature.get(`${layerId}/${featureId}`) ?? [];
  const seen = new Set<string>();
  return index.passages.filter((passage) => {
    if (seen.has(passage.paragraph.id)) return false;
    const about = passage.mentions.some((m) => placeIds.includes(m.placeId));
    if (about) seen.add(passage.paragraph.id);
    return about;
  });
}
