import type { Feature, Geometry } from 'geojson';
import { render } from 'lit-html';
import { defaultState } from '../../../src/state/initial';
import { type AppState, createStore, type Store } from '../../../src/state/store';
import { mountPanel, type Panel } from '../../../src/ui/panel';

/** A panel's view drawn once for one state (in happy-dom), as an element to read. */
export function draw(panel: Panel, state: AppState): HTMLElement {
  const root = document.createElement('div');
  render(panel.view(state, createStore(state)), root);
  return root;
}

/** A panel mounted on a store, to click through: the store and the element it draws into. */
export function mount(panel: Panel, overrides: Partial<AppState> = {}): { store: Store; root: HTMLElement } {
  const store = createStore(defaultState(overrides));
  const root = document.createElement('div');
  document.body.append(root);
  mountPanel(root, store, panel);
  return { store, root };
}

/** The text a reader sees, white space folded. */
export const text = (root: Element | null | undefined) => (root?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const testId = (root: Element, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** A square district of about 11 × 11 km around a point, with its names. */
export function district(id: string, name_zh: string, name_en: string, lon: number, lat: number): AnyFeature {
  const d = 0.05;
  return {
    type: 'Feature',
    properties: { id, name_zh, name_en },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon - d, lat - d],
          [lon + d, lat - d],
          [lon + d, lat + d],
          [lon - d, lat + d],
          [lon - d, lat - d],
        ],
      ],
    },
  };
}
