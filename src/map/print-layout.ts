/** Pure layout of the printed sheet's legend (the sheet itself: sheet-layout.ts). */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LegendLayout {
  fontPx: number;
  row: number;
  columns: number;
  columnW: number;
  w: number;
  h: number;
}

/**
 * Rows of swatch + label in as few columns as fit `maxH`, each column as wide as its longest
 * label, the font shrunk (down to a floor) until the whole legend fits `maxW`.
 */
export function legendLayout(
  labels: readonly string[],
  measure: (text: string, fontPx: number) => number,
  { maxW, maxH, fontPx, minFontPx }: { maxW: number; maxH: number; fontPx: number; minFontPx: number },
): LegendLayout {
  let font = fontPx;
  for (;;) {
    const row = Math.round(font * 1.7);
    const swatch = row + 30;
    const perColumn = Math.max(1, Math.floor((maxH - row * 0.6) / row));
    const columns = Math.max(1, Math.ceil(labels.length / perColumn));
    const columnW = Math.ceil(Math.max(0, ...labels.map((l) => measure(l, font))) + swatch + 16);
    const w = columns * columnW;
    const rows = Math.min(labels.length, perColumn);
    if (w <= maxW || font <= minFontPx) return { fontPx: font, row, columns, columnW, w, h: row * (rows + 0.6) };
    font -= 1;
  }
}
