import type { Measure } from '../analysis/measure';
import { formatArea, formatLength, lineLengthM, ringAreaM2 } from '../analysis/measure';
import { type Lang, type StringKey, t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import { button, el } from './dom';
import { downloadText } from './download';

function measureValue(measure: Measure, lang: Lang): string {
  return measure.kind === 'line'
    ? `${t('distance', lang)} ${formatLength(lineLengthM(measure.points), lang)}`
    : `${t('area', lang)} ${formatArea(ringAreaM2(measure.points), lang)}`;
}

function measuresGeoJson(measures: readonly Measure[]): string {
  const features = measures.map((m) => ({
    type: 'Feature',
    properties: {
      id: m.id,
      kind: m.kind,
      length_m: m.kind === 'line' ? Math.round(lineLengthM(m.points)) : null,
      area_m2: m.kind === 'area' ? Math.round(ringAreaM2(m.points)) : null,
    },
    geometry:
      m.kind === 'line'
        ? { type: 'LineString', coordinates: m.points }
        : { type: 'Polygon', coordinates: [[...m.points, m.points[0]]] },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
}

/** Runs coverage in a Web Worker; resolves with rows and the uncovered shape. */
/** Distance and area measures: drawn on the map, listed, removable, exportable. */
export function measureSection(state: AppState, store: Store): HTMLElement {
  const lang = state.lang;
  const start = (mode: AppState['mode']) => () =>
    store.update({ mode: state.mode === mode ? 'select' : mode, drawing: null });
  return el(
    'section',
    { class: 'tool' },
    el('h3', {}, t('measureTitle', lang)),
    el(
      'div',
      { class: 'buttons' },
      button(t('measureLine', lang), start('measure-line'), {
        'aria-pressed': String(state.mode === 'measure-line'),
        'data-testid': 'measure-line',
      }),
      button(t('measureArea', lang), start('measure-area'), {
        'aria-pressed': String(state.mode === 'measure-area'),
        'data-testid': 'measure-area',
      }),
      state.drawing
        ? button(t('finishDrawing', lang), () => store.update({ drawing: null }), { 'data-testid': 'measure-finish' })
        : null,
    ),
    el('p', { class: 'hint' }, t('measureHint', lang)),
    el(
      'ul',
      { class: 'measures', 'data-testid': 'measures' },
      ...state.measures.map((m) =>
        el(
          'li',
          {},
          el('span', { 'data-measure': m.id }, measureValue(m, lang)),
          button(
            t('remove', lang),
            () => store.update({ measures: store.get().measures.filter((x) => x !== m), drawing: null }),
            { class: 'link' },
          ),
        ),
      ),
    ),
    state.measures.length > 0
      ? button(t('exportGeoJson', lang), () =>
          downloadText('measures.geojson', measuresGeoJson(state.measures), 'application/geo+json'),
        )
      : null,
  );
}

/** Click the map for the nearest station, park and industrial park. */
export function nearestSection(state: AppState, store: Store): HTMLElement {
  const lang = state.lang;
  const on = state.mode === 'nearest';
  return el(
    'section',
    { class: 'tool' },
    el('h3', {}, t('nearestTitle', lang)),
    button(
      on ? t('nearestStop', lang) : t('nearestToggle', lang),
      () => store.update({ mode: on ? 'select' : 'nearest', nearest: on ? null : state.nearest }),
      {
        'aria-pressed': String(on),
        'data-testid': 'nearest-toggle',
      },
    ),
    state.nearest
      ? el(
          'ul',
          { 'data-testid': 'nearest-results' },
          ...state.nearest.hits.map((hit) =>
            el(
              'li',
              {},
              `${t(`nearest.${hit.kind}` as StringKey, lang)}: ${lang === 'zh' ? hit.name_zh : hit.name_en} — ${formatLength(hit.distanceM, lang)}`,
            ),
          ),
        )
      : null,
  );
}
