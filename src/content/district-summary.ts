/**
 * A district's summary in plain words, which the district view shows at once and its printed
 * sheet repeats; kept apart from the sheet so the sheet's module loads only when one is asked for.
 */
import type { Feature, Geometry } from 'geojson';
import { DISTRICT_LAYERS, type DistrictItems } from '../analysis/district-items';
import type { Lang } from '../i18n/strings';
import { districtSummary } from '../i18n/summary';
import type { LinkIndex } from './links';
import type { Quote } from './quotes';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

export const nameOf = (f: AnyFeature, lang: Lang) =>
  String((lang === 'zh' ? f.properties.name_zh : f.properties.name_en) ?? '');

/**
 * How many passages of the plans are about the district's places (its new towns, lines, parks…)
 * without being among `districtQuotes`: a district the plans seldom name is still much planned for.
 */
export function placePassageCount(index: LinkIndex, items: DistrictItems, districtQuotes: readonly Quote[]): number {
  const placeIds = new Set(
    DISTRICT_LAYERS.flatMap((layerId) =>
      items[layerId].flatMap((f) => index.placesByFeature.get(`${layerId}/${String(f.properties.id)}`) ?? []),
    ),
  );
  const counted = new Set(districtQuotes.map((q) => q.passage.paragraph.id));
  return index.passages.filter((p) => !counted.has(p.paragraph.id) && p.mentions.some((m) => placeIds.has(m.placeId)))
    .length;
}

/** A district's plain-language summary from its items and quotes: the district view and its sheet both say it. */
export function summaryOf(
  district: AnyFeature,
  items: DistrictItems,
  quotes: readonly Quote[],
  lang: Lang,
  placePassages = 0,
): string {
  const lines = items['rail-lines'];
  const population = district.properties.population_2020;
  return districtSummary(
    {
      name: nameOf(district, lang),
      population: typeof population === 'number' ? population : null,
      newTowns: items['new-towns'].map((f) => nameOf(f, lang)),
      waterfront: items['waterfront-segments'].length,
      linesOperating: lines.filter((l) => l.properties.status === 'operating').length,
      linesPlanned: lines.filter((l) => l.properties.status !== 'operating').length,
      stations: items['rail-stations'].length,
      parks: items.parks.length,
      industrialParks: items['industrial-parks'].length,
      passages: new Set(quotes.map((q) => q.passage.paragraph.id)).size,
      placePassages,
    },
    lang,
  );
}
