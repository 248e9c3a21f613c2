import { formatValue } from '../i18n/fields';
import { type Lang, type StringKey, t } from '../i18n/strings';
import { RAIL_STATUSES } from '../registry/types';
import type { AppState, Store } from '../state/store';
import { batchKey, type LayerFilters } from '../style/filters';
import { el } from './dom';

type ListKey = 'railStatus' | 'railLines' | 'industryThemes' | 'industryBatches' | 'parkKinds';

/**
 * A group of checkboxes over the values a property takes. All unchecked-by-filter means "all";
 * the boxes show what is visible, so a fresh map has every box ticked.
 */
function checkboxes(
  store: Store,
  key: ListKey,
  legend: string,
  options: readonly { value: string; label: string }[],
): HTMLElement {
  const current = store.get().filters[key] as readonly string[];
  return el(
    'fieldset',
    { class: 'filter', 'data-filter': key },
    el('legend', {}, legend),
    ...options.map(({ value, label }) => {
      const id = `filter-${key}-${value}`.replace(/[^A-Za-z0-9_-]/g, '_');
      const box = el('input', { type: 'checkbox', id, 'data-testid': id });
      box.checked = current.length === 0 || current.includes(value);
      box.addEventListener('change', () => {
        const filters = store.get().filters;
        const shown =
          (filters[key] as readonly string[]).length === 0
            ? options.map((o) => o.value)
            : [...(filters[key] as readonly string[])];
        const next = box.checked ? [...shown, value] : shown.filter((v) => v !== value);
        const all = options.every((o) => next.includes(o.value));
        store.update({ filters: { ...filters, [key]: all ? [] : [...new Set(next)] } as LayerFilters });
      });
      return el('label', { for: id }, box, label);
    }),
  );
}

function distinct(state: AppState, layerId: string, property: string, map: (v: unknown) => string = String): string[] {
  const values = [...(state.featureProps.get(layerId)?.values() ?? [])].map((p) => map(p[property]));
  return [...new Set(values)].filter((v) => v !== '' && v !== 'undefined').sort();
}

/** Filter controls shown under a layer's row, for the layers planners narrow down. */
export function filtersFor(layerId: string, state: AppState, store: Store): HTMLElement | null {
  const lang: Lang = state.lang;
  if (layerId === 'rail-lines') {
    const lines = [...(state.featureProps.get('rail-lines')?.values() ?? [])].map((p) => ({
      value: String(p.id),
      label: String(lang === 'zh' ? p.name_zh : p.name_en),
    }));
    return el(
      'div',
      { class: 'filters' },
      checkboxes(
        store,
        'railStatus',
        t('withStatus', lang),
        RAIL_STATUSES.map((s) => ({ value: s, label: t(`status.${s}` as StringKey, lang) })),
      ),
      el(
        'details',
        {},
        el('summary', {}, t('filterLines', lang)),
        checkboxes(store, 'railLines', t('filterLines', lang), lines),
      ),
    );
  }
  if (layerId === 'industrial-parks') {
    return el(
      'div',
      { class: 'filters' },
      checkboxes(
        store,
        'industryThemes',
        t('filterTheme', lang),
        distinct(state, layerId, 'theme_industry').map((v) => ({ value: v, label: v })),
      ),
      checkboxes(
        store,
        'industryBatches',
        t('filterBatch', lang),
        distinct(state, layerId, 'batch', batchKey).map((v) => ({
          value: v,
          label: v === 'unknown' ? t('batchUnknown', lang) : `${t('batch', lang)} ${v}`,
        })),
      ),
    );
  }
  if (layerId === 'parks') {
    return checkboxes(
      store,
      'parkKinds',
      t('filterParkKind', lang),
      distinct(state, layerId, 'park_kind').map((v) => ({ value: v, label: formatValue(v, lang) })),
    );
  }
  return null;
}

/** Opacity of one layer, 0–100 %. */
export function opacitySlider(layerId: string, state: AppState, store: Store): HTMLElement {
  const id = `opacity-${layerId}`;
  const slider = el('input', {
    type: 'range',
    min: '0',
    max: '100',
    step: '5',
    id,
    'aria-label': `${t('opacity', state.lang)}`,
  });
  slider.value = String(Math.round((state.opacity[layerId] ?? 1) * 100));
  slider.addEventListener('input', () =>
    store.update({ opacity: { ...store.get().opacity, [layerId]: Number(slider.value) / 100 } }),
  );
  return el('label', { class: 'opacity', for: id }, t('opacity', state.lang), slider);
}
