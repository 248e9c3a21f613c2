import { html, nothing, type TemplateResult } from 'lit-html';
import { passagesForFeature } from '../content/links';
import { importedFeatureName } from '../data/feature-name';
import { stripBidi } from '../i18n/bidi';
import { FIELD_LABELS, formatField, ownLabel } from '../i18n/fields';
import { sourceCredits } from '../i18n/source-credit';
import { countOf, type Lang, type StringKey, t } from '../i18n/strings';
import { findLayer } from '../registry/layers';
import type { Bilingual } from '../registry/types';
import { openDistrict } from '../state/actions';
import type { AppState, Store } from '../state/store';
import { closeButton } from './close-button';
import { districtView } from './district-view';
import type { Panel } from './panel';
import { passageBody, passageReference } from './passage-view';
import { pointReportView } from './point-report-view';

/** Shown in their own rows, above the layer-specific attributes. */
const PROVENANCE = ['accuracy', 'accuracy_m', 'source', 'licence', 'note', 'note_zh'] as const;
/** Where a value came from, written for the build: kept under "full provenance", not among the attributes. */
const BUILD_NOTES = ['opened_source', 'status_source'] as const;
// `color` is how the map draws a line ("#444444"), not something a reader learns from.
const HIDDEN = new Set<string>(['id', 'name_zh', 'name_en', 'layer', 'color', ...PROVENANCE, ...BUILD_NOTES]);
const ACCURACIES = new Set(['surveyed', 'derived', 'approximate']);

const text = (value: unknown) => stripBidi(String(value ?? ''));
const row = (label: string, value: string) =>
  html`<div class="attr"><dt>${label}</dt><dd>${stripBidi(value)}</dd></div>`;

/** District names by slug and by Chinese name, so "松江区" reads "Songjiang District" in English. */
function placeNames(state: AppState): Map<string, Bilingual> {
  const names = new Map<string, Bilingual>();
  for (const p of state.featureProps.get('base-districts')?.values() ?? []) {
    const name = { zh: String(p.name_zh), en: String(p.name_en) };
    names.set(String(p.id), name).set(String(p.name_zh), name);
  }
  // A station lists its lines by their Chinese names.
  for (const p of state.featureProps.get('rail-lines')?.values() ?? []) {
    if (p.name_zh && p.name_en) names.set(String(p.name_zh), { zh: String(p.name_zh), en: String(p.name_en) });
  }
  // A 12th-plan new town names its successor by id.
  for (const p of state.featureProps.get('new-towns')?.values() ?? []) {
    names.set(String(p.id), { zh: String(p.name_zh), en: String(p.name_en) });
  }
  return names;
}

/** An imported layer is known by the file it came from. */
function importedName(state: AppState, layerId: string): string {
  return stripBidi(state.imports.find((l) => l.id === layerId)?.name ?? layerId);
}

/** "Surveyed …", or the value itself when the data uses one this app does not know. */
function accuracyLine(p: Record<string, unknown>, lang: Lang): TemplateResult | typeof nothing {
  const accuracy = text(p.accuracy);
  if (!accuracy) return nothing;
  const known = ACCURACIES.has(accuracy);
  const label = known ? t(`accuracy.${accuracy}` as StringKey, lang) : accuracy;
  const radius = typeof p.accuracy_m === 'number' && Number.isFinite(p.accuracy_m) && p.accuracy_m > 0;
  const within = radius
    ? ` · ${t('positionWithin', lang).replace('{n}', Math.round(p.accuracy_m as number).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB'))}`
    : '';
  return html`<p class="accuracy-badge accuracy-${known ? accuracy : 'unknown'}" data-testid="feature-accuracy">${t('accuracy', lang)}: ${label}${within}</p>`;
}

/** Every passage about the feature, grouped by plan in time order, mentions marked. */
function passagesSection(state: AppState, store: Store): TemplateResult | typeof nothing {
  const ref = state.selected;
  const index = state.content;
  if (!ref || !index) return nothing;
  const lang = state.lang;
  const passages = passagesForFeature(index, ref.layerId, ref.featureId);
  const marked = new Set(index.placesByFeature.get(`${ref.layerId}/${ref.featureId}`) ?? []);
  const plans = [...new Set(passages.map((p) => p.plan))];
  return html`<section class="passages" data-testid="feature-passages">
    <h3>${t('passages', lang)} · ${countOf(passages.length, 'passageShort', 'passagesShort', lang)}</h3>
    ${
      plans.length === 0
        ? html`<p class="hint">${t('noPassages', lang)}</p>`
        : plans.map(
            (plan) => html`<section class="passage-group">
            <h4>${plan.year} · ${plan.short[lang]}</h4>
            ${passages
              .filter((p) => p.plan === plan)
              .map(
                (passage) => html`<div class="passage">
                  <button
                    type="button"
                    class="passage-ref"
                    title=${t('readInContext', lang)}
                    @click=${() =>
                      store.update({ tab: 'plans', clause: passage.section.id, paragraph: passage.paragraph.id })}
                  >${passageReference(passage, lang)}</button>
                  <p>${passageBody(passage, { lang, index, marked, excerpt: 80 })}</p>
                </div>`,
              )}
          </section>`,
          )
    }
  </section>`;
}

