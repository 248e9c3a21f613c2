import { html, nothing, type TemplateResult } from 'lit-html';
import { formatValue } from '../i18n/fields';
import { type Lang, type StringKey, t } from '../i18n/strings';
import type { FilterControl, PlanLayer } from '../registry/types';
import type { AppState, Store } from '../state/store';
import { batchKey, type LayerFilters } from '../style/filters';

type ListKey = FilterControl['role'];

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
      // Each other character by its code point, so two Chinese values never share an id.
      const id = `filter-${key}-${value}`.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)?.toString(16)}`);
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

/** The choices of one declared filter, read from the record and, where it says so, the layer's data. */
function choicesOf(layer: PlanLayer, control: FilterControl, state: AppState): Option[] {
  const lang: Lang = state.lang;
  const property = layer.filterBy?.[control.role] ?? '';
  const choices = control.choices;
  switch (choices.from) {
    case 'list':
      return choices.values.map((v) => ({ value: v, label: t(`${choices.labelPrefix}${v}` as StringKey, lang) }));
    case 'features':
      return [...(state.featureProps.get(layer.id)?.values() ?? [])].map((p) => {
        const color = choices.color ? p[choices.color] : undefined;
        return {
          value: String(p[property]),
          label: String(lang === 'zh' ? p.name_zh : p.name_en),
          // Colours come from data: only a plain hex colour reaches the style attribute.
          color: typeof color === 'string' && HEX.test(color) ? color : undefined,
        };
      });
    case 'values':
      return distinct(state, layer.id, property).map((v) => ({ value: v, label: formatValue(v, lang) }));
    case 'batches':
      return distinct(state, layer.id, property, batchKey).map((v) => ({
        value: v,
        label: v === 'unknown' ? t('batchUnknown', lang) : `${t('batch', lang)} ${v}`,
      }));
  }
}

function filterControl(layer: PlanLayer, control: FilterControl, state: AppState, store: Store): TemplateResult {
  const legend = t(control.legend as StringKey, state.lang);
  const group = checkboxes(state, store, control.role, legend, choicesOf(layer, control, state));
  if (!control.foldedAs) return group;
  return html`<details data-testid=${control.foldedAs}>
    <summary>${legend}</summary>
    ${group}
  </details>`;
}

/** The filter controls a layer's record declares, shown under its row; several share one box. */
export function filtersFor(layer: PlanLayer, state: AppState, store: Store): TemplateResult | typeof nothing {
  const drawn = (layer.filters ?? []).map((c) => filterControl(layer, c, state, store));
  return drawn.length > 1 ? html`<div class="filters">${drawn}</div>` : (drawn[0] ?? nothing);
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
