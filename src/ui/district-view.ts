import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { html, nothing, type TemplateResult } from 'lit-html';
import { DISTRICT_LAYERS, type DistrictItems, type DistrictLayerId, districtItems } from '../analysis/district-items';
import { placePassageCount, summaryOf } from '../content/district-summary';
import { quotesAbout } from '../content/quotes';
import { stripBidi } from '../i18n/bidi';
import { whereExactly } from '../i18n/distance';
import { formatValue } from '../i18n/fields';
import { type Lang, t } from '../i18n/strings';
import { findLayer } from '../registry/layers';
import { openDistrict, requestPrint } from '../state/actions';
import { type AppState, type Store, showFeatures } from '../state/store';
import { closeButton } from './close-button';
import { quotesView } from './quote-view';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** Sentences quoted under the district's name, and under each item, before "more". */
const DISTRICT_QUOTES = 4;
const ITEM_QUOTES = 2;

/** A district's items, worked out once per loaded data and district. */
const items = new WeakMap<AppState['features'], Map<string, DistrictItems>>();

function itemsOf(slug: string, features: AppState['features']): { district: AnyFeature; items: DistrictItems } | null {
  const district = features.get('base-districts')?.find((d) => d.properties.id === slug);
  if (!district) return null;
  const known = items.get(features) ?? new Map<string, DistrictItems>();
  items.set(features, known);
  let found = known.get(slug);
  if (!found) {
    const ref = {
      id: slug,
      name_zh: String(district.properties.name_zh),
      geometry: district.geometry as Polygon | MultiPolygon,
    };
    found = districtItems(ref, features);
    known.set(slug, found);
  }
  return { district, items: found };
}

/** A district chooser for the layer panel: the citizen's way in. */
export function districtPicker(state: AppState, store: Store): TemplateResult {
  const lang = state.lang;
  const districts = [...(state.features.get('base-districts') ?? [])].sort((a, b) =>
    String(a.properties.name_en).localeCompare(String(b.properties.name_en)),
  );
  const pick = (event: Event) => openDistrict(store, (event.target as HTMLSelectElement).value || null);
  return html`<label class="district-picker" for="district-picker"
    >${t('yourDistrict', lang)}<select id="district-picker" data-testid="district-picker" @change=${pick}>
      <option value="" ?selected=${!state.district}>${t('chooseDistrict', lang)}</option>
      ${districts.map(
        (d) =>
          html`<option value=${String(d.properties.id)} ?selected=${state.district === d.properties.id}>${stripBidi(
            nameOf(d, lang),
          )}</option>`,
      )}
    </select></label
  >`;
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

function districtBody(state: AppState, store: Store): TemplateResult {
  const lang = state.lang;
  const slug = state.district ?? '';
  const loaded = (state.features.get('base-districts') ?? []).length > 0;
  const found = slug ? itemsOf(slug, state.features) : null;
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
  const placePassages = state.content ? placePassageCount(state.content, items, districtQuotes) : 0;
  const summary = summaryOf(district, items, districtQuotes, lang, placePassages);
  const close = () => store.update({ district: null });
  // The sheet's progress shows where it was asked for, as well as in the Export section.
  const sheet = state.print?.kind === 'district' ? state.printStatus : null;
  const busy = sheet?.state === 'working';
  return html`<div class="feature-head">
      <h2 data-testid="district-name">${name}</h2>
      ${closeButton(lang, close)}
    </div>
    <p class="district-summary" data-testid="district-summary">${summary}</p>
    <button type="button" class="district-pdf" data-testid="district-pdf" ?disabled=${busy}
      @click=${() => requestPrint(store, { kind: 'district' })}>${t('districtSheet', lang)}</button>
    ${
      sheet
        ? html`<p class=${sheet.state === 'failed' ? 'hint failed' : 'hint'} role="status" data-testid="district-pdf-status">
            ${sheet.message}</p>`
        : nothing
    }
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
export function districtView(state: AppState, store: Store): TemplateResult {
  return html`<div class="district-view" data-testid="district-view">${districtBody(state, store)}</div>`;
}
