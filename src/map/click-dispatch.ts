import type { Map as MapLibreMap, MapMouseEvent, MapTouchEvent } from 'maplibre-gl';

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
  /** A right-click or a long press at a place: handles it and returns true, or passes. */
  press?(at: LngLatLike): boolean;
}

/** Where a press happened, in WGS84. */
export interface LngLatLike {
  lng: number;
  lat: number;
}

export interface PointerDispatch<E> {
  /** Asks the handlers in order; returns the name of the one that claimed the click, or null. */
  click(event: E): string | null;
  /** Asks in order who claims the pointer, tells the others to leave, and returns the cursor. */
  hover(event: E): string;
  /** Asks the handlers in order who takes a right-click or long press; returns its name, or null. */
  press(at: LngLatLike): string | null;
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
    press(at) {
      return handlers.find((handler) => handler.press?.(at) ?? false)?.name ?? null;
    },
    leave() {
      cursor = '';
      for (const handler of handlers) handler.leave?.();
    },
    cursor: () => cursor,
  };
}

/** A finger held this long without moving is a long press, as on phones' own maps. */
const LONG_PRESS_MS = 500;
/** A finger that moves more than this many pixels is panning, not pressing. */
const LONG_PRESS_SLOP_PX = 10;
/** The click a browser sends after a long press (or the context menu after it) is part of the press. */
const AFTER_PRESS_MS = 800;

/**
 * The map's only click, hover (mousemove), mouseout, right-click and long-press listeners; the
 * cursor follows the handler that claims the pointer.
 */
export function attachPointerDispatch(
  map: MapLibreMap,
  handlers: readonly PointerHandler<MapMouseEvent>[],
): PointerDispatch<MapMouseEvent> {
  const dispatch = createPointerDispatch(handlers);
  const setCursor = (cursor: string) => {
    map.getCanvas().style.cursor = cursor;
  };
  let pressedAt = Number.NEGATIVE_INFINITY;
  const justPressed = () => performance.now() - pressedAt < AFTER_PRESS_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let start: MapTouchEvent['point'] | null = null;
  const cancelPress = () => {
    clearTimeout(timer);
    start = null;
  };
  map.on('touchstart', (event) => {
    cancelPress();
    if (event.originalEvent.touches.length !== 1) return;
    start = event.point;
    const at = { lng: event.lngLat.lng, lat: event.lngLat.lat };
    timer = setTimeout(() => {
      pressedAt = performance.now();
      dispatch.press(at);
    }, LONG_PRESS_MS);
  });
  map.on('touchmove', (event) => {
    if (start && event.point.dist(start) > LONG_PRESS_SLOP_PX) cancelPress();
  });
  map.on('touchend', cancelPress);
  map.on('touchcancel', cancelPress);
  map.on('contextmenu', (event) => {
    event.originalEvent.preventDefault();
    if (!justPressed()) dispatch.press({ lng: event.lngLat.lng, lat: event.lngLat.lat });
  });
  map.on('click', (event) => {
    if (!justPressed()) dispatch.click(event);
  });
  map.on('mousemove', (event) => setCursor(dispatch.hover(event)));
  map.on('mouseout', () => {
    dispatch.leave();
    setCursor('');
  });
  return dispatch;
}
