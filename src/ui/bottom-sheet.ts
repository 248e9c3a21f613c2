import { html, render, type TemplateResult } from 'lit-html';
import { type StringKey, t } from '../i18n/strings';
import type { AppState, SheetSize, Store } from '../state/store';

const SIZES: readonly SheetSize[] = ['peek', 'half', 'full'];
/** A drag shorter than this is a tap on the handle. */
const DRAG_MIN_PX = 6;

const step = (size: SheetSize, by: number): SheetSize =>
  SIZES[Math.min(SIZES.length - 1, Math.max(0, SIZES.indexOf(size) + by))] as SheetSize;

export interface SheetActions {
  resize(size: SheetSize): void;
  dragStart(event: PointerEvent): void;
}

/** The handle on top of the panel sheet of a phone: drag it, or use its buttons or arrow keys. */
export function sheetHandleView(state: AppState, actions: SheetActions): TemplateResult {
  const lang = state.lang;
  const keys = (event: KeyboardEvent) => {
    const by = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
    if (by === 0) return;
    event.preventDefault();
    actions.resize(step(state.sheet, by));
  };
  const cycle = () => actions.resize(state.sheet === 'full' ? 'peek' : step(state.sheet, 1));
  return html`<div class="sheet-bar">
    <button
      type="button"
      class="sheet-grip"
      data-testid="sheet-grip"
      aria-label=${`${t('sheetHandle', lang)} (${t(`sheet.${state.sheet}` as StringKey, lang)})`}
      @keydown=${keys}
      @pointerdown=${actions.dragStart}
      @click=${cycle}
    ><span aria-hidden="true"></span></button>
    <span class="sheet-sizes" role="group" aria-label=${t('sheetHandle', lang)}>
      ${SIZES.map(
        (size) => html`<button
          type="button"
          data-testid="sheet-${size}"
          aria-pressed=${String(state.sheet === size)}
          title=${t(`sheet.${size}` as StringKey, lang)}
          @click=${() => actions.resize(size)}
        ><span class="sheet-icon sheet-icon-${size}" aria-hidden="true"></span><span class="visually-hidden"
            >${t(`sheet.${size}` as StringKey, lang)}</span
          ></button>`,
      )}
    </span>
  </div>`;
}

/**
 * Makes the side panel a bottom sheet on a phone (the CSS decides when): peek (the tabs), half or
 * full height. Whatever the user asks about (a feature, a report, a district) pulls it up to half.
 */
export function mountBottomSheet(root: HTMLElement, store: Store): void {
  const bar = document.createElement('div');
  root.prepend(bar);
  let dragged = false;
  const actions: SheetActions = {
    resize(size) {
      if (dragged) {
        dragged = false;
        return;
      }
      store.update({ sheet: size });
    },
    dragStart(event) {
      const startY = event.clientY;
      const startHeight = root.getBoundingClientRect().height;
      const target = event.currentTarget as HTMLElement;
      target.setPointerCapture(event.pointerId);
      dragged = false;
      const move = (e: PointerEvent) => {
        const dy = startY - e.clientY;
        if (Math.abs(dy) < DRAG_MIN_PX && !dragged) return;
        dragged = true;
        root.classList.add('dragging');
        root.style.height = `${Math.max(48, Math.min(window.innerHeight, startHeight + dy))}px`;
      };
      const end = () => {
        target.removeEventListener('pointermove', move);
        target.removeEventListener('pointerup', end);
        target.removeEventListener('pointercancel', end);
        root.classList.remove('dragging');
        if (!dragged) return;
        const share = root.getBoundingClientRect().height / window.innerHeight;
        root.style.height = '';
        store.update({ sheet: share < 0.3 ? 'peek' : share < 0.72 ? 'half' : 'full' });
      };
      target.addEventListener('pointermove', move);
      target.addEventListener('pointerup', end);
      target.addEventListener('pointercancel', end);
    },
  };
  store.select(
    (s) => [s.sheet, s.lang],
    (_, state) => {
      root.dataset.sheet = state.sheet;
      render(sheetHandleView(state, actions), bar);
    },
    { immediate: true },
  );
  store.select(
    (s) => [s.selected, s.report, s.district],
    ([selected, report, district], state) => {
      if ((selected || report || district) && state.sheet === 'peek')
        store.update({ sheet: 'half', layersOpen: false });
    },
    { immediate: true },
  );
}
