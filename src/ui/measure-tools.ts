import type { Measure } from '../analysis/measure';
import { formatArea, formatLength, lineLengthM, ringAreaM2 } from '../analysis/measure';
import { nearestFacilities } from '../analysis/nearest';
import { parsePoints } from '../analysis/typed-points';
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

/**
 * A text box for coordinates typed or pasted instead of clicked, with its actions; a message says
 * which pair could not be read.
 */
function typedPoints(
  lang: Lang,
  testId: string,
  actions: { label: string; testId: string; min: number; run: (points: [number, number][]) => void }[],
): HTMLElement {
  const input = el('input', {
    type: 'text',
    id: testId,
    'data-testid': testId,
    placeholder: '121.4737, 31.2304',
    autocomplete: 'off',
  });
  const message = el('p', { class: 'hint', role: 'status' });
  return el(
    'div',
    { class: 'typed-points' },
    el('label', { for: testId }, t('typedPoints', lang)),
    input,
    el(
      'div',
      { class: 'buttons' },
      ...actions.map((action) =>
        button(
          action.label,
          () => {
            const parsed = parsePoints(input.value);
            if ('error' in parsed) message.textContent = `${t('typedPointsError', lang)}: ${parsed.error}`;
            else if (parsed.points.length < action.min) message.textContent = t('typedPointsTooFew', lang);
            else action.run(parsed.points);
          },
          { 'data-testid': action.testId },
        ),
      ),
    ),
    message,
  );
}

/** Distance and area measures: drawn on the map or typed, listed, removable, exportable. */
export function measureSection(state: AppState, store: Store): HTMLElement {
  const lang = state.lang;
  const add = (kind: Measure['kind']) => (points: [number, number][]) =>
    store.update({
      measures: [...store.get().measures, { id: `m${Date.now().toString(36)}`, kind, points }],
      drawing: null,
    });
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
    typedPoints(lang, 'measure-typed', [
      { label: t('addAsLine', lang), testId: 'measure-typed-line', min: 2, run: add('line') },
      { label: t('addAsArea', lang), testId: 'measure-typed-area', min: 3, run: add('area') },
    ]),
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

type Data = () => ReadonlyMap<string, readonly import('geojson').Feature[]>;

/** Click the map, or type a point, for the nearest station, park and industrial park. */
export function nearestSection(state: AppState, store: Store, data: Data): HTMLElement {
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
    typedPoints(lang, 'nearest-typed', [
      {
        label: t('findNearest', lang),
        testId: 'nearest-typed-find',
        min: 1,
        run: ([point]) => {
          if (!point) return;
          const current = store.get();
          store.update({ nearest: nearestFacilities(point, current.visible, (id) => data().get(id) ?? []) });
        },
      },
    ]),
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
