/** The shape of a held-out search query and the shorthand both held-out sets write their queries with. */

export type PlanId = 'p12-proposal' | 'p12-outline' | 'p12-info' | 'p13-smart' | 'p14';
export type Lang = 'zh' | 'en' | 'mixed';
export type Kind = 'citizen' | 'journalist' | 'analyst' | 'planner';
export type Variant = 'plain' | 'typo' | 'traditional' | 'colloquial' | 'abbreviation' | 'mixed';

export interface HeldoutQuery {
  query: string;
  lang: Lang;
  kind: Kind;
  variant: Variant;
  /** plan(s) holding the evidence paragraph(s) */
  plans: PlanId[];
  /** verbatim substrings of the answering paragraph(s), whitespace ignored; any one counts */
  answers: string[];
}

export const q = (
  plans: PlanId | PlanId[],
  lang: Lang,
  kind: Kind,
  variant: Variant,
  query: string,
  ...answers: string[]
): HeldoutQuery => ({
  query,
  lang,
  kind,
  variant,
  plans: Array.isArray(plans) ? plans : [plans],
  answers,
});