/** The build's own words on where the feature and its dates came from, for whoever checks them. */
function fullProvenance(p: Record<string, unknown>, lang: Lang): TemplateResult | typeof nothing {
  const keys = (['source', ...BUILD_NOTES] as const).filter((key) => p[key]);
  if (keys.length === 0) return nothing;
  return html`<details class="full-provenance" data-testid="full-provenance">
    <summary>${t('fullProvenance', lang)}</summary>
    <dl>
      ${keys.map((key) => row(key === 'source' ? t('source', lang) : (ownLabel(FIELD_LABELS, key)?.[lang] ?? key), text(p[key])))}
    </dl>
  </details>`;
}

function details(state: AppState, store: Store): TemplateResult {
  const lang: Lang = state.lang;
  const ref = state.selected;
  if (!ref) return html`<p class="hint">${t('noSelection', lang)}</p>`;
  const p = ref.properties;
  const layer = findLayer(ref.layerId);
  const name = text(p[`name_${lang}`] ?? p.name_zh ?? importedFeatureName(p) ?? ref.featureId);
  const other = text(p[lang === 'zh' ? 'name_en' : 'name_zh']);
  const names = placeNames(state);
  // "Districts" only says more than "District" when the place spans several.
  const sameDistricts = String(p.districts ?? '') === String(p.district ?? '');
  const attributes = Object.entries(p)
    .filter(([key]) => !HIDDEN.has(key) && !(key === 'districts' && sameDistricts))
    // An empty list ("other names in the plans": none) says nothing worth a row.
    .filter(([, value]) => !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => row(ownLabel(FIELD_LABELS, key)?.[lang] ?? key, formatField(key, value, lang, names)));
  return html`<div class="feature-head">
      <h2 data-testid="feature-name">${name}</h2>
      ${closeButton(lang, () => store.update({ selected: null }))}
    </div>
    ${other && other !== name ? html`<p class="feature-alt-name">${other}</p>` : nothing}
    <p class="feature-layer">${t('layer', lang)}: ${layer?.title[lang] ?? importedName(state, ref.layerId)}</p>
    ${accuracyLine(p, lang)}
    <dl class="attributes">${attributes}</dl>
    <dl class="provenance">
      ${row(t('source', lang), sourceCredits(p.source, lang).join('; ') || '—')}
      ${row(t('licence', lang), text(p.licence) || '—')} ${p.note ? row(t('note', lang), text((lang === 'zh' && p.note_zh) || p.note)) : nothing}
    </dl>
    ${fullProvenance(p, lang)}
    ${passagesSection(state, store)}`;
}

/** The selected feature's attributes, provenance and plan passages, all as text; or the district view. */
export function featureView(state: AppState, store: Store): TemplateResult {
  if (!state.selected && state.report) return pointReportView(state, store, state.report);
  if (!state.selected && state.district) return districtView(state, store);
  const lang = state.lang;
  const selected = state.selected;
  const extra =
    selected?.layerId === 'base-districts'
      ? html`<button
          type="button"
          class="text-button"
          data-testid="open-district"
          @click=${() => openDistrict(store, selected.featureId)}
        >${t('openDistrict', lang)}</button>`
      : selected && state.report
        ? html`<button
            type="button"
            class="text-button"
            data-testid="back-to-report"
            @click=${() => store.update({ selected: null, highlighted: [] })}
          >← ${t('backToReport', lang)}</button>`
        : selected && state.district
          ? html`<button
            type="button"
            class="text-button"
            @click=${() => store.update({ selected: null, highlighted: [] })}
          >← ${t('backToDistrict', lang)}</button>`
          : nothing;
  return html`${extra}${details(state, store)}`;
}

export const featurePanel: Panel = {
  reads: (s) => [
    s.lang,
    s.selected,
    s.report,
    s.district,
    s.featureProps,
    s.features,
    s.content,
    s.imports,
    s.print,
    s.printStatus,
  ],
  view: featureView,
};
