import type { Feature, Geometry } from 'geojson';
import { passagesForFeature } from '../content/links';
import { FIELD_LABELS, formatValue } from '../i18n/fields';
import { type Lang, type StringKey, t } from '../i18n/strings';
import { findLayer } from '../registry/layers';
import type { AppState, Store } from '../state/store';
import { districtView, openDistrict } from './district-view';
import { el } from './dom';

type Data = () => ReadonlyMap<string, readonly Feature<Geometry, Record<string, unknown>>[]>;

import { passageBody, passageReference } from './passage-view';

/** Shown in their own rows, above the layer-specific attributes. */
const PROVENANCE = ['accuracy', 'source', 'licence', 'note'] as const;
const HIDDEN = new Set(['id', 'name_zh', 'name_en', 'layer', ...PROVENANCE]);

function row(label: string, value: string): HTMLElement {
  return el('div', { class: 'attr' }, el('dt', {}, label), el('dd', {}, value));
}

/** Every passage about the feature, grouped by plan in time order, mentions marked. */
function passagesSection(state: AppState, store: Store): HTMLElement | null {
  const ref = state.selected;
  const index = state.content;
  if (!ref || !index) return null;
  const lang = state.lang;
  const passages = passagesForFeature(index, ref.layerId, ref.featureId);
  const marked = new Set(index.placesByFeature.get(`${ref.layerId}/${ref.featureId}`) ?? []);
  const groups = [...new Set(passages.map((p) => p.plan))].map((plan) =>
    el(
      'section',
      { class: 'passage-group' },
      el('h4', {}, `${plan.year} · ${plan.short[lang]}`),
      ...passages
        .filter((p) => p.plan === plan)
        .map((passage) => {
          const open = el('button', { type: 'button', class: 'passage-ref' }, passageReference(passage, lang));
          open.title = t('readInContext', lang);
          open.addEventListener('click', () =>
            store.update({ tab: 'plans', clause: passage.section.id, paragraph: passage.paragraph.id }),
          );
          return el(
            'div',
            { class: 'passage' },
            open,
            el('p', {}, passageBody(passage, { lang, index, marked, excerpt: 80 })),
          );
        }),
    ),
  );
  return el(
    'section',
    { class: 'passages', 'data-testid': 'feature-passages' },
    el('h3', {}, `${t('passages', lang)} (${passages.length})`),
    ...(groups.length > 0 ? groups : [el('p', { class: 'hint' }, t('noPassages', lang))]),
  );
}

function details(state: AppState, store: Store): HTMLElement[] {
  const lang: Lang = state.lang;
  const ref = state.selected;
  if (!ref) return [el('p', { class: 'hint' }, t('noSelection', lang))];
  const p = ref.properties;
  const layer = findLayer(ref.layerId);
  const name = String(p[`name_${lang}`] ?? p.name_zh ?? p.name ?? ref.featureId);
  const other = String(p[lang === 'zh' ? 'name_en' : 'name_zh'] ?? '');
  const accuracy = String(p.accuracy ?? '');
  const close = el('button', { type: 'button', class: 'close', 'aria-label': t('close', lang) }, '×');
  close.addEventListener('click', () => store.update({ selected: null }));
  const attributes = Object.entries(p)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, value]) => row(FIELD_LABELS[key]?.[lang] ?? key, formatValue(value, lang)));
  return [
    el('div', { class: 'feature-head' }, el('h2', { 'data-testid': 'feature-name' }, name), close),
    other && other !== name ? el('p', { class: 'feature-alt-name' }, other) : el('span'),
    el('p', { class: 'feature-layer' }, `${t('layer', lang)}: ${layer?.title[lang] ?? ref.layerId}`),
    accuracy
      ? el(
          'p',
          { class: `accuracy-badge accuracy-${accuracy}`, 'data-testid': 'feature-accuracy' },
          `${t('accuracy', lang)}: ${t(`accuracy.${accuracy}` as StringKey, lang) ?? accuracy}`,
        )
      : el('span'),
    el('dl', { class: 'attributes' }, ...attributes),
    el(
      'dl',
      { class: 'provenance' },
      row(t('source', lang), String(p.source ?? '—')),
      row(t('licence', lang), String(p.licence ?? '—')),
      p.note ? row(t('note', lang), String(p.note)) : null,
    ),
    passagesSection(state, store) ?? el('span'),
  ];
}

/** The selected feature's attributes, provenance and plan passages, all as text; or the district view. */
export function renderFeatureDetails(root: HTMLElement, state: AppState, store: Store, data: Data): void {
  if (!state.selected && state.district) {
    root.replaceChildren(...districtView(state, store, data));
    return;
  }
  const extra: HTMLElement[] = [];
  if (state.selected?.layerId === 'base-districts') {
    const slug = state.selected.featureId;
    const open = el(
      'button',
      { type: 'button', class: 'text-button', 'data-testid': 'open-district' },
      t('openDistrict', state.lang),
    );
    open.addEventListener('click', () => openDistrict(store, slug));
    extra.push(open);
  } else if (state.selected && state.district) {
    const back = el('button', { type: 'button', class: 'text-button' }, `← ${t('backToDistrict', state.lang)}`);
    back.addEventListener('click', () => store.update({ selected: null, highlighted: [] }));
    extra.push(back);
  }
  root.replaceChildren(...extra, ...details(state, store));
}
