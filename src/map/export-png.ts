/**
 * The A4/A3 PNG sheet: the PDF's landscape layout (sheet-layout.ts) drawn on a canvas at 150 dpi.
 * The map fills its frame; title, facts (year, plan, district, date, scale, scale bar, north arrow),
 * the legend of what the frame shows, the QR code of the view and the credits sit outside it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import QRCode from 'qrcode';
import { captureMap } from './map-capture';
import type { Box } from './print-layout';
import { legendLayout } from './print-layout';
import type { LegendRow } from './print-legend';
import type { SheetText } from './print-pdf';
import { type Paper, PNG_DPI, type PngSheet, pngSheet, scaleBar, wrapText } from './sheet-layout';

export type PrintPreset = Paper;

/** Landscape sheets at 150 dpi: big enough to print sharp, small enough for software rendering. */
export const PRESETS: Record<PrintPreset, { width: number; height: number }> = {
  a4: { width: pngSheet('a4').width, height: pngSheet('a4').height },
  a3: { width: pngSheet('a3').width, height: pngSheet('a3').height },
};

/** The map to print, and how to change the pixel ratio of everything drawn on it (deck.gl included). */
export interface PrintTarget {
  map: MapLibreMap;
  /** null restores the screen's ratio. */
  setPixelRatio(ratio: number | null): void;
}

const FONT = '"Noto Sans", "Noto Sans SC", sans-serif';
const INK = '#222222';
const GREY = '#666666';

async function ensureGlyphs(texts: string[]): Promise<void> {
  // Canvas text uses the page's web fonts, but only subsets already loaded: ask for the ones needed.
  await Promise.all(texts.map((text) => document.fonts.load(`16px ${FONT}`, text).catch(() => [])));
}

class Canvas {
  constructor(
    readonly ctx: CanvasRenderingContext2D,
    readonly sheet: PngSheet,
  ) {}
  font(points: number, bold = false): number {
    const px = this.sheet.pt(points);
    this.ctx.font = `${bold ? 'bold ' : ''}${px}px ${FONT}`;
    return px;
  }
  width = (text: string) => this.ctx.measureText(text).width;
  /** Wrapped lines from `top` inside `box`; returns the y below the last line drawn. */
  paragraph(text: string, box: Box, top: number, points: number, color = INK, bold = false): number {
    const px = this.font(points, bold);
    const lineH = px * 1.4;
    this.ctx.fillStyle = color;
    this.ctx.textBaseline = 'alphabetic';
    let y = top;
    for (const line of wrapText(text, box.w, this.width)) {
      if (y + lineH > box.y + box.h + 0.5) break;
      this.ctx.fillText(line, box.x, y + lineH * 0.78);
      y += lineH;
    }
    return y;
  }
}

function drawLegend(c: Canvas, rows: readonly LegendRow[], box: Box, title: string): void {
  const { ctx } = c;
  ctx.save();
  // Nothing of the legend can reach past its box, however many rows there are.
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.w, box.h);
  ctx.clip();
  const top = c.paragraph(title, box, box.y, 10, INK, true) + c.sheet.pt(2);
  const layout = legendLayout(
    rows.map((r) => r.label),
    (text, px) => {
      ctx.font = `${px}px ${FONT}`;
      return ctx.measureText(text).width;
    },
    { maxW: box.w, maxH: box.y + box.h - top, fontPx: Math.round(c.sheet.pt(8)), minFontPx: Math.round(c.sheet.pt(6)) },
  );
  const perColumn = Math.ceil(rows.length / layout.columns);
  const columnW = Math.min(layout.columnW, box.w / layout.columns);
  const swatchW = layout.row;
  ctx.font = `${layout.fontPx}px ${FONT}`;
  ctx.textBaseline = 'middle';
  rows.forEach((item, i) => {
    const x = box.x + Math.floor(i / perColumn) * columnW;
    const y = top + layout.row * ((i % perColumn) + 0.5);
    ctx.fillStyle = item.color;
    ctx.strokeStyle = item.color;
    if (item.swatch === 'line') {
      ctx.lineWidth = 4;
      // In line widths, as on the map, with round caps so a near-zero dash prints as a dot.
      ctx.setLineDash(item.dash ? item.dash.map((d) => d * 4) : []);
      ctx.lineCap = item.dash ? 'round' : 'butt';
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + swatchW, y);
      ctx.stroke();
      ctx.setLineDash([]);
    } else if (item.swatch === 'point') {
      ctx.beginPath();
      ctx.arc(x + swatchW / 2, y, layout.row / 4, 0, 2 * Math.PI);
      ctx.fill();
      ctx.strokeStyle = GREY;
      ctx.lineWidth = 2;
      ctx.stroke();
    } else ctx.fillRect(x, y - layout.row / 4, swatchW, layout.row / 2);
    let label = item.label.trim();
    const room = columnW - swatchW - 16;
    while (label.length > 1 && ctx.measureText(label).width > room) label = `${label.slice(0, -2)}…`;
    ctx.fillStyle = INK;
    ctx.fillText(label, x + swatchW + 8, y);
  });
  ctx.restore();
}

