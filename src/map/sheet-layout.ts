/**
 * Pure layout of a printed PDF sheet, in millimetres from the page's top-left corner: where the map
 * frame, title, legend, facts, QR code and credits go (never on each other), the zoom that prints at
 * a given scale, and text wrapping. No DOM, no map.
 */
import type { Box } from './print-layout';

export type Paper = 'a4' | 'a3';
export type Orientation = 'portrait' | 'landscape';

/** Portrait width and height in millimetres. */
const PAPER_MM: Record<Paper, [number, number]> = { a4: [210, 297], a3: [297, 420] };

/** The scales a user can pick; "fit" prints the current view whole. */
export const SCALES = [10_000, 25_000, 50_000, 100_000, 250_000, 500_000] as const;

export interface SheetLayout {
  page: { w: number; h: number };
  title: Box;
  map: Box;
  /** Year, plan, district, date, scale, scale bar and north arrow. */
  facts: Box;
  legend: Box;
  qr: Box;
  /** Beside the QR code: what it opens. */
  caption: Box;
  credits: Box;
}

const MARGIN = 10;
const GAP = 4;

/**
 * Landscape: the map on the left, a column on the right for facts, legend and QR code. Portrait:
 * the map across the page, facts, legend and QR code in a band below it. Title on top and credits
 * at the foot in both.
 */
export function sheetLayout(paper: Paper, orientation: Orientation): SheetLayout {
  const [short, long] = PAPER_MM[paper];
  const w = orientation === 'portrait' ? short : long;
  const h = orientation === 'portrait' ? long : short;
  const big = paper === 'a3' ? 1.3 : 1;
  const titleH = 14 * big;
  const creditsH = 12 * big;
  const qrSide = 32 * big;
  const title = { x: MARGIN, y: MARGIN, w: w - 2 * MARGIN, h: titleH };
  const credits = { x: MARGIN, y: h - MARGIN - creditsH, w: w - 2 * MARGIN, h: creditsH };
  const top = title.y + title.h + GAP;
  const bottom = credits.y - GAP;
  if (orientation === 'landscape') {
    const columnW = 64 * big;
    const columnX = w - MARGIN - columnW;
    const map = { x: MARGIN, y: top, w: columnX - GAP - MARGIN, h: bottom - top };
    const factsH = 40 * big;
    const facts = { x: columnX, y: top, w: columnW, h: factsH };
    const qr = { x: columnX, y: bottom - qrSide, w: qrSide, h: qrSide };
    const legendY = facts.y + facts.h + GAP;
    const legend = { x: columnX, y: legendY, w: columnW, h: qr.y - GAP - legendY };
    const caption = { x: qr.x + qr.w + GAP, y: qr.y, w: columnW - qrSide - GAP, h: qrSide };
    return { page: { w, h }, title, map, facts, legend, qr, caption, credits };
  }
  const bandH = 74 * big;
  const map = { x: MARGIN, y: top, w: w - 2 * MARGIN, h: bottom - bandH - GAP - top };
  const bandY = bottom - bandH;
  const factsW = 62 * big;
  const facts = { x: w - MARGIN - factsW, y: bandY, w: factsW, h: bandH - qrSide - GAP };
  const qr = { x: w - MARGIN - qrSide, y: bottom - qrSide, w: qrSide, h: qrSide };
  const legend = { x: MARGIN, y: bandY, w: facts.x - GAP - MARGIN, h: bandH };
  const caption = { x: facts.x, y: qr.y, w: qr.x - GAP - facts.x, h: qrSide };
  return { page: { w, h }, title, map, facts, legend, qr, caption, credits };
}

/** PNG sheets: landscape paper at 150 dpi (1754 × 1240 px for A4), laid out as the PDF's sheet. */
export const PNG_DPI = 150;

export interface PngSheet {
  width: number;
  height: number;
  /** The PDF's layout in millimetres. */
  layout: SheetLayout;
  /** A box of the layout in whole pixels of the PNG. */
  px(box: Box): Box;
  /** Type of `pt` points in pixels. */
  pt(points: number): number;
}

export function pngSheet(paper: Paper): PngSheet {
  const layout = sheetLayout(paper, 'landscape');
  const perMm = PNG_DPI / 25.4;
  const at = (mm: number) => Math.round(mm * perMm);
  return {
    width: at(layout.page.w),
    height: at(layout.page.h),
    layout,
    px: (box) => ({ x: at(box.x), y: at(box.y), w: at(box.x + box.w) - at(box.x), h: at(box.y + box.h) - at(box.y) }),
    pt: (points) => (points / 72) * PNG_DPI,
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

const EARTH_CIRCUMFERENCE = 40_075_016.686;
/** The map is drawn as a screen of 96 CSS pixels per inch would show it, sharpened by the pixel ratio. */
export const CSS_DPI = 96;

/** Ground metres per CSS pixel of a 512-pixel-tile web map at a zoom and latitude. */
export function metresPerCssPixel(zoom: number, lat: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The zoom at which a map laid out at CSS_DPI prints at 1:`scale` at this latitude. */
export function zoomForScale(scale: number, lat: number): number {
  const metresPerPixel = (scale * 0.0254) / CSS_DPI;
  return Math.log2((EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / (512 * metresPerPixel));
}

/**
 * The scale at which ground of `groundW` × `groundH` metres fits a frame of `frameW` × `frameH`
 * millimetres, rounded up to two significant figures so the sheet can print it as a plain number.
 */
export function fitScale(groundW: number, groundH: number, frameW: number, frameH: number): number {
  const exact = Math.max(groundW / (frameW / 1000), groundH / (frameH / 1000));
  const step = 10 ** Math.max(0, Math.floor(Math.log10(exact)) - 1);
  return Math.ceil(exact / step) * step;
}

/** The longest round ground length (1, 2 or 5 × 10ⁿ metres) whose bar fits `maxMm` at 1:`scale`. */
export function scaleBar(scale: number, maxMm: number): { metres: number; mm: number } {
  const maxMetres = (maxMm / 1000) * scale;
  const base = 10 ** Math.floor(Math.log10(maxMetres));
  const metres = [5, 2, 1].map((m) => m * base).find((m) => m <= maxMetres) ?? base;
  return { metres, mm: (metres / scale) * 1000 };
}

/** 1:50 000 in the sheet's language. */
export function scaleLabel(scale: number, lang: 'zh' | 'en'): string {
  return `1:${scale.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB').replace(/,/g, ' ')}`;
}

/** Han characters and CJK punctuation: a line may break before any of them. */
const HAN = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const HAN_CHAR = new RegExp(`[${HAN}]`, 'u');
const TOKENS = new RegExp(`[${HAN}]|[^\\s${HAN}]+\\s*|\\s+`, 'gu');

/**
 * Greedy line breaking: Chinese breaks between any two characters, other scripts between words.
 * A word longer than the line is cut where it overflows.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const tokens = text.match(TOKENS) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line === '' && /^\s+$/.test(token)) continue;
    if (measure((line + token).trimEnd()) <= maxWidth) {
      line += token;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
    let rest = HAN_CHAR.test(token) ? token : token.trimStart();
    while (measure(rest.trimEnd()) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
