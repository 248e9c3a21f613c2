import type { Store } from '../state/store';

/** Brings the chosen plan paragraph into view once the reader has drawn it (mounted after the side panel). */
export function scrollToParagraph(store: Store): void {
  store.select(
    (s) => [s.paragraph, s.tab === 'plans', s.content !== null, s.clause] as const,
    ([paragraph, reading, loaded]) => {
      if (paragraph && reading && loaded)
        document.getElementById(`para-${paragraph}`)?.scrollIntoView({ block: 'center' });
    },
    { immediate: true },
  );
}
