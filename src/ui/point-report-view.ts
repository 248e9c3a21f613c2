import type { Feature, Geometry } from 'geojson';
import { html, nothing, type TemplateResult } from 'lit-html';
import { areaAt, pointReport, RELATIONS, REPORT_RADII_M, type ReportItem } from '../analysis/point-report';
import { type Quote, quotesAbout } from '../content/quotes';
import { stripBidi } from '../i18n/bidi';
import { distanceToward, formatDistance, whereExactly } from '../i18n/distance';
import { type Lang, type StringKey, t } from '../i18n/strings';
import { findLayer } from '../registry/layers';
import { type AppState, openPointReport, type PointReportRequest, type Store, showFeatures } from '../state/store';
import { quotesView } from './quote-view';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** Sentences quoted under each item before "More quotes". */
const ITEM_QUOTES = 2;

/** The last report and its quotes: a panel redraw (language, a tab switch) does not measure again. */
let last: { request: PointReportRequest; features: AppState['features']; items: ReportItem[] } | null = null;
const quoteCache = new WeakMap<object, Map<string, Quote[]>>();

function itemsFor(state: AppState, request: PointReportRequest): ReportItem[] {
  if (last?.request !== request || last.features !== state.features) {
    last = {
      request,
      features: state.features,
      items: pointReport(request.at, state.features, { radiusM: request.radius }),
    };
  }
  return last.items;
}

function quotesFor(state: AppState, item: ReportItem): Quote[] {
  const index = state.content;
  if (!index) return [];
  let byItem = quoteCache.get(index);
  if (!byItem) {
    byItem = new Map();
    quoteCache.set(index, byItem);
  }
  const key = `${item.layerId}/${String(item.feature.properties.id)}`;
  let quotes = byItem.get(key);
  if (!quotes) {
    // The plan in force first: a citizen reads what is planned now before what was planned in 2010.
    quotes = quotesAbout(index, item.layerId, String(item.feature.properties.id)).sort(
      (a, b) => b.passage.plan.order - a.passage.plan.order,
    );
    byItem.set(key, quotes);
  }
  return quotes;
}

/** "Qibao · Line 9": the feature's name, with the lines of a station. */
function itemName(feature: AnyFeature, lang: Lang): string {
  const p = feature.properties;
  const name = stripBidi(String((lang === 'zh' ? p.name_zh : p.name_en) ?? p.name_zh ?? p.id));
  const lines = typeof p.lines === 'string' && p.lines ? stripBidi(p.lines) : '';
  if (!lines) return name;
  return `${name} · ${lang === 'en' ? lines.replace(/(\d+)号线/g, 'Line $1') : lines}`;
}

function itemView(item: ReportItem, state: AppState, store: Store, quoted: Set<string>): TemplateResult {
  const lang = state.lang;
  const id = String(item.feature.properties.id);
  const where =
    item.relation === 'inside'
      ? ''
      : item.relation === 'near'
        ? `${distanceToward(item.distanceM, item.direction, lang)} · ${t('nearNote', lang).replace('{n}', formatDistance(item.errorM ?? 0, lang))}`
        : distanceToward(item.distanceM, item.direction, lang);
  // A sentence already quoted higher up (the same town in two plans' layers) is not repeated.
  const quotes = quotesFor(state, item).filter((q) => {
    const key = `${q.passage.paragraph.id}:${q.text}`;
    return !quoted.has(key) && quoted.add(key);
  });
  const open = () => showFeatures(store, [{ layerId: item.layerId, featureId: id }]);
  return html`<li data-item=${`${item.layerId}/${id}`} data-relation=${item.relation}>
    <button type="button" class="district-item" @click=${open}>${itemName(item.feature, lang)}</button>
    <span class="hint"> · ${findLayer(item.layerId)?.title[lang] ?? item.layerId}</span>
    <p class="report-meta">
      ${item.relation === 'near' ? where : `${where ? `${where} · ` : ''}${whereExactly(item.feature.properties, lang)}`}
    </p>
    ${quotes.length > 0 ? quotesView(quotes, ITEM_QUOTES, lang, store) : nothing}
  </li>`;
}

function radiusPicker(request: PointReportRequest, lang: Lang, store: Store): TemplateResult {
  const radii: number[] = [...REPORT_RADII_M];
  if (!radii.includes(request.radius)) radii.push(request.radius);
  const change = (event: Event) =>
    openPointReport(store, request.at[0], request.at[1], { radius: Number((event.target as HTMLSelectElement).value) });
  return html`<label class="report-radius" for="report-radius"
    >${t('reportRadius', lang)}
    <select id="report-radius" data-testid="report-radius" @change=${change}>
      ${radii
        .sort((a, b) => a - b)
        .map((r) => html`<option value=${r} ?selected=${r === request.radius}>${formatDistance(r, lang)}</option>`)}
    </select></label
  >`;
}

/**
 * "What is planned here?" for one point: the plan items it is inside, those whose error radius
 * reaches it, and those nearby, each with its distance and direction, how exact it is, and the
 * plans' sentences about it.
 */
export function pointReportView(state: AppState, store: Store, request: PointReportRequest): TemplateResult {
  const lang = state.lang;
  const [lon, lat] = request.at;
  const loaded = state.features.size > 0;
  const items = loaded ? itemsFor(state, request) : [];
  const district = areaAt(request.at, state.features.get('base-districts') ?? []);
  const radius = formatDistance(request.radius, lang);
  const quoted = new Set<string>();
  const heading = (relation: (typeof RELATIONS)[number]) =>
    t(`relation.${relation}` as StringKey, lang).replace('{n}', radius);
  return html`<div class="point-report" data-testid="point-report">
    <div class="feature-head">
      <h2 data-testid="report-title">${t('reportTitle', lang)}</h2>
      <button type="button" class="close" aria-label=${t('close', lang)} @click=${() => store.update({ report: null })}>×</button>
    </div>
    <p class="feature-layer" data-testid="report-where">
      ${lon.toFixed(5)}° E, ${lat.toFixed(5)}° N${
        district
          ? html` · ${t('reportInDistrict', lang)}: ${stripBidi(String(lang === 'zh' ? district.properties.name_zh : district.properties.name_en))}`
          : nothing
      }
    </p>
    ${radiusPicker(request, lang, store)}
    ${!loaded ? html`<p class="hint">${t('loading', lang)}</p>` : nothing}
    ${loaded && !state.content ? html`<p class="hint">${t('reportQuotesLoading', lang)}</p>` : nothing}
    ${
      loaded && items.length === 0
        ? html`<p class="hint" data-testid="report-empty">${t('reportNothing', lang).replace('{n}', radius)}</p>`
        : nothing
    }
    ${RELATIONS.map((relation) => {
      const group = items.filter((item) => item.relation === relation);
      return group.length === 0
        ? nothing
        : html`<section class="report-group" data-relation=${relation}>
            <h3>${heading(relation)} (${group.length})</h3>
            <ul class="district-items">${group.map((item) => itemView(item, state, store, quoted))}</ul>
          </section>`;
    })}
    <p class="hint">${t('reportHint', lang)}</p>
  </div>`;
}
