/**
 * PDF sheets (pdf-lib + fontkit, loaded only when someone prints): a map sheet of the current view
 * and a district's plan sheet. Text is real text in Noto Sans SC, embedded as a subset of the
 * glyphs used; the map is one image in its frame, and everything else sits outside that frame.
 */
import cjkFontUrl from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff?url';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import type { DistrictSheet } from '../content/district-sheet';
import type { PrintTarget } from './export-png';
import { captureMap } from './map-capture';
import type { Box } from './print-layout';
import type { Bounds, LegendRow } from './print-legend';
import { type Orientation, type Paper, type SheetLayout, scaleBar, sheetLayout, wrapText } from './sheet-layout';
import { woffToSfnt } from './woff';

export interface SheetText {
  title: string;
  /** Year, plan, district, date: one line each. */
  facts: string[];
  credits: string;
  /** The live view the QR code opens. */
  url: string;
  labels: { legend: string; scale: string; north: string; qr: string; sources: string };
  scaleLabel(scale: number): string;
  legend(frame: Bounds): LegendRow[];
}

export interface MapSheetOptions {
  paper: Paper;
  orientation: Orientation;
  scale: number | 'fit';
  dpi: number;
}

const PT = 72 / 25.4;
const INK = rgb(0.13, 0.13, 0.13);
const GREY = rgb(0.4, 0.4, 0.4);
/** Characters the font lacks, in words it has. */
const STAND_INS: Record<string, string> = { '≈': '~', '→': '->', '●': '•', '○': 'o' };

/** The Chinese font could not be read (offline before the service worker saved it): the user is told so. */
export class PdfFontMissing extends Error {
  override name = 'PdfFontMissing';
}

let fontBytes: Promise<Uint8Array> | null = null;
function cjkFont(): Promise<Uint8Array> {
  fontBytes ??= fetch(cjkFontUrl)
    .catch((error: unknown) => Promise.reject(new PdfFontMissing(String(error))))
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new PdfFontMissing(`font: HTTP ${r.status}`))))
    .then((buffer) => woffToSfnt(new Uint8Array(buffer)));
  fontBytes.catch(() => {
    fontBytes = null;
  });
  return fontBytes;
}

/** Drawing in millimetres from the top-left corner, text in points. */
class Sheet {
  private readonly glyphs: Set<number>;
  constructor(
    readonly page: PDFPage,
    readonly font: PDFFont,
  ) {
    this.glyphs = new Set(font.getCharacterSet());
  }
  private get height() {
    return this.page.getHeight() / PT;
  }
  clean(text: string): string {
    return [...text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')]
      .map((c) => (this.glyphs.has(c.codePointAt(0) ?? 0) ? c : (STAND_INS[c] ?? c.normalize('NFKC'))))
      .filter((c) => [...c].every((d) => this.glyphs.has(d.codePointAt(0) ?? 0)))
      .join('');
  }
  width(text: string, size: number): number {
    return this.font.widthOfTextAtSize(this.clean(text), size) / PT;
  }
  text(text: string, x: number, baseline: number, size: number, color = INK): void {
    this.page.drawText(this.clean(text), { x: x * PT, y: (this.height - baseline) * PT, size, font: this.font, color });
  }
  /** Wrapped text from `top`; returns where the next line would start. Stops at `bottom`. */
  paragraph(text: string, x: number, top: number, width: number, size: number, bottom: number, color = INK): number {
    const lineH = (size / PT) * 1.45;
    let y = top;
    for (const line of wrapText(text, width, (t) => this.width(t, size))) {
      if (y + lineH > bottom) return Number.POSITIVE_INFINITY;
      this.text(line, x, y + lineH * 0.78, size, color);
      y += lineH;
    }
    return y;
  }
  rect(box: Box, fill: ReturnType<typeof rgb> | undefined, border?: ReturnType<typeof rgb>, width = 0.5): void {
    this.page.drawRectangle({
      x: box.x * PT,
      y: (this.height - box.y - box.h) * PT,
      width: box.w * PT,
      height: box.h * PT,
      ...(fill ? { color: fill } : {}),
      ...(border ? { borderColor: border, borderWidth: width } : {}),
    });
  }
  line(x1: number, y1: number, x2: number, y2: number, color: ReturnType<typeof rgb>, width: number, dash?: number[]) {
    this.page.drawLine({
      start: { x: x1 * PT, y: (this.height - y1) * PT },
      end: { x: x2 * PT, y: (this.height - y2) * PT },
      color,
      thickness: width,
      ...(dash ? { dashArray: dash } : {}),
    });
  }
}

const hex = (color: string) => {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(color);
  return m
    ? rgb(
        Number.parseInt(m[1] ?? '0', 16) / 255,
        Number.parseInt(m[2] ?? '0', 16) / 255,
        Number.parseInt(m[3] ?? '0', 16) / 255,
      )
    : GREY;
};

function drawQr(sheet: Sheet, url: string, box: Box): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  // Four modules of quiet zone on each side, as readers expect.
  const cell = Math.min(box.w, box.h) / (n + 8);
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; ) {
      if (!qr.modules.get(row, col)) {
        col++;
        continue;
      }
      let end = col;
      while (end < n && qr.modules.get(row, end)) end++;
      sheet.rect({ x: box.x + (col + 4) * cell, y: box.y + (row + 4) * cell, w: (end - col) * cell, h: cell }, INK);
      col = end;
    }
  }
}

