/**
 * English titles of the plans' sections: a reviewed translation kept as data beside the texts
 * (text/section-titles-en.json, keyed by section id), for English readers and English search.
 */
import titles from '../../text/section-titles-en.json';

const TITLES: Readonly<Record<string, string>> = titles;

/** The English title of a section, or undefined for a section without a title. */
export function englishTitle(sectionId: string): string | undefined {
  return TITLES[sectionId];
}

/** A section's title in the reader's language: the English translation in English, else the plan's own. */
export function sectionTitle(section: { id: string; title: string }, lang: 'zh' | 'en'): string {
  return (lang === 'en' && section.title ? englishTitle(section.id) : undefined) ?? section.title;
}
