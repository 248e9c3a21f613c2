import { stripBidi } from '../i18n/bidi';

/**
 * The only way UI code makes elements: text goes in as textContent, never as HTML, so nothing
 * from data, plan text or the URL can become markup, and no bidi control can reorder it.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, stripBidi(value));
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(stripBidi(child)) : child);
  }
  return element;
}

/** Replaces an element's content without taking keyboard focus from the control the user is on. */
export function replaceKeepingFocus(root: HTMLElement, ...children: Node[]): void {
  const focusedId = document.activeElement?.id;
  root.replaceChildren(...children);
  if (focusedId) document.getElementById(focusedId)?.focus();
}