function drawLegend(sheet: Sheet, rows: readonly LegendRow[], box: Box, title: string): void {
  sheet.text(title, box.x, box.y + 4, 10);
  let size = 8;
  const top = box.y + 7;
  let rowH = (size / PT) * 1.6;
  let perColumn = Math.max(1, Math.floor((box.h - 7) / rowH));
  let columns = Math.ceil(rows.length / perColumn);
  // Smaller type before more columns than the box can hold.
  while (columns * 38 > box.w && size > 5.5) {
    size -= 0.5;
    rowH = (size / PT) * 1.6;
    perColumn = Math.max(1, Math.floor((box.h - 7) / rowH));
    columns = Math.ceil(rows.length / perColumn);
  }
  const columnW = box.w / Math.max(1, columns);
  const swatchW = 6;
  rows.slice(0, perColumn * Math.max(1, Math.floor(box.w / 30))).forEach((row, i) => {
    const x = box.x + Math.floor(i / perColumn) * columnW;
    const mid = top + (i % perColumn) * rowH + rowH / 2;
    const color = hex(row.color);
    if (row.swatch === 'line')
      sheet.line(
        x,
        mid,
        x + swatchW,
        mid,
        color,
        1.6,
        row.dash?.map((d) => Math.max(d * 1.6, 0.5)),
      );
    else if (row.swatch === 'point') sheet.rect({ x: x + swatchW / 2 - 1, y: mid - 1, w: 2, h: 2 }, color, GREY, 0.3);
    else sheet.rect({ x, y: mid - 1.3, w: swatchW, h: 2.6 }, color, GREY, 0.3);
    let label = row.label.trim();
    while (label.length > 1 && sheet.width(label, size) > columnW - swatchW - 3) label = `${label.slice(0, -2)}…`;
    sheet.text(label, x + swatchW + 1.5, mid + (size / PT) * 0.35, size);
  });
}

