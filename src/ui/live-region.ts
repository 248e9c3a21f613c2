/**
 * The page's one polite live region: screen readers read what is put here after they finish what
 * they are saying. Messages arriving in quick succession (a map still moving, a query being typed)
 * are said once, the last one, after a pause.
 */
let region: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

export function mountLiveRegion(root: HTMLElement): void {
  region = root;
  root.setAttribute('role', 'status');
  root.setAttribute('aria-live', 'polite');
  root.setAttribute('aria-atomic', 'true');
}

export function announce(message: string, delayMs = 600): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (region) region.textContent = message;
  }, delayMs);
}
