import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';

/**
 * One owner of the map's pointer: whoever is asked first and claims a click or a hover gets it, the
 * others are not asked. Handlers are plain functions of the event, so the order is testable in node.
 */
export interface PointerHandler<E> {
  /** Named for tests and for reading the order. */
  name: string;
  /** Handles the click and returns true, or returns false to let the next handler have it. */
  click(event: E): boolean;
  /** The cursor to show when it claims the pointer here, or null to pass. */
  hover?(event: E): string | null;
  /** The pointer is no longer this handler's: undo any hover highlight. */
  leave?(): void;
}

export interface PointerDispatch<E> {
  /** Asks the handlers in order; returns the name of the one that claimed the click, or null. */
  click(event: E): string | null;
  /** Asks in order who claims the pointer, tells the others to leave, and returns the cursor. */
  hover(event: E): string;
  /** The pointer left the map: every handler leaves. */
  leave(): void;
  /** The cursor the last hover decided ('' = the map's own). */
  cursor(): string;
}

export function createPointerDispatch<E>(handlers: readonly PointerHandler<E>[]): PointerDispatch<E> {
  let cursor = '';
  return {
    click(event) {
      return handlers.find((handler) => handler.click(event))?.name ?? null;
    },
    hover(event) {
      let claimed: PointerHandler<E> | undefined;
      cursor = '';
      for (const handler of handlers) {
        const wanted = handler.hover?.(event) ?? null;
        if (wanted === null) continue;
        claimed = handler;
        cursor = wanted;
        break;
      }
      for (const handler of handlers) if (handler !== claimed) handler.leave?.();
      return cursor;
    },
    leave() {
      cursor = '';
      for (const handler of handlers) handler.leave?.();
    },
    cursor: () => cursor,
  };
}

/**
 * The map's only click, hover (mousemove) and mouseout listeners; the cursor follows the handler
 * that claims the pointer.
 */
export function attachPointerDispatch(
  map: MapLibreMap,
  handlers: readonly PointerHandler<MapMouseEvent>[],
): PointerDispatch<MapMouseEvent> {
  const dispatch = createPointerDispatch(handlers);
  const setCursor = (cursor: string) => {
    map.getCanvas().style.cursor = cursor;
  };
  map.on('click', (event) => dispatch.click(event));
  map.on('mousemove', (event) => setCursor(dispatch.hover(event)));
  map.on('mouseout', () => {
    dispatch.leave();
    setCursor('');
  });
  return dispatch;
}
