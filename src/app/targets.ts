import type { TargetMeasures } from '../analysis/targets';
import type { Store } from '../state/store';

/**
 * Fetches the measures of the plans' targets (built by npm run build:osm-classes) when the targets
 * section is first opened (`targets` set to 'loading'); a failure may be retried by opening it again.
 */
export function loadTargets(store: Store): void {
  store.select(
    (s) => s.targets.state,
    (state) => {
      if (state !== 'loading') return;
      fetch('./osm-classes/target-measures.json')
        .then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return response.json() as Promise<TargetMeasures>;
        })
        .then((measures) => store.update({ targets: { state: 'ready', measures } }))
        .catch((error: unknown) =>
          store.update({
            targets: { state: 'failed', message: error instanceof Error ? error.message : String(error) },
          }),
        );
    },
  );
}
