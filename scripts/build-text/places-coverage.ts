/**
 * Which inventory places the plan texts name, where, and whether the map shows them: the coverage
 * report of the text build ("N places named, M on the map, K not mappable") and text/places.json,
 * the inventory with the plans and sections that name each place.
 */
import type { Place } from '../../src/content/gazetteer';
import { linkCorpus } from '../../src/content/links';
import type { PlanCorpus } from '../../src/content/types';
import { LAYER_OF_KIND, PLACE_KINDS, type PlaceKind, type PlaceRecord } from '../build-geo/places/types';

export interface PlaceEntry {
  id: string;
  name_zh: string;
  name_en: string;
  kind: PlaceKind;
  districts: string[];
  /** The forms each plan uses, by plan id. */
  aliases: Record<string, string[]>;
  /** Section ids of the passages naming it, by plan id. */
  sections: Record<string, string[]>;
  method: PlaceRecord['locate']['by'];
  accuracy: 'surveyed' | 'derived' | 'approximate' | null;
  accuracy_m: number | null;
  /** The layer that draws it, or null. */
  layer: string | null;
  /** Why it is not on the map. */
  reason: string | null;
}

export interface Coverage {
  entries: PlaceEntry[];
  named: PlaceEntry[];
  mapped: PlaceEntry[];
  unmappable: PlaceEntry[];
  /** Hand-written records no plan names and no context explains (should be none). */
  unnamed: PlaceRecord[];
}

function accuracyOf(record: PlaceRecord): Pick<PlaceEntry, 'accuracy' | 'accuracy_m'> {
  const locate = record.locate;
  switch (locate.by) {
    case 'osm':
      return { accuracy: 'surveyed', accuracy_m: null };
    case 'district':
    case 'district-part':
    case 'coast':
    case 'zone':
    case 'road':
    case 'township':
      return { accuracy: 'derived', accuracy_m: null };
    case 'point':
    case 'osm-point':
    case 'schematic':
      return { accuracy: 'approximate', accuracy_m: locate.accuracy_m };
    case 'layer':
    case 'none':
      return { accuracy: null, accuracy_m: null };
  }
}

/** The gazetteer entries of the records: every form each record goes by. */
export function inventoryPlaces(records: readonly PlaceRecord[]): Place[] {
  return records.map((r) => ({
    id: r.id,
    name_zh: r.name_zh,
    name_en: r.name_en,
    names_zh: [r.name_zh, ...(r.aliases ?? [])],
    names_en: [r.name_en],
    targets: [],
  }));
}

/**
 * Matches the records against the plans (longest name wins, as in the app's links) and says for
 * each whether it is drawn: by its own layer, by another layer that has the feature, or not.
 */
export function placeCoverage(
  corpus: PlanCorpus,
  records: readonly PlaceRecord[],
  builtFeatures: ReadonlyMap<string, ReadonlySet<string>>,
  catalogueIds: ReadonlySet<string> = new Set(),
): Coverage {
  const index = linkCorpus(corpus, inventoryPlaces(records));
  const entries = records.map((record): PlaceEntry => {
    const aliases: Record<string, string[]> = {};
    const sections: Record<string, string[]> = {};
    for (const passage of index.byPlace.get(record.id) ?? []) {
      const text = passage.paragraph.title
        ? `${passage.paragraph.title} ${passage.paragraph.text}`
        : passage.paragraph.text;
      const forms = passage.mentions.filter((m) => m.placeId === record.id).map((m) => text.slice(m.start, m.end));
      const plan = passage.plan.id;
      aliases[plan] = [...new Set([...(aliases[plan] ?? []), ...forms.map((f) => f.replace(/\s+/g, ''))])];
      sections[plan] = [...new Set([...(sections[plan] ?? []), passage.section.id])];
    }
    const locate = record.locate;
    let layer: string | null = null;
    let reason: string | null = null;
    if (locate.by === 'none') reason = locate.reason;
    else if (locate.by === 'layer') {
      const have = builtFeatures.get(locate.layerId);
      const missing = locate.featureIds.filter((id) => !have?.has(id));
      if (missing.length === 0) layer = locate.layerId;
      else reason = `expected in layer ${locate.layerId}, which has no ${missing.join(', ')}`;
    } else layer = LAYER_OF_KIND[record.kind] ?? null;
    return {
      id: record.id,
      name_zh: record.name_zh,
      name_en: record.name_en,
      kind: record.kind,
      districts: record.districts,
      aliases,
      sections,
      method: locate.by,
      ...accuracyOf(record),
      layer,
      reason,
    };
  });
  const named = entries.filter((e) => Object.keys(e.sections).length > 0);
  return {
    entries,
    named,
    mapped: named.filter((e) => e.layer !== null),
    unmappable: named.filter((e) => e.layer === null),
    unnamed: records.filter((r) => !catalogueIds.has(r.id) && !r.context && !named.some((e) => e.id === r.id)),
  };
}

