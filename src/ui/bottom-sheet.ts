import { html } from 'lit-html';
import { type StringKey, t } from '../i18n/strings';
import type { SheetSize, Store } from '../state/store';
import type { Panel } from './panel';

const SIZES: readonly SheetSize[] = ['peek', 'half', 'full'];
/** A drag shorter than this is a tap on the handle. */
const DRAG_MIN_PX = 6;

const step = (size: SheetSize, by: number): SheetSize =>
  SIZES[Math.min(SIZES.length - 1, Math.max(0, SIZES.indexOf(size) + by))] as SheetSize;

/** The size a sheet dragged to `share` of the window's height settles at. */
export const settleAt = (share: number): SheetSize => (share < 0.3 ? 'peek' : share < 0.72 ? 'half' : 'full');

/**
 * Follows a drag of the handle: the sheet (the handle's `.side-panel`) takes the pointer's height while
 * dragged, then settles at the nearest size in the store. A drag marks the handle so the click
 * that ends it is not also a tap.
 */
function dragSheet(event: PointerEvent, store: Store): void {
  const handle = event.currentTarget as HTMLElement;
  const sheet = handle.closest<HTMLElement>('.side-panel');
  if (!sheet) return;
  const startY = event.clientY;
  const startHeight = sheet.getBoundingClientRect().height;
  handle.setPointerCapture?.(event.pointerId);
  delete handle.dataset.dragged;
  const move = (e: PointerEvent) => {
    const dy = startY - e.clientY;
    if (Math.abs(dy) < DRAG_MIN_PX && !handle.dataset.dragged) return;
    handle.dataset.dragged = 'true';
    sheet.classList.add('dragging');
    sheet.style.height = `${Math.max(48, Math.min(window.innerHeight, startHeight + dy))}px`;
  };
  const end = () => {
    handle.removeEventListener('pointermove', move);
    handle.removeEventListener('pointerup', end);
    handle.removeEventListener('pointercancel', end);
    sheet.classList.remove('dragging');
    if (!handle.dataset.dragged) return;
    const share = sheet.getBoundingClientRect().height / window.innerHeight;
    sheet.style.height = '';
    store.update({ sheet: settleAt(share) });
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
}

/**
 * The handle on top of the panel sheet of a phone (the CSS shows it there): drag it, tap it, or use
 * its buttons or arrow keys; peek (the tabs), half or full height. app/bottom-sheet.ts sizes the sheet.
 */
export const sheetHandlePanel: Panel = {
  reads: (s) => [s.sheet, s.lang],
  view: (state, store) => {
    const lang = state.lang;
    const keys = (event: KeyboardEvent) => {
      const by = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
      if (by === 0) return;
      event.preventDefault();
      store.update({ sheet: step(state.sheet, by) });
    };
    const tap = (event: Event) => {
      const handle = event.currentTarget as HTMLElement;
      if (handle.dataset.dragged) {
        delete handle.dataset.dragged;
        return;
      }
      store.update({ sheet: state.sheet === 'full' ? 'peek' : step(state.sheet, 1) });
    };
    return html`<button
        type="button"
        class="sheet-grip"
        data-testid="sheet-grip"
        aria-label=${`${t('sheetHandle', lang)} (${t(`sheet.${state.sheet}` as StringKey, lang)})`}
        @keydown=${keys}
        @pointerdown=${(event: PointerEvent) => dragSheet(event, store)}
        @click=${tap}
      ><span aria-hidden="true"></span></button>
      <span class="sheet-sizes" role="group" aria-label=${t('sheetHandle', lang)}>
        ${SIZES.map(
          (size) => html`<button
            type="button"
            data-testid="sheet-${size}"
            aria-pressed=${String(state.sheet === size)}
            title=${t(`sheet.${size}` as StringKey, lang)}
            @click=${() => store.update({ sheet: size })}
          ><span class="sheet-icon sheet-icon-${size}" aria-hidden="true"></span><span class="visually-hidden"
              >${t(`sheet.${size}` as StringKey, lang)}</span
            ></button>`,
        )}
      </span>`;
  },
};
