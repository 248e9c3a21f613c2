/**
 * PDF sheets (pdf-lib + fontkit, loaded only when someone prints): a map sheet of the current view
 * and a district's plan sheet. Text is real text in Noto Sans SC, embedded as a subset of the
 * glyphs used; the map is one image in its frame, and everything else sits outside that frame.
 */
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { DistrictSheet } from '../content/district-sheet';
import type { PrintTarget } from './export-png';
import { captureMap } from './map-capture';
import { drawLegend, drawNorthAndScale, drawQr } from './pdf-furniture';
import { GREY, INK, newDocument, type PdfColor, PT, Sheet } from './pdf-sheet';
import type { Bounds, LegendRow } from './print-legend';
import { type Orientation, type Paper, type SheetLayout, sheetLayout } from './sheet-layout';

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
  drawNorthAndScale(sheet, facts, capture.scale, text.labels.north, y + 2);
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
  const blocks: { text: string; size: number; indent: number; color?: PdfColor }[] = [
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