function drawNorthAndScale(sheet: Sheet, box: Box, scale: number, text: SheetText, y: number): void {
  const bar = scaleBar(scale, box.w - 20);
  const barY = Math.min(y + 4, box.y + box.h - 4);
  sheet.rect({ x: box.x, y: barY, w: bar.mm / 2, h: 1.2 }, INK);
  sheet.rect({ x: box.x + bar.mm / 2, y: barY, w: bar.mm / 2, h: 1.2 }, rgb(1, 1, 1), INK, 0.4);
  sheet.text('0', box.x, barY - 1, 6.5, GREY);
  const length = bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`;
  sheet.text(length, box.x + bar.mm - sheet.width(length, 6.5) / 2, barY - 1, 6.5, GREY);
  // North is up: the map is printed without rotation.
  const nx = box.x + box.w - 6;
  const ny = barY - 6;
  const h = sheet.page.getHeight();
  sheet.page.drawSvgPath('M 0 -8 L 3 3 L 0 1 L -3 3 Z', { x: nx * PT, y: h - ny * PT, scale: PT / 1.5, color: INK });
  sheet.text(text.labels.north, nx - sheet.width(text.labels.north, 8) / 2, ny - 6.5, 8);
}

async function mapPage(
  doc: PDFDocument,
  font: PDFFont,
  layout: SheetLayout,
  target: PrintTarget,
  text: SheetText,
  scale: number | 'fit',
  dpi: number,
  fit: Bounds | null,
): Promise<Sheet> {
  const capture = await captureMap(target, layout.map, scale, dpi, fit);
  const page = doc.addPage([layout.page.w * PT, layout.page.h * PT]);
  const sheet = new Sheet(page, font);
  const image = await doc.embedJpg(capture.jpeg);
  const frame = layout.map;
  page.drawImage(image, {
    x: frame.x * PT,
    y: (layout.page.h - frame.y - frame.h) * PT,
    width: frame.w * PT,
    height: frame.h * PT,
  });
  sheet.rect(frame, undefined, INK, 0.8);
  const big = layout.page.w > 300 || layout.page.h > 300 ? 1.3 : 1;
  sheet.paragraph(
    text.title,
    layout.title.x,
    layout.title.y,
    layout.title.w,
    16 * big,
    layout.title.y + layout.title.h,
  );
  const facts = layout.facts;
  let y = facts.y;
  for (const line of [...text.facts, `${text.labels.scale} ${text.scaleLabel(capture.scale)}`])
    y = Math.min(sheet.paragraph(line, facts.x, y, facts.w, 8.5, facts.y + facts.h - 10), facts.y + facts.h - 10);
  drawNorthAndScale(sheet, facts, capture.scale, text, y + 2);
  drawLegend(sheet, text.legend(capture.bounds), layout.legend, text.labels.legend);
  drawQr(sheet, text.url, layout.qr);
  const caption = layout.caption;
  sheet.paragraph(text.labels.qr, caption.x, caption.y + caption.h / 2 - 4, caption.w, 7, caption.y + caption.h, GREY);
  sheet.paragraph(
    `${text.labels.sources}: ${text.credits}`,
    layout.credits.x,
    layout.credits.y,
    layout.credits.w,
    7,
    layout.credits.y + layout.credits.h,
    GREY,
  );
  return sheet;
}

async function newDocument(title: string, lang: string): Promise<{ doc: PDFDocument; font: PDFFont }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(title);
  doc.setLanguage(lang === 'zh' ? 'zh-CN' : 'en-GB');
  doc.setCreator('Shanghai Five-Year Plans Map');
  const font = await doc.embedFont(await cjkFont(), { subset: true });
  return { doc, font };
}

/** One sheet of the current view at the chosen paper, scale and resolution. */
export async function mapSheetPdf(
  target: PrintTarget,
  options: MapSheetOptions,
  text: SheetText,
  lang: string,
): Promise<Uint8Array> {
  const { doc, font } = await newDocument(text.title, lang);
  await mapPage(
    doc,
    font,
    sheetLayout(options.paper, options.orientation),
    target,
    text,
    options.scale,
    options.dpi,
    null,
  );
  return doc.save();
}

/** A district's plan: its map on page one, what the plans say and its items on page two. */
export async function districtSheetPdf(
  target: PrintTarget,
  text: SheetText,
  bounds: Bounds,
  content: DistrictSheet,
  labels: { planSays: string; items: string; more: string },
  lang: string,
): Promise<Uint8Array> {
  const { doc, font } = await newDocument(text.title, lang);
  const layout = sheetLayout('a4', 'portrait');
  await mapPage(doc, font, layout, target, text, 'fit', 150, bounds);
  const sheet = new Sheet(doc.addPage([layout.page.w * PT, layout.page.h * PT]), font);
  const x = layout.title.x;
  const w = layout.title.w;
  const bottom = layout.page.h - 14;
  let y = sheet.paragraph(content.name, x, layout.title.y, w, 16, bottom);
  y = sheet.paragraph(content.summary, x, y + 1, w, 9, bottom) + 3;
  const blocks: { text: string; size: number; indent: number; color?: ReturnType<typeof rgb> }[] = [
    ...(content.themes.length > 0 ? [{ text: labels.planSays, size: 12, indent: 0 }] : []),
    ...content.themes.flatMap((theme) => [
      { text: theme.title, size: 9.5, indent: 0 },
      ...theme.quotes.flatMap((q) => [
        { text: `“${q.text}”`, size: 8.5, indent: 3 },
        { text: `— ${q.reference}`, size: 7, indent: 6, color: GREY },
      ]),
    ]),
    { text: labels.items, size: 12, indent: 0 },
    ...content.items.flatMap((group) => [
      { text: group.layer, size: 9.5, indent: 0 },
      ...group.lines.map((line) => ({ text: line, size: 8, indent: 3 })),
    ]),
  ];
  for (const block of blocks) {
    const next = sheet.paragraph(
      block.text,
      x + block.indent,
      y + (block.size >= 9.5 ? 1.5 : 0),
      w - block.indent,
      block.size,
      bottom,
      block.color,
    );
    if (!Number.isFinite(next)) {
      sheet.text(labels.more, x, bottom + 5, 8, GREY);
      break;
    }
    y = next;
  }
  return doc.save();
}