/** The report the text build prints. */
export function coverageReport(coverage: Coverage): string {
  const { named, mapped, unmappable, unnamed } = coverage;
  const percent = (a: number, b: number) => (b === 0 ? '–' : `${Math.round((a / b) * 1000) / 10}%`);
  const lines = [
    `${named.length} places named, ${mapped.length} on the map (${percent(mapped.length, named.length)}), ${unmappable.length} not mappable`,
    'kind          named  mapped',
  ];
  for (const kind of PLACE_KINDS) {
    const of = named.filter((e) => e.kind === kind);
    if (of.length === 0) continue;
    lines.push(
      `${kind.padEnd(13)}${String(of.length).padStart(6)}${String(of.filter((e) => e.layer).length).padStart(8)}`,
    );
  }
  lines.push('not mappable:');
  for (const e of unmappable) lines.push(`  ${e.name_zh} (${e.name_en}): ${e.reason}`);
  if (unnamed.length > 0)
    lines.push(`in the inventory but named by no plan: ${unnamed.map((r) => r.name_zh).join(', ')}`);
  return lines.join('\n');
}

/** Place-like words: a name of 2–7 characters ending in a place word, between delimiters. */
const CANDIDATE =
  /(?<=^|[，。、；：“”（）\s]|和|及|与|以|在|依托|推进|建设|加快|打造)([\u4e00-\u9fff]{2,7}?(?:新城|新片区|商务区|科学城|机场|港区|铁路|高铁|度假区|副中心|主城片区|产业园|医学园区|博物馆|图书馆|剧院|体育中心|体育公园|湖|岛|站|码头|开发区|高新区|示范区|智创城|智慧城|创新城|基地|枢纽|园区))(?=[，。、；：“”（）\s和及与等]|$)/g;

/**
 * Place-like words of the plans that are neither inside a mention of an inventory place nor, once
 * leading verbs are stripped, a listed non-place: each is a place the inventory is missing.
 */
export function unaccountedCandidates(
  corpus: PlanCorpus,
  records: readonly PlaceRecord[],
  notPlaces: Readonly<Record<string, string>>,
  leadingWords: RegExp,
): { term: string; paragraph: string }[] {
  const index = linkCorpus(corpus, inventoryPlaces(records));
  const found: { term: string; paragraph: string }[] = [];
  for (const passage of index.passages) {
    const text = passage.paragraph.title
      ? `${passage.paragraph.title} ${passage.paragraph.text}`
      : passage.paragraph.text;
    const covered = new Set<number>();
    for (const m of passage.mentions) for (let i = m.start; i < m.end; i++) covered.add(i);
    for (const match of text.matchAll(CANDIDATE)) {
      const term = match[1] ?? '';
      if (covered.has((match.index ?? 0) + term.length - 1)) continue;
      if (notPlaces[term.replace(leadingWords, '')] || notPlaces[term]) continue;
      found.push({ term, paragraph: passage.paragraph.id });
    }
  }
  return found;
}