/** Below the facts: the scale bar (black and white halves) and, at its right, the north arrow (the map is printed north up). */
function drawScaleAndNorth(c: Canvas, box: Box, top: number, scale: number, north: string): void {
  const { ctx, sheet } = c;
  const perMm = PNG_DPI / 25.4;
  const bar = scaleBar(scale, box.w / perMm - 22);
  const barW = bar.mm * perMm;
  const barY = top + sheet.pt(20);
  const barH = sheet.pt(3.4);
  ctx.fillStyle = INK;
  ctx.fillRect(box.x, barY, barW / 2, barH);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(box.x + barW / 2, barY, barW / 2, barH);
  c.font(6.5);
  ctx.fillStyle = GREY;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText('0', box.x, barY - 4);
  const length = bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`;
  ctx.fillText(length, box.x + barW - c.width(length) / 2, barY - 4);
  const nx = box.x + box.w - sheet.pt(14);
  const tip = top + sheet.pt(12);
  ctx.fillStyle = INK;
  ctx.beginPath();
  ctx.moveTo(nx, tip);
  ctx.lineTo(nx + sheet.pt(5), tip + sheet.pt(14));
  ctx.lineTo(nx, tip + sheet.pt(11));
  ctx.lineTo(nx - sheet.pt(5), tip + sheet.pt(14));
  ctx.closePath();
  ctx.fill();
  c.font(8, true);
  ctx.fillText(north, nx - c.width(north) / 2, tip - sheet.pt(2));
}

function drawQr(ctx: CanvasRenderingContext2D, url: string, box: Box): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  // Four modules of quiet zone on each side, as readers expect; whole pixels keep the modules sharp.
  const cell = Math.floor(Math.min(box.w, box.h) / (n + 8));
  const x0 = box.x + Math.floor((box.w - cell * n) / 2);
  const y0 = box.y + Math.floor((box.h - cell * n) / 2);
  ctx.fillStyle = '#000000';
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++)
      if (qr.modules.get(row, col)) ctx.fillRect(x0 + col * cell, y0 + row * cell, cell, cell);
}

/** Draws the map into the sheet's frame (the current view, fitted) and lays the sheet out around it. */
export async function exportPng(target: PrintTarget, preset: PrintPreset, text: SheetText): Promise<Blob> {
  const sheet = pngSheet(preset);
  const box = (b: Box) => sheet.px(b);
  const { layout } = sheet;
  const capture = await captureMap(target, layout.map, 'fit', PNG_DPI);
  const legend = text.legend(capture.bounds);
  const scaleText = `${text.labels.scale} ${text.scaleLabel(capture.scale)}`;
  await ensureGlyphs([
    text.title,
    ...text.facts,
    scaleText,
    text.credits,
    text.labels.legend,
    text.labels.qr,
    text.labels.north,
    ...legend.map((l) => l.label),
  ]);

  const canvas = document.createElement('canvas');
  canvas.width = sheet.width;
  canvas.height = sheet.height;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const c = new Canvas(ctx, sheet);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, sheet.width, sheet.height);

  const frame = box(layout.map);
  const image = await createImageBitmap(new Blob([capture.jpeg as BlobPart], { type: 'image/jpeg' }));
  ctx.drawImage(image, frame.x, frame.y, frame.w, frame.h);
  image.close();
  ctx.strokeStyle = '#333333';
  ctx.lineWidth = 2;
  ctx.strokeRect(frame.x, frame.y, frame.w, frame.h);

  const title = box(layout.title);
  // A3's title a size up, as on the PDF.
  c.paragraph(text.title, title, title.y, preset === 'a3' ? 21 : 16, INK, true);
  const facts = box(layout.facts);
  let y = facts.y;
  for (const line of [...text.facts, scaleText]) y = c.paragraph(line, facts, y, 8.5);
  drawScaleAndNorth(c, facts, y, capture.scale, text.labels.north);
  drawLegend(c, legend, box(layout.legend), text.labels.legend);
  drawQr(ctx, text.url, box(layout.qr));
  const caption = box(layout.caption);
  c.paragraph(text.labels.qr, caption, caption.y + caption.h / 2 - sheet.pt(10), 7, GREY);
  c.paragraph(`${text.labels.sources}: ${text.credits}`, box(layout.credits), box(layout.credits).y, 7, GREY);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
