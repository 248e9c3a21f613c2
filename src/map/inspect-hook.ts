import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * A small inspection hook for browser tests and the console: positions and repaint, no state. The
 * benchmark's frame counter loads only when the benchmark asks for it.
 */
export function installInspectHook(map: MapLibreMap): void {
  (window as unknown as { planViewer: unknown }).planViewer = {
    project: (lon: number, lat: number) => map.project([lon, lat]),
    jumpTo: (lon: number, lat: number, zoom: number) => map.jumpTo({ center: [lon, lat], zoom }),
    /** Names a style layer has drawn in the current view (labels that won their place). */
    renderedNames: (styleLayerId: string) =>
      map.queryRenderedFeatures({ layers: [styleLayerId] }).map((f) => String(f.properties.name ?? '')),
    idle: () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
    framesWhilePanning: async (ms: number) => (await import('./bench-frames')).framesWhilePanning(map, ms),
  };
}
