import { FIELD_LABELS, formatValue } from '../i18n/fields';
import { type Lang, type StringKey, t } from '../i18n/strings';
import { findLayer } from '../registry/layers';
import type { AppState, Store } from '../state/store';
import { el } from './dom';

/** Shown in their own rows, above the layer-specific attributes. */
const PROVENANCE = ['accuracy', 'source', 'licence', 'note'] as const;
const HIDDEN = new Set(['id', 'name_zh', 'name_en', 'layer', ...PROVENANCE]);

function row(label: string, value: string): HTMLElement {
  return el('div', { class: 'attr' }, el('dt', {}, label), el('dd', {}, value));
}

function details(state: AppState, store: Store): HTMLElement[] {
  const lang: Lang = state.lang;
  const ref = state.selected;
  if (!ref) return [el('p', { class: 'hint' }, t('noSelection', lang))];
  const p = ref.properties;
  const layer = findLayer(ref.layerId);
  const name = String(p[`name_${lang}`] ?? p.name_zh ?? ref.featureId);
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
    el(
      'p',
      { class: `accuracy-badge accuracy-${accuracy}`, 'data-testid': 'feature-accuracy' },
      `${t('accuracy', lang)}: ${t(`accuracy.${accuracy}` as StringKey, lang) ?? accuracy}`,
    ),
    el('dl', { class: 'attributes' }, ...attributes),
    el(
      'dl',
      { class: 'provenance' },
      row(t('source', lang), String(p.source ?? '—')),
      row(t('licence', lang), String(p.licence ?? '—')),
      p.note ? row(t('note', lang), String(p.note)) : null,
    ),
  ];
}

/** The selected feature's attributes and provenance, all as text. */
export function mountFeaturePanel(root: HTMLElement, store: Store): void {
  const render = (state: AppState) => {
    root.replaceChildren(...details(state, store));
    root.classList.toggle('has-selection', state.selected !== null);
  };
  render(store.get());
  store.subscribe((state, previous) => {
    if (state.selected !== previous.selected || state.lang !== previous.lang) render(state);
  });
}
