import MiniSearch from 'minisearch';
import { type CityPlace, groupOf } from './city-gazetteer';
import { createCityIndex } from './city-search';
import type { Place } from './gazetteer';
import type { LinkIndex, Passage } from './links';
import { type ResultGroup, resultGroup } from './search-groups';
import { placeScore } from './search-place-score';
import { buildVocabulary, type ParsedQuery, parseQuery, suggestTerms } from './search-query';
import { isHan, normalise, tokens } from './search-text';
import { singular } from './search-vocabulary';
import { englishTitle } from './section-titles';

export type SearchResult =
  | { kind: 'city'; score: number; city: CityPlace }
  | { kind: 'place'; score: number; place: Place }
  | { kind: 'passage'; score: number; passage: Passage };

export interface SearchOutcome {
  results: SearchResult[];
  /** What the query was read as: the strings to highlight in passages (plan wording). */
  terms: string[];
  /** Plans the query named or pointed to by a year. */
  plans: string[];
  /** When nothing matched: names of the city (or else glossary terms) close to what was typed. */
  suggestions: string[];
}

export interface SearchOptions {
  limit?: number;
  /** Only passages of these plans (the app's plan filter); all plans when absent or empty. */
  plans?: readonly string[];
}

export interface SearchEngine {
  search(query: string, options?: SearchOptions): SearchOutcome;
  /** Number of passages indexed. */
  size: number;
  /** The index serialised, as it would be shipped instead of built (for measuring its size). */
  indexJson(): string;
}

interface IndexedPassage {
  id: number;
  heading: string;
  /** The section's reviewed English title (text/section-titles-en.json). */
  headingEn: string;
  box: string;
  text: string;
}

/** A named plan counts double; a year that points to a plan, a little. */
const PLAN_BOOST = 2;
const YEAR_BOOST = 1.3;
/** Passages that contain a concept of the query as a whole phrase, and that name a place asked about. */
const PHRASE_BOOST = 1.5;
/** Synonyms the user did not type (地铁 -> 轨道交通) count less than the words typed. */
const SYNONYM_WEIGHT = 0.4;
const PLACE_BOOST = 1.25;
/** How much a term's weight is shared among its character pairs (0: not at all, 1: fully). */
const LONG_TERM_DAMPING = 0.5;
/** A question about a quantity (多少, how many) prefers passages that state one. */
const FIGURE_BOOST = 1.4;
const FIGURE =
  /\d(?:[\d.,]*)\s*(?:%|％|万|亿|公里|千米|平方米|平方公里|个|座|张|家|所|条|项|套|户|人|岁|年|倍|小时|分钟|吨|微克|mbps|gbps)/i;
/** Candidates re-ranked after BM25; well beyond any page of results. */
const RERANK = 300;

const analyse = (text: string) => tokens(normalise(text));
/** English titles are matched word by word, plurals as singulars, as queries are read. */
const analyseEnglish = (text: string) => analyse(text).map(singular);
const uniqueTokens = (text: string) => [...new Set(analyse(text))];

