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

const HAN_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number; undefined for anything else. */
function hanNumber(text: string): number | undefined {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tens = '', ten = '', units = ''] = match;
  if (!ten) return tens && !units ? HAN_DIGITS[tens] : undefined;
  return (tens ? (HAN_DIGITS[tens] ?? 0) : 1) * 10 + (units ? (HAN_DIGITS[units] ?? 0) : 0);
}

/**
 * A section's number in the reader's language: the plan's own in Chinese; in English the Chinese
 * forms read as English ones (第二章 → "Chapter 2", 第一节 → "Section 1", 三、 → "3.", （四） → "(4)",
 * 附件 → "Annex"), as Chinese numerals in an English line are noise to whoever cannot read them.
 */
export function sectionNumber(number: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return number;
  const chapter = /^第(.+)([章节])$/.exec(number);
  if (chapter) {
    const n = hanNumber(chapter[1] ?? '') ?? chapter[1];
    return `${chapter[2] === '章' ? 'Chapter' : 'Section'} ${n}`;
  }
  const listed = /^(.+)、$/.exec(number);
  if (listed) return `${hanNumber(listed[1] ?? '') ?? listed[1]}.`;
  const bracketed = /^（(.+)）$/.exec(number);
  if (bracketed) return `(${hanNumber(bracketed[1] ?? '') ?? bracketed[1]})`;
  return number === '附件' ? 'Annex' : number;
}

/** "§10.2.1" or, where the number is a word, "Chapter 2": how a reference names a section; empty without a number. */
export function sectionReference(number: string, lang: 'zh' | 'en'): string {
  if (!number) return '';
  const shown = sectionNumber(number, lang);
  return /^[A-Z]/.test(shown) ? shown : `§${shown.replace(/\.$/, '')}`;
}

/** A section's number and title in the reader's language: "Chapter 2 A development blueprint …". */
export function sectionHeading(section: { id: string; number: string; title: string }, lang: 'zh' | 'en'): string {
  return `${sectionNumber(section.number, lang)} ${sectionTitle(section, lang)}`.trim();
}
