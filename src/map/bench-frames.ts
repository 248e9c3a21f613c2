import type { Map as MapLibreMap } from 'maplibre-gl';

/** For the benchmark: pans the camera for `ms` and counts the frames MapLibre drew. */
export function framesWhilePanning(map: MapLibreMap, ms: number): Promise<number> {
  return new Promise<number>((resolve) => {
    let frames = 0;
    const count = () => frames++;
    map.on('render', count);
    const start = performance.now();
    const centre = map.getCenter();
    const step = () => {
      const t = (performance.now() - start) / ms;
      if (t >= 1) {
        map.off('render', count);
        resolve(frames);
        return;
      }
      map.jumpTo({
        center: [centre.lng + 0.05 * Math.sin(t * 2 * Math.PI), centre.lat + 0.03 * Math.cos(t * 2 * Math.PI)],
      });
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}