/** Strings worth highlighting: each concept's words, Han phrases and Latin words alike. */
function highlightTerms(parsed: ParsedQuery): string[] {
  const terms = parsed.groups.flat().filter((term) => (isHan(term) ? [...term].length >= 2 : term.length >= 2));
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

/**
 * Ranked search over places (every name) and plan passages (BM25 over Han character pairs and
 * words, via MiniSearch). Section numbers and titles and box titles are indexed with each paragraph.
 * English and pinyin are translated to the plans' wording first; plans named in the query are
 * preferred; passages holding a whole phrase of the query, or naming a place it asks about, rise.
 */
function emptyIndex(): MiniSearch<IndexedPassage> {
  return new MiniSearch<IndexedPassage>({
    fields: ['heading', 'headingEn', 'box', 'text'],
    tokenize: (text, field) => (field === 'headingEn' ? analyseEnglish(text) : analyse(text)),
    processTerm: (term) => term,
    searchOptions: { boost: { heading: 1, headingEn: 0.5, box: 1.5 }, combineWith: 'OR' },
  });
}

function documents(index: LinkIndex): IndexedPassage[] {
  return index.passages.map((p, id) => ({
    id,
    heading: `${p.section.number} ${p.section.title}`,
    headingEn: englishTitle(p.section.id) ?? '',
    box: p.paragraph.title ?? '',
    text: p.paragraph.text,
  }));
}

/** The city gazetteer's hits shown at most, in all and per group. */
const CITY_LIMIT = 9;
const CITY_GROUP_LIMIT = 5;

export function createSearchEngine(index: LinkIndex, city: readonly CityPlace[] = []): SearchEngine {
  const mini = emptyIndex();
  mini.addAll(documents(index));
  return engineOver(index, mini, city);
}

/** The same engine, indexed in small chunks that yield to the page in between (for the browser). */
export async function createSearchEngineAsync(
  index: LinkIndex,
  city: readonly CityPlace[] = [],
): Promise<SearchEngine> {
  const mini = emptyIndex();
  await mini.addAllAsync(documents(index), { chunkSize: 100 });
  return engineOver(index, mini, city);
}

/**
 * What the plans' places lead the city's names by when groups are ordered: a plan place whose name
 * holds the query (60, "Greater Xintiandi" for "Xintiandi") comes before city names that start with
 * it (80 and a kind's few points, 新天地太平湖). A city name typed whole (WHOLE_NAME and more: the
 * station 五角场) leads as much, so it meets the plan places on their own scores.
 */
const PLAN_PLACE_LEAD = 25;
const WHOLE_NAME = 100;

/**
 * Results in groups, the group with the best match first (plan places leading city names that are
 * not typed whole) and passages last; within a group, best first.
 */
function grouped(results: readonly SearchResult[]): SearchResult[] {
  const groups = new Map<ResultGroup, SearchResult[]>();
  for (const result of results) {
    const group = resultGroup(result);
    groups.set(group, [...(groups.get(group) ?? []), result]);
  }
  const rank = ([group, list]: [ResultGroup, readonly SearchResult[]]) => {
    if (group === 'passages') return Number.NEGATIVE_INFINITY;
    const best = Math.max(...list.map((r) => r.score));
    return best + (group === 'plan-places' || best >= WHOLE_NAME ? PLAN_PLACE_LEAD : 0);
  };
  return [...groups.entries()].sort((a, b) => rank(b) - rank(a)).flatMap(([, list]) => list);
}

function engineOver(
  index: LinkIndex,
  mini: MiniSearch<IndexedPassage>,
  cityPlaces: readonly CityPlace[],
): SearchEngine {
  const places = [...index.places.values()];
  const namedPlaces = places.map((place) => ({ place, names: [...place.names_zh, ...place.names_en].map(normalise) }));
  const city = createCityIndex(cityPlaces);
  // A place of the city that is also a plan place ("黄浦江", a district) is shown once, as the plan place.
  const planByName = new Map<string, Place>();
  for (const { place, names } of namedPlaces)
    for (const name of names) if (!planByName.has(name)) planByName.set(name, place);
  const passages = index.passages;
  const haystacks = passages.map((p) =>
    normalise(`${p.section.number} ${p.section.title} ${p.paragraph.title ?? ''} ${p.paragraph.text}`).replace(
      /\s+/g,
      '',
    ),
  );
  const vocabulary = buildVocabulary(places, haystacks);

  const search = (raw: string, options: SearchOptions = {}): SearchOutcome => {
    const limit = options.limit ?? 20;
    const query = normalise(raw).trim();
    const empty = { results: [], terms: [], plans: [], suggestions: [] };
    if (query === '') return empty;
    const parsed = parseQuery(raw, vocabulary);
    const named = new Set(parsed.placeIds);
    const only = options.plans && options.plans.length > 0 ? new Set(options.plans) : null;

    const seenTargets = new Set<string>();
    const placeHits: SearchResult[] = namedPlaces
      .map((entry) => ({
        kind: 'place' as const,
        score: placeScore(entry, query, named, parsed.groups),
        place: entry.place,
      }))
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score || a.place.name_zh.localeCompare(b.place.name_zh, 'zh'))
      // An alias and the feature it names are one result; so are two layers' features of one name
      // (the Huangpu as a river line and as a water area).
      .filter((hit) => {
        const key = hit.place.targets.map((t) => `${t.layerId}/${t.featureId}`).join(',');
        const name = `name:${hit.place.name_zh}`;
        if (seenTargets.has(key) || seenTargets.has(name)) return false;
        seenTargets.add(key);
        seenTargets.add(name);
        return true;
      });

    const searched = [...new Set(parsed.groups.flat())].join(' ');
    const typed = new Set(
      parsed.groups.flat().flatMap((term) => (parsed.secondary.includes(term) ? [] : tokens(term))),
    );
    const hanGroups = parsed.groups
      .map((group) => group.map((term) => term.replace(/\s+/g, '')).filter((term) => term.length >= 2))
      .filter((group) => group.length > 0);
    const planSet = new Set(parsed.plans);
    const yearSet = new Set(parsed.yearPlans);
    const passageHits: SearchResult[] = [];
    // A long term counts as one concept, not as the sum of its character pairs: 人工智能's three
    // pairs together weigh about what 算力's one does, and the index's IDF tells them apart.
    const pairsShare = new Map<string, number>();
    for (const term of parsed.groups.flat()) {
      const own = uniqueTokens(term);
      const share = 1 / own.length ** LONG_TERM_DAMPING;
      for (const token of own) pairsShare.set(token, Math.max(pairsShare.get(token) ?? 0, share));
    }
    const boostTerm = (term: string) => (typed.has(term) ? 1 : SYNONYM_WEIGHT) * (pairsShare.get(term) ?? 1);
    for (const hit of searched ? mini.search(searched, { boostTerm, tokenize: uniqueTokens }).slice(0, RERANK) : []) {
      const id = hit.id as number;
      const passage = passages[id];
      const haystack = haystacks[id] ?? '';
      if (!passage || (only && !only.has(passage.plan.id))) continue;
      const phrases = hanGroups.filter((group) => group.some((term) => haystack.includes(term))).length;
      const score =
        hit.score *
        (planSet.has(passage.plan.id) ? PLAN_BOOST : yearSet.has(passage.plan.id) ? YEAR_BOOST : 1) *
        (1 + (hanGroups.length > 0 ? (PHRASE_BOOST * phrases) / hanGroups.length : 0)) *
        (passage.mentions.some((m) => named.has(m.placeId)) ? PLACE_BOOST : 1) *
        (parsed.asksFigure && FIGURE.test(haystack) ? FIGURE_BOOST : 1);
      passageHits.push({ kind: 'passage', score: Math.round(score * 1000) / 1000, passage });
    }
    passageHits.sort((a, b) => b.score - a.score);

    const cityHits: SearchResult[] = [];
    const perGroup = new Map<string, number>();
    for (const hit of city.search(raw, CITY_LIMIT * 3)) {
      const group = groupOf(hit.place.kind);
      const plan =
        group === 'places'
          ? (planByName.get(normalise(hit.place.name_zh)) ?? planByName.get(normalise(hit.place.name_en)))
          : undefined;
      if (plan) {
        // The city's name for a plan place ("Minhang" for 闵行区) ranks it as well as it ranks a street.
        const known = placeHits.find((p) => p.kind === 'place' && p.place === plan);
        if (known) known.score = Math.max(known.score, hit.score);
        else placeHits.push({ kind: 'place', score: hit.score, place: plan });
        placeHits.sort((a, b) => b.score - a.score);
        continue;
      }
      const count = perGroup.get(group) ?? 0;
      if (count >= CITY_GROUP_LIMIT || cityHits.length >= CITY_LIMIT) continue;
      perGroup.set(group, count + 1);
      cityHits.push({ kind: 'city', score: hit.score, city: hit.place });
    }
    const results = grouped([...cityHits, ...placeHits.slice(0, Math.ceil(limit / 3)), ...passageHits].slice(0, limit));
    const names = results.length === 0 ? city.suggest(raw) : [];
    return {
      results,
      terms: highlightTerms(parsed),
      plans: [...new Set([...parsed.plans, ...parsed.yearPlans])],
      suggestions: results.length > 0 ? [] : names.length > 0 ? names : suggestTerms(raw, vocabulary),
    };
  };
  return { search, size: passages.length, indexJson: () => JSON.stringify(mini) };
}

/** The ranked results alone, as the CLI and older callers use them. */
export function createSearch(index: LinkIndex): (query: string, limit?: number) => SearchResult[] {
  const engine = createSearchEngine(index);
  return (query, limit = 20) => engine.search(query, { limit }).results;
}
