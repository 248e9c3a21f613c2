import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { DISTRICT_LAYERS, type DistrictItems, districtItems } from '../analysis/district-items';
import { passagesForFeature } from '../content/links';
import { formatValue } from '../i18n/fields';
import { t } from '../i18n/strings';
import { districtSummary } from '../i18n/summary';
import { findLayer } from '../registry/layers';
import { type AppState, type Store, showFeatures } from '../state/store';
import { el } from './dom';

type Data = () => ReadonlyMap<string, readonly Feature<Geometry, Record<string, unknown>>[]>;

const cache = new Map<string, DistrictItems>();

function itemsOf(
  slug: string,
  data: Data,
): { district: Feature<Geometry, Record<string, unknown>>; items: DistrictItems } | null {
  const district = data()
    .get('base-districts')
    ?.find((d) => d.properties.id === slug);
  if (!district) return null;
  let items = cache.get(slug);
  if (!items) {
    items = districtItems(district.geometry as Polygon | MultiPolygon, data());
    cache.set(slug, items);
  }
  return { district, items };
}

/** A district chooser for the layer panel: the citizen's way in. */
export function districtPicker(state: AppState, store: Store, data: Data): HTMLElement {
  const districts = [...(data().get('base-districts') ?? [])].sort((a, b) =>
    String(a.properties.name_en).localeCompare(String(b.properties.name_en)),
  );
  const select = el(
    'select',
    { id: 'district-picker', 'data-testid': 'district-picker' },
    el('option', { value: '' }, t('chooseDistrict', state.lang)),
    ...districts.map((d) => {
      const option = el(
        'option',
        { value: String(d.properties.id) },
        String(state.lang === 'zh' ? d.properties.name_zh : d.properties.name_en),
      );
      option.selected = state.district === d.properties.id;
      return option;
    }),
  );
  select.addEventListener('change', () => openDistrict(store, select.value || null));
  return el('label', { class: 'district-picker', for: 'district-picker' }, t('yourDistrict', state.lang), select);
}

export function openDistrict(store: Store, slug: string | null): void {
  store.update({ district: slug, selected: null, tab: 'feature', highlighted: [] });
  if (slug) showFeatures(store, [{ layerId: 'base-districts', featureId: slug }], { select: false });
}

/** What the plans put in one district, each item linked to its feature and passages. */
export function districtView(state: AppState, store: Store, data: Data): HTMLElement[] {
  const lang = state.lang;
  const found = state.district ? itemsOf(state.district, data) : null;
  if (!found) return [el('p', { class: 'hint' }, t('loading', lang))];
  const { district, items } = found;
  const name = String(lang === 'zh' ? district.properties.name_zh : district.properties.name_en);
  const passages = (layerId: string, id: unknown) =>
    state.content ? passagesForFeature(state.content, layerId, String(id)).length : 0;
  const lines = items['rail-lines'];
  const summary = districtSummary(
    {
      name,
      population: typeof district.properties.population_2020 === 'number' ? district.properties.population_2020 : null,
      newTowns: items['new-towns'].map((f) => String(lang === 'zh' ? f.properties.name_zh : f.properties.name_en)),
      waterfront: items['waterfront-segments'].length,
      linesOperating: lines.filter((l) => l.properties.status === 'operating').length,
      linesPlanned: lines.filter((l) => l.properties.status !== 'operating').length,
      stations: items['rail-stations'].length,
      parks: items.parks.length,
      industrialParks: items['industrial-parks'].length,
      passages: passages('base-districts', district.properties.id),
    },
    lang,
  );
  const close = el('button', { type: 'button', class: 'close', 'aria-label': t('close', lang) }, '×');
  close.addEventListener('click', () => store.update({ district: null }));
  const sections = DISTRICT_LAYERS.filter((layerId) => items[layerId].length > 0).map((layerId) => {
    const layer = findLayer(layerId);
    const rows = items[layerId].map((f) => {
      const open = el(
        'button',
        { type: 'button', class: 'district-item' },
        String(lang === 'zh' ? f.properties.name_zh : f.properties.name_en),
      );
      open.addEventListener('click', () => showFeatures(store, [{ layerId, featureId: String(f.properties.id) }]));
      const status =
        f.properties.status && layerId === 'rail-lines' ? ` · ${formatValue(f.properties.status, lang)}` : '';
      const count = layerId === 'rail-stations' ? 0 : passages(layerId, f.properties.id);
      return el(
        'li',
        {},
        open,
        el(
          'span',
          { class: 'hint' },
          `${status}${count > 0 ? ` · ${count} ${t(count === 1 ? 'passageShort' : 'passagesShort', lang)}` : ''}`,
        ),
      );
    });
    const list = el('ul', { class: 'district-items' }, ...rows);
    return layerId === 'rail-stations'
      ? el('details', {}, el('summary', {}, `${layer?.title[lang]} (${rows.length})`), list)
      : el('section', {}, el('h4', {}, `${layer?.title[lang]} (${rows.length})`), list);
  });
  return [
    el('div', { class: 'feature-head' }, el('h2', { 'data-testid': 'district-name' }, name), close),
    el('p', { class: 'district-summary', 'data-testid': 'district-summary' }, summary),
    ...sections,
  ];
}
