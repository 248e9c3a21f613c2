import { html, nothing, type TemplateResult } from 'lit-html';
import type { Measure } from '../analysis/measure';
import { formatArea, formatLength, lineLengthM, ringAreaM2 } from '../analysis/measure';
import { type NearestWith, nearestFacilities } from '../analysis/nearest';
import { NEAREST_OSM_CLASSES } from '../analysis/osm-classes';
import { parsePoints } from '../analysis/typed-points';
import { stripBidi } from '../i18n/bidi';
import { type Lang, type StringKey, t } from '../i18n/strings';
import { downloadFile } from '../state/actions';
import { type AppState, allLayerData, type Store } from '../state/store';
import type { TypedError } from '../state/tools';
import type { Panel } from './panel';

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

interface TypedAction {
  label: string;
  testId: string;
  min: number;
  run: (points: [number, number][]) => void;
}

const typedErrorText = (error: TypedError | undefined, lang: Lang) =>
  error ? `${t(error.key, lang)}${error.detail ? `: ${error.detail}` : ''}` : '';

/** A text box for coordinates typed or pasted instead of clicked; a message names what it could not read. */
function typedPoints(state: AppState, store: Store, testId: string, actions: TypedAction[]): TemplateResult {
  const lang = state.lang;
  const act = (action: TypedAction) => (event: Event) => {
    const input = (event.currentTarget as HTMLElement).closest('.typed-points')?.querySelector('input');
    const parsed = parsePoints(input?.value ?? '');
    const error: TypedError | null =
      'error' in parsed
        ? { key: 'typedPointsError', detail: parsed.error }
        : parsed.points.length < action.min
          ? { key: 'typedPointsTooFew' }
          : null;
    const { [testId]: _, ...others } = store.get().typedErrors;
    store.update({ typedErrors: error ? { ...others, [testId]: error } : others });
    if (error || !('points' in parsed)) return;
    // Done with: the points are now a measure or a query, shown below.
    if (input) input.value = '';
    action.run(parsed.points);
  };
  return html`<div class="typed-points">
    <label for=${testId}>${t('typedPoints', lang)}</label>
    <input type="text" id=${testId} data-testid=${testId} placeholder="121.4737, 31.2304" autocomplete="off" />
    <div class="buttons">
      ${actions.map(
        (action) =>
          html`<button type="button" data-testid=${action.testId} @click=${act(action)}>${action.label}</button>`,
      )}
    </div>
    <p class="hint" role="status">${stripBidi(typedErrorText(state.typedErrors[testId], lang))}</p>
  </div>`;
}

/**
 * Distance and area measures: drawn on the map or typed, listed, removable, exportable. A coordinate
 * half typed into a box stays there (and keeps focus) when a map click changes the measures.
 */
export const measurePanel: Panel = {
  reads: (s) => [s.lang, s.measures, s.mode, s.drawing, s.typedErrors['measure-typed']],
  view: (state, store) => {
    const lang = state.lang;
    const add = (kind: Measure['kind']) => (points: [number, number][]) =>
      store.update({
        measures: [...store.get().measures, { id: `m${Date.now().toString(36)}`, kind, points }],
        drawing: null,
      });
    const start = (mode: AppState['mode']) => () =>
      store.update({ mode: store.get().mode === mode ? 'select' : mode, drawing: null });
    const remove = (measure: Measure) => () =>
      store.update({ measures: store.get().measures.filter((x) => x !== measure), drawing: null });
    const download = () =>
      downloadFile(store, 'measures.geojson', measuresGeoJson(store.get().measures), 'application/geo+json');
    return html`<section class="tool">
      <h3>${t('measureTitle', lang)}</h3>
      <div class="buttons">
        <button type="button" data-testid="measure-line" aria-pressed=${String(state.mode === 'measure-line')} @click=${start('measure-line')}>${t('measureLine', lang)}</button>
        <button type="button" data-testid="measure-area" aria-pressed=${String(state.mode === 'measure-area')} @click=${start('measure-area')}>${t('measureArea', lang)}</button>
        ${
          state.drawing
            ? html`<button type="button" data-testid="measure-finish" @click=${() => store.update({ drawing: null })}>${t('finishDrawing', lang)}</button>`
            : nothing
        }
      </div>
      <p class="hint">${t('measureHint', lang)}</p>
      ${typedPoints(state, store, 'measure-typed', [
        { label: t('addAsLine', lang), testId: 'measure-typed-line', min: 2, run: add('line') },
        { label: t('addAsArea', lang), testId: 'measure-typed-area', min: 3, run: add('area') },
      ])}
      <ul class="measures" data-testid="measures">
        ${state.measures.map(
          (m) =>
            html`<li><span data-measure=${m.id}>${measureValue(m, lang)}</span><button type="button" class="link" @click=${remove(m)}>${t('remove', lang)}</button></li>`,
        )}
      </ul>
      ${state.measures.length > 0 ? html`<button type="button" @click=${download}>${t('exportGeoJson', lang)}</button>` : nothing}
    </section>`;
  },
};

