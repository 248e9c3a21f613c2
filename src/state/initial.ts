import { LAYERS } from '../registry/layers';
import { NO_FILTERS } from '../style/filters';
import type { AppState, LayerLoad } from './store';
import { DEFAULT_COMPARE } from './time';

/** The state of a fresh visit before any link, storage or data is applied. */
export function defaultState(overrides: Partial<AppState> = {}): AppState {
  return {
    lang: 'zh',
    visible: new Set(LAYERS.filter((l) => l.defaultVisible).map((l) => l.id)),
    selected: null,
    highlighted: [],
    focus: null,
    tab: 'feature',
    dialog: null,
    clause: null,
    paragraph: null,
    filters: NO_FILTERS,
    opacity: {},
    district: null,
    report: null,
    sheet: 'peek',
    layersOpen: false,
    locating: false,
    basemap: 'offline',
    basemapKey: '',
    view: null,
    bounds: null,
    compare: DEFAULT_COMPARE,
    timeAdded: [],
    notices: [],
    loads: Object.fromEntries(LAYERS.map((l) => [l.id, { state: 'loading' } as LayerLoad])),
    mapError: null,
    print: null,
    printStatus: null,
    embed: false,
    content: null,
    contentError: null,
    figures: new Map(),
    features: new Map(),
    featureProps: new Map(),
    mode: 'select',
    measures: [],
    drawing: null,
    nearest: null,
    nearestWith: 'osm',
    osmClasses: new Map(),
    uncovered: null,
    imports: [],
    ...overrides,
  };
}
