/** Reads a PDF the app made, in node: its text with positions (pdfjs-dist) and a page as pixels, QR decoded (jsQR). */
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  str: string;
  /** Position of the text's origin in millimetres from the page's top-left corner. */
  x: number;
  y: number;
}

const MM = 25.4 / 72;

export async function readPdf(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  return {
    pages: doc.numPages,
    async text(pageNumber: number): Promise<{ items: PdfText[]; all: string }> {
      const page = await doc.getPage(pageNumber);
      const height = page.getViewport({ scale: 1 }).height;
      const content = await page.getTextContent();
      const items = content.items
        .filter((item) => 'str' in item)
        .map((item) => {
          const t = (item as { transform: number[] }).transform;
          return { str: (item as { str: string }).str, x: (t[4] ?? 0) * MM, y: (height - (t[5] ?? 0)) * MM };
        });
      return { items, all: items.map((i) => i.str).join('') };
    },
    /** The page drawn at `pxPerMm`, as PNG bytes and RGBA pixels. */
    async render(pageNumber: number, pxPerMm: number) {
      const page = await doc.getPage(pageNumber);
      const viewport = page.getViewport({ scale: pxPerMm / (72 / 25.4) });
      const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
      const { width, height } = canvas;
      const pixels = context.getImageData(0, 0, width, height).data;
      return { png: canvas.toBuffer('image/png') as Buffer, pixels, width, height };
    },
    async close() {
      await doc.destroy();
    },
  };
}

interface CanvasFactory {
  create(
    w: number,
    h: number,
  ): {
    canvas: { width: number; height: number; toBuffer(type: string): Buffer };
    context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
  };
}

export function decodeQr(pixels: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(pixels, width, height)?.data ?? null;
}