/** Nearest to a point of the current state; app/osm-classes.ts loads the OSM classes and answers again. */
const nearestTo = (point: [number, number], state: AppState) =>
  nearestFacilities(point, state, (id) => allLayerData(state).get(id) ?? []);

/** Click the map, or type a point, for the nearest station, park and industrial park. */
export const nearestPanel: Panel = {
  reads: (s) => [
    s.lang,
    s.mode,
    s.nearest,
    s.nearestWith,
    s.nearestLoading,
    s.nearestClassesError,
    s.osmClasses,
    s.imports,
    s.typedErrors['nearest-typed'],
  ],
  view: (state, store) => {
    const lang = state.lang;
    const on = state.mode === 'nearest';
    const toggle = () => store.update({ mode: on ? 'select' : 'nearest', nearest: on ? null : store.get().nearest });
    const find = ([point]: [number, number][]) => {
      if (point) store.update({ nearest: nearestTo(point, store.get()) });
    };
    const pick = (event: Event) => {
      const nearestWith = (event.target as HTMLSelectElement).value as NearestWith;
      const next = { ...store.get(), nearestWith };
      store.update({ nearestWith, nearest: next.nearest ? nearestTo(next.nearest.from, next) : null });
    };
    const option = (value: string, label: string) =>
      html`<option value=${value} .selected=${state.nearestWith === value}>${label}</option>`;
    // Every mapped feature: the answer waits for the OSM classes (app/osm-classes.ts loads them and answers again).
    const failed = state.nearestClassesError;
    const waiting =
      state.nearestLoading ||
      (!failed && state.nearest?.with === 'osm' && !NEAREST_OSM_CLASSES.every((id) => state.osmClasses.has(id)));
    const hitText = (hit: NonNullable<AppState['nearest']>['hits'][number]) =>
      `${t(`nearest.${hit.kind}` as StringKey, lang)}: ${stripBidi(String(lang === 'zh' ? hit.name_zh : hit.name_en))} — ${formatLength(hit.distanceM, lang)}`;
    return html`<section class="tool">
      <h3>${t('nearestTitle', lang)}</h3>
      <label
        >${t('nearestWith', lang)}
        <select data-testid="nearest-with" @change=${pick}>
          ${option('osm', t('nearestWith.osm', lang))} ${option('plans', t('nearestWith.plans', lang))}
          ${state.imports.map((layer) => option(layer.id, stripBidi(layer.name)))}
        </select></label
      >
      <button type="button" data-testid="nearest-toggle" aria-pressed=${String(on)} @click=${toggle}>${on ? t('nearestStop', lang) : t('nearestToggle', lang)}</button>
      ${typedPoints(state, store, 'nearest-typed', [
        { label: t('findNearest', lang), testId: 'nearest-typed-find', min: 1, run: find },
      ])}
      ${waiting ? html`<p role="status">${t('loadingFacilities', lang)}</p>` : nothing}
      ${
        failed && !waiting
          ? html`<p role="alert" data-testid="nearest-failed">${failed[lang]}</p>
              <button type="button" data-testid="nearest-retry" @click=${() => store.update({ nearestClassesError: null })}>
                ${t('tryAgain', lang)}
              </button>`
          : nothing
      }
      ${
        state.nearest && !waiting && !(failed && state.nearest.with === 'osm')
          ? html`<ul data-testid="nearest-results">${state.nearest.hits.map((hit) => html`<li>${hitText(hit)}</li>`)}</ul>
              <p class="hint">${t(state.nearest.with === 'osm' ? 'nearestOsmNote' : 'nearestStraight', lang)}</p>`
          : nothing
      }
    </section>`;
  },
};
