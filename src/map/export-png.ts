import * as turf from '@turf/turf';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { fitWhole, legendLayout } from './print-layout';

export type PrintPreset = 'a4' | 'a3';

/** Landscape sheets at 150 dpi: big enough to print sharp, small enough for software rendering. */
export const PRESETS: Record<PrintPreset, { width: number; height: number }> = {
  a4: { width: 1754, height: 1240 },
  a3: { width: 2480, height: 1754 },
};

export interface PrintContent {
  title: string;
  date: string;
  legend: { label: string; color: string; swatch: 'fill' | 'line' | 'point'; dash?: readonly number[] }[];
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

/** The map to print, and how to change the pixel ratio of everything drawn on it (deck.gl included). */
export interface PrintTarget {
  map: MapLibreMap;
  /** null restores the screen's ratio. */
  setPixelRatio(ratio: number | null): void;
}

/** Renders the map at twice the device pixels and lays it out on a printable sheet with its furniture. */
export async function exportPng(target: PrintTarget, preset: PrintPreset, content: PrintContent): Promise<Blob> {
  const map = target.map;
  const ratio = window.devicePixelRatio || 1;
  const { width, height } = PRESETS[preset];
  target.setPixelRatio(ratio * 2);
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
  // The whole screen map, scaled to fit the frame: what was on screen is what is printed.
  const placed = fitWhole(source.width, source.height, frame);
  const scale = placed.scale;
  ctx.fillStyle = '#f2f2f2';
  ctx.fillRect(frame.x, frame.y, frame.w, frame.h);
  ctx.drawImage(source, placed.x, placed.y, placed.w, placed.h);
  target.setPixelRatio(null);
  ctx.strokeStyle = '#333333';
  ctx.lineWidth = 2;
  ctx.strokeRect(placed.x, placed.y, placed.w, placed.h);

  ctx.fillStyle = '#222222';
  ctx.font = `bold ${Math.round(header * 0.42)}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(content.title, margin, header * 0.4);
  ctx.font = `${Math.round(header * 0.24)}px ${FONT}`;
  ctx.fillStyle = '#555555';
  ctx.fillText(content.date, margin, header * 0.8);

  // Legend, bottom left over the map, in columns wide enough for every label.
  const fontFor = (px: number) => `${px}px ${FONT}`;
  const layout = legendLayout(
    content.legend.map((l) => l.label),
    (text, px) => {
      ctx.font = fontFor(px);
      return ctx.measureText(text).width;
    },
    {
      maxW: Math.max(placed.w * 0.7, placed.x - frame.x - 32),
      maxH: placed.h * 0.6,
      fontPx: Math.round(height * 0.017),
      minFontPx: 12,
    },
  );
  const row = layout.row;
  // Beside the map when the sheet has room there (a tall screen map), else over its corner.
  const beside = placed.x - frame.x >= layout.w + 32;
  const lx = beside ? frame.x + 16 : placed.x + 16;
  const ly = placed.y + placed.h - layout.h - 16;
  const perColumn = Math.ceil(content.legend.length / layout.columns);
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(lx, ly, layout.w, layout.h);
  ctx.font = fontFor(layout.fontPx);
  content.legend.forEach((item, i) => {
    const x = lx + Math.floor(i / perColumn) * layout.columnW;
    const y = ly + row * ((i % perColumn) + 0.8);
    ctx.fillStyle = item.color;
    ctx.strokeStyle = item.color;
    if (item.swatch === 'line') {
      ctx.lineWidth = 4;
      // In line widths, as on the map, with round caps so a near-zero dash prints as a dot.
      ctx.setLineDash(item.dash ? item.dash.map((d) => d * 4) : []);
      ctx.lineCap = item.dash ? 'round' : 'butt';
      ctx.beginPath();
      ctx.moveTo(x + 10, y);
      ctx.lineTo(x + 10 + row, y);
      ctx.stroke();
      ctx.setLineDash([]);
    } else if (item.swatch === 'point') {
      ctx.beginPath();
      ctx.arc(x + 10 + row / 2, y, row / 4, 0, 2 * Math.PI);
      ctx.fill();
      ctx.strokeStyle = '#555555';
      ctx.lineWidth = 2;
      ctx.stroke();
    } else ctx.fillRect(x + 10, y - row / 4, row, row / 2);
    ctx.fillStyle = '#222222';
    ctx.fillText(item.label, x + 20 + row, y);
  });

  // Scale bar, bottom right: ground distance of the map's pixels, geodesic (turf).
  const centre = map.getCenter();
  const p = map.project(centre);
  const east = map.unproject([p.x + 100, p.y]);
  const metresPerCssPixel = turf.distance([centre.lng, centre.lat], [east.lng, east.lat], { units: 'meters' }) / 100;
  const metresPerSheetPixel = metresPerCssPixel / (ratio * 2) / scale;
  const bar = niceScale(metresPerSheetPixel, placed.w * 0.18);
  const bx = placed.x + placed.w - bar.pixels - 24;
  const by = placed.y + placed.h - 28;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(bx - 10, by - 30, bar.pixels + 20, 44);
  ctx.fillStyle = '#222222';
  ctx.fillRect(bx, by, bar.pixels, 6);
  ctx.font = `${Math.round(row * 0.6)}px ${FONT}`;
  ctx.fillText(bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`, bx, by - 12);

  // North arrow, top right, turned with the map.
  const nx = placed.x + placed.w - 50;
  const ny = placed.y + 60;
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
