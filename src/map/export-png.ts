import * as turf from '@turf/turf';
import type { Map as MapLibreMap } from 'maplibre-gl';

export type PrintPreset = 'a4' | 'a3';

/** Landscape sheets at 150 dpi: big enough to print sharp, small enough for software rendering. */
export const PRESETS: Record<PrintPreset, { width: number; height: number }> = {
  a4: { width: 1754, height: 1240 },
  a3: { width: 2480, height: 1754 },
};

export interface PrintContent {
  title: string;
  date: string;
  legend: { label: string; color: string; swatch: 'fill' | 'line' | 'point' }[];
  attribution: string;
  northLabel: string;
}

const FONT = '"Noto Sans", "Noto Sans SC", sans-serif';

async function ensureGlyphs(texts: string[]): Promise<void> {
  // Canvas text uses the page's web fonts, but only subsets already loaded: ask for the ones needed.
  await Promise.all(texts.map((text) => document.fonts.load(`16px ${FONT}`, text).catch(() => [])));
}

function niceScale(metresPerPixel: number, maxPixels: number): { metres: number; pixels: number } {
  const max = metresPerPixel * maxPixels;
  const base = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((m) => m * base).find((m) => m <= max) ?? base;
  return { metres, pixels: metres / metresPerPixel };
}

/** Renders the map at twice the device pixels and lays it out on a printable sheet with its furniture. */
export async function exportPng(map: MapLibreMap, preset: PrintPreset, content: PrintContent): Promise<Blob> {
  const ratio = window.devicePixelRatio || 1;
  const { width, height } = PRESETS[preset];
  map.setPixelRatio(ratio * 2);
  await new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
  const source = map.getCanvas();
  await ensureGlyphs([
    content.title,
    content.date,
    content.attribution,
    content.northLabel,
    ...content.legend.map((l) => l.label),
  ]);

  const sheet = document.createElement('canvas');
  sheet.width = width;
  sheet.height = height;
  const ctx = sheet.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const margin = Math.round(width * 0.025);
  const header = Math.round(height * 0.08);
  const footer = Math.round(height * 0.04);
  const frame = { x: margin, y: header, w: width - 2 * margin, h: height - header - footer - margin / 2 };
  // Cover the frame with the map, cropping what does not fit, centred.
  const scale = Math.max(frame.w / source.width, frame.h / source.height);
  const sw = frame.w / scale;
  const sh = frame.h / scale;
  ctx.drawImage(source, (source.width - sw) / 2, (source.height - sh) / 2, sw, sh, frame.x, frame.y, frame.w, frame.h);
  map.setPixelRatio(ratio);
  ctx.strokeStyle = '#333333';
  ctx.lineWidth = 2;
  ctx.strokeRect(frame.x, frame.y, frame.w, frame.h);

  ctx.fillStyle = '#222222';
  ctx.font = `bold ${Math.round(header * 0.42)}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(content.title, margin, header * 0.4);
  ctx.font = `${Math.round(header * 0.24)}px ${FONT}`;
  ctx.fillStyle = '#555555';
  ctx.fillText(content.date, margin, header * 0.8);

  // Legend, bottom left over the map.
  const row = Math.round(height * 0.028);
  const legendH = row * (content.legend.length + 0.6);
  const legendW = Math.round(width * 0.26);
  const lx = frame.x + 16;
  const ly = frame.y + frame.h - legendH - 16;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(lx, ly, legendW, legendH);
  ctx.font = `${Math.round(row * 0.6)}px ${FONT}`;
  content.legend.forEach((item, i) => {
    const y = ly + row * (i + 0.8);
    ctx.fillStyle = item.color;
    ctx.strokeStyle = item.color;
    if (item.swatch === 'line') ctx.fillRect(lx + 10, y - 2, row, 4);
    else if (item.swatch === 'point') {
      ctx.beginPath();
      ctx.arc(lx + 10 + row / 2, y, row / 4, 0, 2 * Math.PI);
      ctx.fill();
      ctx.strokeStyle = '#555555';
      ctx.lineWidth = 2;
      ctx.stroke();
    } else ctx.fillRect(lx + 10, y - row / 4, row, row / 2);
    ctx.fillStyle = '#222222';
    ctx.fillText(item.label, lx + 20 + row, y);
  });

  // Scale bar, bottom right: ground distance of the map's pixels, geodesic (turf).
  const centre = map.getCenter();
  const p = map.project(centre);
  const east = map.unproject([p.x + 100, p.y]);
  const metresPerCssPixel = turf.distance([centre.lng, centre.lat], [east.lng, east.lat], { units: 'meters' }) / 100;
  const metresPerSheetPixel = metresPerCssPixel / (ratio * 2) / scale;
  const bar = niceScale(metresPerSheetPixel, frame.w * 0.18);
  const bx = frame.x + frame.w - bar.pixels - 24;
  const by = frame.y + frame.h - 28;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(bx - 10, by - 30, bar.pixels + 20, 44);
  ctx.fillStyle = '#222222';
  ctx.fillRect(bx, by, bar.pixels, 6);
  ctx.font = `${Math.round(row * 0.6)}px ${FONT}`;
  ctx.fillText(bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`, bx, by - 12);

  // North arrow, top right, turned with the map.
  const nx = frame.x + frame.w - 50;
  const ny = frame.y + 60;
  ctx.save();
  ctx.translate(nx, ny);
  ctx.rotate((-map.getBearing() * Math.PI) / 180);
  ctx.fillStyle = '#222222';
  ctx.beginPath();
  ctx.moveTo(0, -34);
  ctx.lineTo(14, 14);
  ctx.lineTo(0, 4);
  ctx.lineTo(-14, 14);
  ctx.closePath();
  ctx.fill();
  ctx.font = `bold ${Math.round(row * 0.7)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText(content.northLabel, 0, -48);
  ctx.restore();

  ctx.fillStyle = '#555555';
  ctx.font = `${Math.round(footer * 0.42)}px ${FONT}`;
  ctx.fillText(content.attribution, margin, height - footer / 2 - margin / 4, width - 2 * margin);
  return new Promise((resolve, reject) =>
    sheet.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
