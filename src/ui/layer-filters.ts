import { html, nothing, type TemplateResult } from 'lit-html';
import { formatValue } from '../i18n/fields';
import { type Lang, type StringKey, t } from '../i18n/strings';
import { RAIL_STATUSES } from '../registry/types';
import type { AppState, Store } from '../state/store';
import { batchKey, type LayerFilters } from '../style/filters';

type ListKey = 'railStatus' | 'railLines' | 'industryThemes' | 'industryBatches' | 'parkKinds';

interface Option {
  value: string;
  label: string;
  /** A line's own colour, shown as a swatch beside its name. */
  color?: string;
}

/**
 * A group of checkboxes over the values a property takes. All unchecked-by-filter means "all";
 * the boxes show what is visible, so a fresh map has every box ticked.
 */
function checkboxes(state: AppState, store: Store, key: ListKey, legend: string, options: readonly Option[]) {
  const current = state.filters[key] as readonly string[];
  const toggle = (value: string) => (event: Event) => {
    const filters = store.get().filters;
    const list = filters[key] as readonly string[];
    const shown = list.length === 0 ? options.map((o) => o.value) : [...list];
    const next = (event.target as HTMLInputElement).checked ? [...shown, value] : shown.filter((v) => v !== value);
    const all = options.every((o) => next.includes(o.value));
    store.update({ filters: { ...filters, [key]: all ? [] : [...new Set(next)] } as LayerFilters });
  };
  return html`<fieldset class="filter" data-filter=${key}>
    <legend>${legend}</legend>
    ${options.map(({ value, label, color }) => {
      const id = `filter-${key}-${value}`.replace(/[^A-Za-z0-9_-]/g, '_');
      return html`<label for=${id}
        ><input
          type="checkbox"
          id=${id}
          data-testid=${id}
          .checked=${current.length === 0 || current.includes(value)}
          @change=${toggle(value)}
        />${
          color ? html`<span class="swatch swatch-line" style="--swatch: ${color}" aria-hidden="true"></span>` : nothing
        }${label}</label
      >`;
    })}
  </fieldset>`;
}

function distinct(state: AppState, layerId: string, property: string, map: (v: unknown) => string = String): string[] {
  const values = [...(state.featureProps.get(layerId)?.values() ?? [])].map((p) => map(p[property]));
  return [...new Set(values)].filter((v) => v !== '' && v !== 'undefined').sort();
}

const HEX = /^#[0-9A-Fa-f]{3,8}$/;

/** Filter controls shown under a layer's row, for the layers planners narrow down. */
export function filtersFor(layerId: string, state: AppState, store: Store): TemplateResult | typeof nothing {
  const lang: Lang = state.lang;
  if (layerId === 'rail-lines') {
    const lines = [...(state.featureProps.get('rail-lines')?.values() ?? [])].map((p) => ({
      value: String(p.id),
      label: String(lang === 'zh' ? p.name_zh : p.name_en),
      // Colours come from data: only a plain hex colour reaches the style attribute.
      color: typeof p.color === 'string' && HEX.test(p.color) ? p.color : undefined,
    }));
    return html`<div class="filters">
      ${checkboxes(
        state,
        store,
        'railStatus',
        t('withStatus', lang),
        RAIL_STATUSES.map((s) => ({ value: s, label: t(`status.${s}` as StringKey, lang) })),
      )}
      <details data-testid="rail-line-filter">
        <summary>${t('filterLines', lang)}</summary>
        ${checkboxes(state, store, 'railLines', t('filterLines', lang), lines)}
      </details>
    </div>`;
  }
  if (layerId === 'industrial-parks') {
    return html`<div class="filters">
      ${checkboxes(
        state,
        store,
        'industryThemes',
        t('filterTheme', lang),
        distinct(state, layerId, 'theme_industry').map((v) => ({ value: v, label: formatValue(v, lang) })),
      )}
      ${checkboxes(
        state,
        store,
        'industryBatches',
        t('filterBatch', lang),
        distinct(state, layerId, 'batch', batchKey).map((v) => ({
          value: v,
          label: v === 'unknown' ? t('batchUnknown', lang) : `${t('batch', lang)} ${v}`,
        })),
      )}
    </div>`;
  }
  if (layerId === 'parks') {
    return checkboxes(
      state,
      store,
      'parkKinds',
      t('filterParkKind', lang),
      distinct(state, layerId, 'park_kind').map((v) => ({ value: v, label: formatValue(v, lang) })),
    );
  }
  return nothing;
}

/** Opacity of one layer, 0–100 %. */
export function opacitySlider(layerId: string, state: AppState, store: Store): TemplateResult {
  const id = `opacity-${layerId}`;
  const change = (event: Event) =>
    store.update({
      opacity: { ...store.get().opacity, [layerId]: Number((event.target as HTMLInputElement).value) / 100 },
    });
  return html`<label class="opacity" for=${id}
    >${t('opacity', state.lang)}<input
      type="range"
      min="0"
      max="100"
      step="5"
      id=${id}
      aria-label=${t('opacity', state.lang)}
      .value=${String(Math.round((state.opacity[layerId] ?? 1) * 100))}
      @input=${change}
  /></label>`;
}
