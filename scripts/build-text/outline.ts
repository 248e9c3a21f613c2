import type { ParagraphKind, PlanParagraph, PlanSection, SectionKind } from '../../src/content/types';

const DEPTH: Record<SectionKind, number> = { front: 0, chapter: 1, annex: 1, section: 2, subsection: 3, item: 3 };

/**
 * Builds a section tree from a flat stream of headings and paragraphs, as the file parsers read
 * them. A heading nests under the nearest open heading of lower depth.
 */
export class OutlineBuilder {
  readonly roots: PlanSection[] = [];
  private readonly stack: PlanSection[] = [];

  constructor(private readonly planId: string) {
    this.heading('front', 'front', '', '');
  }

  heading(kind: SectionKind, key: string, number: string, title: string): void {
    const depth = DEPTH[kind];
    while (this.stack.length > 0 && DEPTH[(this.stack.at(-1) as PlanSection).kind] >= depth) this.stack.pop();
    const section: PlanSection = {
      id: `${this.planId}/${key}`,
      number,
      title: title.trim(),
      kind,
      paragraphs: [],
      children: [],
    };
    const parent = this.stack.at(-1);
    if (parent) parent.children.push(section);
    else this.roots.push(section);
    this.stack.push(section);
  }

  paragraph(kind: ParagraphKind, text: string, title?: string): void {
    const clean = text.trim();
    if (clean === '' && !title) return;
    const section = this.stack.at(-1) as PlanSection;
    const paragraph: PlanParagraph = { id: `${section.id}/${section.paragraphs.length + 1}`, kind, text: clean };
    if (title) paragraph.title = title.trim();
    section.paragraphs.push(paragraph);
  }

  /** The tree, without an empty front matter. */
  result(): PlanSection[] {
    const [front, ...rest] = this.roots;
    return front && front.paragraphs.length === 0 && front.children.length === 0 ? rest : this.roots;
  }
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as written in headings ("十二" = 12, "二十" = 20). */
export function chineseNumeral(text: string): number {
  if (text === '十') return 10;
  const [tens, units] = text.includes('十') ? text.split('十') : ['', text];
  const tenValue = text.includes('十') ? (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 : 0;
  return tenValue + (units ? (CN_DIGITS[units] ?? 0) : 0);
}
