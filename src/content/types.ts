import type { Bilingual } from '../registry/types';

/** The section tree of one plan, as built by scripts/build-text from shared/plan-text. */
export interface PlanDoc {
  id: string;
  /** The plan-text file name it was parsed from. */
  file: string;
  /** Position in time order, 1 = oldest. */
  order: number;
  year: number;
  title: Bilingual;
  short: Bilingual;
  sections: PlanSection[];
}

export type SectionKind = 'front' | 'chapter' | 'section' | 'subsection' | 'item' | 'annex';

export interface PlanSection {
  /** Stable id, e.g. "p14/10.2.1"; used in URLs. */
  id: string;
  /** The number as printed, e.g. "10.2.1", "第三章", "（12）", "（二）". */
  number: string;
  title: string;
  kind: SectionKind;
  paragraphs: PlanParagraph[];
  children: PlanSection[];
}

export type ParagraphKind = 'text' | 'bullet' | 'box' | 'figure' | 'table';

export interface PlanParagraph {
  /** Stable id: the section id and the paragraph's position, e.g. "p14/10.2.1/3". */
  id: string;
  kind: ParagraphKind;
  text: string;
  /** For a box: its title; for a figure: its caption (the image is not in the source). */
  title?: string;
}

export interface PlanCorpus {
  version: 1;
  plans: PlanDoc[];
}
