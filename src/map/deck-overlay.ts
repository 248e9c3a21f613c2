import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { buildDeckLayers, type DeckInput } from './deck-layers';

/** deck.gl drawn inside a MapLibre map: its own chunk, loaded the first time there is something to draw. */
export interface DeckOverlay {
  draw(input: DeckInput): void;
  setPixelRatio(ratio: number | null): void;
}

export function createDeckOverlay(map: MapLibreMap): DeckOverlay {
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay);
  return {
    draw: (input) => overlay.setProps({ layers: buildDeckLayers(input) }),
    setPixelRatio(ratio) {
      // Interleaved, MapLibreOverlay does not pass useDevicePixels on, so deck.gl would keep the
      // screen's ratio and draw into a corner of the larger print canvas: tell its Deck directly.
      (overlay as unknown as { _deck?: { setProps(props: object): void } })._deck?.setProps({
        useDevicePixels: ratio ?? true,
      });
    },
  };
}
