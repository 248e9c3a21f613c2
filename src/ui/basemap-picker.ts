import { t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import { BASEMAPS, type BasemapId, GCJ02_NOTE } from '../style/basemaps';
import { el } from './dom';

/** The offline base by default; online bases only when the user picks one. */
export function basemapPicker(state: AppState, store: Store): HTMLElement {
  const lang = state.lang;
  const select = el(
    'select',
    { id: 'basemap-picker', 'data-testid': 'basemap-picker' },
    ...(Object.keys(BASEMAPS) as BasemapId[]).map((id) => {
      const option = el('option', { value: id }, BASEMAPS[id].title[lang]);
      option.selected = state.basemap === id;
      return option;
    }),
  );
  select.addEventListener('change', () => store.update({ basemap: select.value as BasemapId }));
  const key = el('input', {
    type: 'password',
    id: 'tianditu-key',
    autocomplete: 'off',
    placeholder: t('tiandituKey', lang),
    'aria-label': t('tiandituKey', lang),
  });
  key.value = state.basemapKey;
  key.addEventListener('change', () => store.update({ basemapKey: key.value.trim() }));
  return el(
    'div',
    { class: 'basemap' },
    el('label', { for: 'basemap-picker' }, t('basemap', lang)),
    select,
    state.basemap === 'tianditu' ? key : null,
    el('p', { class: 'hint' }, GCJ02_NOTE[lang]),
  );
}
