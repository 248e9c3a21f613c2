/**
 * What a district's printed plan sheet says, as plain data: the plans' sentences about the
 * district grouped by theme (the chapter they stand in) with section references, and the plan
 * items one line each with where exactly they are. Pure: the PDF writer only lays it out.
 */
import type { Feature, Geometry } from 'geojson';
import { DISTRICT_LAYERS, type DistrictItems } from '../analysis/district-items';
import { whereExactly } from '../i18n/distance';
import { formatValue } from '../i18n/fields';
import type { Lang } from '../i18n/strings';
import { findLayer } from '../registry/layers';
import { nameOf, summaryOf } from './district-summary';
import type { Quote } from './quotes';
import { sectionHeading, sectionReference, sectionTitle } from './section-titles';
import type { PlanDoc, PlanSection } from './types';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

export interface DistrictSheet {
  name: string;
  summary: string;
  themes: { title: string; quotes: { text: string; reference: string }[] }[];
  items: { layer: string; lines: string[] }[];
}

/** Enough of the plans' words for one page beside the map; the live view has them all. */
export const SHEET_QUOTES = 14;

const chapters = new WeakMap<PlanDoc, Map<string, PlanSection>>();

/** The top-level section (chapter) each section of a plan stands in, by section id. */
function chapterOf(plan: PlanDoc, sectionId: string): PlanSection | undefined {
  let index = chapters.get(plan);
  if (!index) {
    const built = new Map<string, PlanSection>();
    // The theme is the outermost section with a title (a plan's front matter may have none).
    const walk = (section: PlanSection, top: PlanSection | null) => {
      const theme = top ?? (sectionHeading(section, 'zh') ? section : null);
      if (theme) built.set(section.id, theme);
      for (const child of section.children) walk(child, theme);
    };
    for (const top of plan.sections) walk(top, null);
    chapters.set(plan, built);
    index = built;
  }
  return index.get(sectionId);
}

export function districtSheet(
  district: AnyFeature,
  items: DistrictItems,
  quotes: readonly Quote[],
  lang: Lang,
  /** Passages about the district's places beyond `quotes` (see placePassageCount). */
  placePassages = 0,
): DistrictSheet {
  // The plan in force first, then the order the plan itself follows.
  const chosen = [...quotes].sort((a, b) => b.passage.plan.order - a.passage.plan.order).slice(0, SHEET_QUOTES);
  const themes = new Map<string, DistrictSheet['themes'][number]>();
  for (const quote of chosen) {
    const { plan, section } = quote.passage;
    const chapter = chapterOf(plan, section.id) ?? section;
    const title = `${plan.short[lang]} · ${sectionHeading(chapter, lang)}`;
    const theme = themes.get(title) ?? { title, quotes: [] };
    themes.set(title, theme);
    const reference = [plan.short[lang], sectionReference(section.number, lang), sectionTitle(section, lang)];
    theme.quotes.push({ text: quote.text, reference: reference.filter(Boolean).join(' ') });
  }
  const listed = DISTRICT_LAYERS.filter((id) => items[id].length > 0).map((id) => {
    const features = items[id];
    const layer = `${findLayer(id)?.title[lang] ?? id} (${features.length})`;
    // Stations are many and all surveyed: one wrapped line of names says enough.
    if (id === 'rail-stations')
      return { layer, lines: [features.map((f) => nameOf(f, lang)).join(lang === 'zh' ? '、' : ', ')] };
    return {
      layer,
      lines: features.map((f) => {
        const status = f.properties.status ? ` · ${formatValue(f.properties.status, lang)}` : '';
        return `${nameOf(f, lang)}${status} — ${whereExactly(f.properties, lang)}`;
      }),
    };
  });
  return {
    name: nameOf(district, lang),
    summary: summaryOf(district, items, quotes, lang, placePassages),
    themes: [...themes.values()],
    items: listed,
  };
}
