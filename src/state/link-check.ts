import type { PlanCorpus, PlanSection } from '../content/types';
import { type Lang, t } from '../i18n/strings';
import type { AppState } from './store';

/** The notice naming link values that were not understood, or nothing. */
export function ignoredNotice(ignored: readonly string[], lang: Lang): string[] {
  return ignored.length > 0 ? [`${t('urlIgnored', lang)}: ${ignored.join(', ')}`] : [];
}

/** The outcome of checking a link's ids against loaded data: what to change, and what to name. */
export interface LinkCheck {
  change: Partial<AppState>;
  unknown: string[];
}

type Props = AppState['featureProps'];

/**
 * Ids a link names that the loaded layers do not have (a district, rail lines, a selection) are
 * dropped and named, never silently kept: a kept unknown id would filter everything away.
 */
export function checkLayerIds(state: AppState, props: Props, selected: string | null): LinkCheck {
  const change: Partial<AppState> = {};
  const unknown: string[] = [];
  if (state.district && !props.get('base-districts')?.has(state.district)) {
    unknown.push(`district=${state.district}`);
    change.district = null;
  }
  const lines = props.get('rail-lines');
  if (lines && state.filters.railLines.length > 0) {
    const kept = state.filters.railLines.filter((id) => lines.has(id));
    for (const id of state.filters.railLines) if (!lines.has(id)) unknown.push(`lines=${id}`);
    if (kept.length !== state.filters.railLines.length) change.filters = { ...state.filters, railLines: kept };
  }
  // An imported layer's feature is checked once the imports are restored from this browser.
  if (selected && !selected.startsWith('import-')) {
    const [layerId = '', featureId = ''] = selected.split('/');
    if (!props.get(layerId)?.has(featureId)) unknown.push(`sel=${selected}`);
  }
  return { change, unknown };
}

function sectionIds(sections: readonly PlanSection[], into: Set<string>): Set<string> {
  for (const section of sections) {
    into.add(section.id);
    sectionIds(section.children, into);
  }
  return into;
}

/** The plan section and paragraph a link opens, checked against the loaded plan texts. */
export function checkTextIds(state: AppState, corpus: PlanCorpus): LinkCheck {
  const change: Partial<AppState> = {};
  const unknown: string[] = [];
  const sections = new Set<string>();
  for (const plan of corpus.plans) sectionIds(plan.sections, sections);
  if (state.clause && !sections.has(state.clause)) {
    unknown.push(`clause=${state.clause}`);
    change.clause = null;
    change.paragraph = null;
  } else if (state.paragraph) {
    const section = state.paragraph.split('/').slice(0, -1).join('/');
    const known = corpus.plans.some((plan) => findParagraph(plan.sections, section, state.paragraph ?? ''));
    if (!known) {
      unknown.push(`para=${state.paragraph}`);
      change.paragraph = null;
    }
  }
  return { change, unknown };
}

function findParagraph(sections: readonly PlanSection[], sectionId: string, paragraphId: string): boolean {
  return sections.some(
    (s) =>
      (s.id === sectionId && s.paragraphs.some((p) => p.id === paragraphId)) ||
      findParagraph(s.children, sectionId, paragraphId),
  );
}
