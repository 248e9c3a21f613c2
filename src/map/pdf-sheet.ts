/**
 * A PDF page to draw on in millimetres from the top-left corner, with text in points in the
 * embedded Noto Sans SC (only the glyphs used): the document, its font and the drawing primitives.
 */
import cjkFontUrl from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff?url';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { parseColor } from '../style/colors';
import type { Box } from './print-layout';
import { wrapText } from './sheet-layout';
import { woffToSfnt } from './woff';

export const PT = 72 / 25.4;
export const INK = rgb(0.13, 0.13, 0.13);
export const GREY = rgb(0.4, 0.4, 0.4);
export const PAPER = rgb(1, 1, 1);
export type PdfColor = ReturnType<typeof rgb>;
/** Characters the font lacks, in words it has. */
const STAND_INS: Record<string, string> = { '≈': '~', '→': '->', '●': '•', '○': 'o' };

/** A theme colour ('#rrggbb', rgba()) as pdf-lib's colour. */
export function pdfColor(color: string): PdfColor {
  const [r, g, b] = parseColor(color);
  return rgb(r / 255, g / 255, b / 255);
}

let fontBytes: Promise<Uint8Array> | null = null;
function cjkFont(): Promise<Uint8Array> {
  fontBytes ??= fetch(cjkFontUrl)
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`font: HTTP ${r.status}`))))
    .then((buffer) => woffToSfnt(new Uint8Array(buffer)));
  fontBytes.catch(() => {
    fontBytes = null;
  });
  return fontBytes;
}

export async function newDocument(title: string, lang: string): Promise<{ doc: PDFDocument; font: PDFFont }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(title);
  doc.setLanguage(lang === 'zh' ? 'zh-CN' : 'en-GB');
  doc.setCreator('Shanghai Five-Year Plans Map');
  const font = await doc.embedFont(await cjkFont(), { subset: true });
  return { doc, font };
}

export /** Drawing in millimetres from the top-left corner, text in points. */
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
  rect(box: Box, fill: PdfColor | undefined, border?: PdfColor, width = 0.5): void {
    this.page.drawRectangle({
      x: box.x * PT,
      y: (this.height - box.y - box.h) * PT,
      width: box.w * PT,
      height: box.h * PT,
      ...(fill ? { color: fill } : {}),
      ...(border ? { borderColor: border, borderWidth: width } : {}),
    });
  }
  line(x1: number, y1: number, x2: number, y2: number, color: PdfColor, width: number, dash?: number[]) {
    this.page.drawLine({
      start: { x: x1 * PT, y: (this.height - y1) * PT },
      end: { x: x2 * PT, y: (this.height - y2) * PT },
      color,
      thickness: width,
      ...(dash ? { dashArray: dash } : {}),
    });
  }
}
