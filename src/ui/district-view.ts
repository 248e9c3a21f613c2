import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { DISTRICT_LAYERS, type DistrictItems, type DistrictLayerId, districtItems } from '../analysis/district-items';
import { summaryOf } from '../content/district-sheet';
import { quotesAbout } from '../content/quotes';
import { whereExactly } from '../i18n/distance';
import { formatValue } from '../i18n/fields';
import { type Lang, t } from '../i18n/strings';
import { findLayer } from '../registry/layers';
import { openDistrict } from '../state/actions';
import { type AppState, type Store, showFeatures } from '../state/store';
import { closeButton } from './close-button';
import { el } from './dom';
import { quotesView } from './quote-view';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;
type Data = () => ReadonlyMap<string, readonly AnyFeature[]>;

/** Sentences quoted under the district's name, and under each item, before "more". */
const DISTRICT_QUOTES = 4;
const ITEM_QUOTES = 2;

const cache = new Map<string, DistrictItems>();

function itemsOf(slug: string, data: Data): { district: AnyFeature; items: DistrictItems } | null {
  const district = data()
    .get('base-districts')
    ?.find((d) => d.properties.id === slug);
  if (!district) return null;
  let items = cache.get(slug);
  if (!items) {
    const ref = {
      id: slug,
      name_zh: String(district.properties.name_zh),
      geometry: district.geometry as Polygon | MultiPolygon,
    };
    items = districtItems(ref, data());
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

const nameOf = (f: AnyFeature, lang: Lang) => String(lang === 'zh' ? f.properties.name_zh : f.properties.name_en);

function itemView(layerId: DistrictLayerId, f: AnyFeature, state: AppState, store: Store): TemplateResult {
  const lang = state.lang;
  const id = String(f.properties.id);
  const status = f.properties.status && layerId.includes('rail') ? ` · ${formatValue(f.properties.status, lang)}` : '';
  // The plan in force first, as in the district's own quotes.
  const quotes =
    state.content && layerId !== 'rail-stations'
      ? quotesAbout(state.content, layerId, id).sort((a, b) => b.passage.plan.order - a.passage.plan.order)
      : [];
  const open = () => showFeatures(store, [{ layerId, featureId: id }]);
  return html`<li data-item=${`${layerId}/${id}`}>
    <button type="button" class="district-item" @click=${open}>${nameOf(f, lang)}</button>
    <span class="hint">${status}</span>
    <p class="report-meta">${whereExactly(f.properties, lang)}</p>
    ${quotes.length > 0 ? quotesView(quotes, ITEM_QUOTES, lang, store) : nothing}
  </li>`;
}

function layerSection(layerId: DistrictLayerId, items: DistrictItems, state: AppState, store: Store) {
  const features = items[layerId];
  const title = `${findLayer(layerId)?.title[state.lang] ?? layerId} (${features.length})`;
  const list = html`<ul class="district-items">
    ${features.map((f) => itemView(layerId, f, state, store))}
  </ul>`;
  return layerId === 'rail-stations'
    ? html`<details data-layer=${layerId}><summary>${title}</summary>${list}</details>`
    : html`<section data-layer=${layerId}><h4>${title}</h4>${list}</section>`;
}

function districtTemplate(state: AppState, store: Store, data: Data): TemplateResult {
  const lang = state.lang;
  const slug = state.district ?? '';
  const loaded = (data().get('base-districts') ?? []).length > 0;
  const found = slug ? itemsOf(slug, data) : null;
  if (!found) {
    // Districts loaded and none has this id: say so, rather than wait for ever.
    if (!loaded) return html`<p class="hint">${t('loading', lang)}</p>`;
    return html`<div class="notice" role="alert" data-testid="district-unknown">
      ${t('districtUnknown', lang)} “${slug}”. ${t('districtUnknownHint', lang)}
    </div>`;
  }
  const { district, items } = found;
  const name = nameOf(district, lang);
  // The plan in force first: a citizen reads what is planned now before what was planned in 2010.
  const districtQuotes = state.content
    ? quotesAbout(state.content, 'base-districts', slug).sort((a, b) => b.passage.plan.order - a.passage.plan.order)
    : [];
  const summary = summaryOf(district, items, districtQuotes, lang);
  const close = () => store.update({ district: null });
  return html`<div class="feature-head">
      <h2 data-testid="district-name">${name}</h2>
      ${closeButton(lang, close)}
    </div>
    <p class="district-summary" data-testid="district-summary">${summary}</p>
    <button type="button" class="district-pdf" data-testid="district-pdf" @click=${() =>
      store.update({
        print: { kind: 'district', request: (store.get().print?.request ?? 0) + 1 },
      })}>${t('districtSheet', lang)}</button>
    <h3 class="district-part">${t('districtWhatWhere', lang)}</h3>
    ${DISTRICT_LAYERS.filter((layerId) => items[layerId].length > 0).map((layerId) =>
      layerSection(layerId, items, state, store),
    )}
    ${
      districtQuotes.length > 0
        ? html`<section class="district-plan" data-testid="district-quotes">
          <h3 class="district-part">${t('districtAsWhole', lang)}</h3>
          ${quotesView(districtQuotes, DISTRICT_QUOTES, lang, store)}
        </section>`
        : nothing
    }`;
}

/** What the plans put in one district: its items, each linked to its feature, with the plans' words. */
export function districtView(state: AppState, store: Store, data: Data): HTMLElement[] {
  const root = document.createElement('div');
  root.className = 'district-view';
  root.setAttribute('data-testid', 'district-view');
  render(districtTemplate(state, store, data), root);
  return [root];
}
