import * as turf from '@turf/turf';
import type { PrintTarget } from './export-png';
import type { Box } from './print-layout';
import type { Bounds } from './print-legend';
import { CSS_DPI, fitScale, zoomForScale } from './sheet-layout';

export interface MapCapture {
  jpeg: Uint8Array;
  /** What the image shows, west, south, east, north. */
  bounds: Bounds;
  scale: number;
}

const IDLE_TIMEOUT_MS = 30_000;

function idle(map: PrintTarget['map']): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, IDLE_TIMEOUT_MS);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}

/**
 * Draws the map for a sheet's frame at 1:`scale` (or fitting `fit` whole) and `dpi`, north up,
 * then puts the screen map back as it was. The map is laid out at the frame's size at 96 CSS
 * pixels per inch and drawn at dpi/96 device pixels per CSS pixel, so labels print at screen size.
 */
export async function captureMap(
  target: PrintTarget,
  frame: Box,
  scale: number | 'fit',
  dpi: number,
  fit: Bounds | null = null,
): Promise<MapCapture> {
  const map = target.map;
  const container = map.getContainer();
  const before = {
    center: map.getCenter(),
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
    padding: map.getPadding(),
    style: container.getAttribute('style'),
  };
  const screen = map.getBounds();
  const box: Bounds = fit ?? [screen.getWest(), screen.getSouth(), screen.getEast(), screen.getNorth()];
  // The middle of what is shown (the map's own centre moves with its padding).
  const [lon, lat] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  const groundW = turf.distance([box[0], lat], [box[2], lat], { units: 'meters' });
  const groundH = turf.distance([lon, box[1]], [lon, box[3]], { units: 'meters' });
  const printScale = scale === 'fit' ? fitScale(groundW, groundH, frame.w, frame.h) : scale;
  const cssW = Math.round((frame.w / 25.4) * CSS_DPI);
  const cssH = Math.round((frame.h / 25.4) * CSS_DPI);
  try {
    // Over the page while it draws: the user sees what is being printed.
    container.style.cssText += `;position:fixed;left:0;top:0;width:${cssW}px;height:${cssH}px;z-index:1000`;
    map.resize();
    // No padding: a view fitted beside the side panels keeps it, and the print would be off-centre.
    const padding = { top: 0, bottom: 0, left: 0, right: 0 };
    map.jumpTo({ center: [lon, lat], zoom: zoomForScale(printScale, lat), bearing: 0, pitch: 0, padding });
    // Tiles load at the screen's ratio, where each redraw as a tile arrives is cheap; then one
    // redraw at the print's ratio from tiles already there (a software renderer took minutes
    // redrawing a 300 dpi frame for every tile).
    await idle(map);
    target.setPixelRatio(dpi / CSS_DPI);
    await idle(map);
    const shown = map.getBounds();
    const canvas = map.getCanvas();
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('map image encoding failed'))), 'image/jpeg', 0.9),
    );
    return {
      jpeg: new Uint8Array(await blob.arrayBuffer()),
      bounds: [shown.getWest(), shown.getSouth(), shown.getEast(), shown.getNorth()],
      scale: printScale,
    };
  } finally {
    if (before.style === null) container.removeAttribute('style');
    else container.setAttribute('style', before.style);
    target.setPixelRatio(null);
    map.resize();
    map.jumpTo({
      center: before.center,
      zoom: before.zoom,
      bearing: before.bearing,
      pitch: before.pitch,
      padding: before.padding,
    });
  }
}
