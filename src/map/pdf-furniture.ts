/** What a printed map sheet shows beside its map: the legend, the scale bar and north arrow, the QR code. */
import QRCode from 'qrcode';
import { GREY, INK, PAPER, PT, pdfColor, type Sheet } from './pdf-sheet';
import type { Box } from './print-layout';
import type { LegendRow } from './print-legend';
import { scaleBar } from './sheet-layout';

export function drawQr(sheet: Sheet, url: string, box: Box): void {
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

export function drawLegend(sheet: Sheet, rows: readonly LegendRow[], box: Box, title: string): void {
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
    const color = pdfColor(row.color);
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

/** The scale bar of `scale` under the facts, and a north arrow. */
export function drawNorthAndScale(sheet: Sheet, box: Box, scale: number, north: string, y: number): void {
  const bar = scaleBar(scale, box.w - 20);
  const barY = Math.min(y + 4, box.y + box.h - 4);
  sheet.rect({ x: box.x, y: barY, w: bar.mm / 2, h: 1.2 }, INK);
  sheet.rect({ x: box.x + bar.mm / 2, y: barY, w: bar.mm / 2, h: 1.2 }, PAPER, INK, 0.4);
  sheet.text('0', box.x, barY - 1, 6.5, GREY);
  const length = bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`;
  sheet.text(length, box.x + bar.mm - sheet.width(length, 6.5) / 2, barY - 1, 6.5, GREY);
  // North is up: the map is printed without rotation.
  const nx = box.x + box.w - 6;
  const ny = barY - 6;
  const h = sheet.page.getHeight();
  sheet.page.drawSvgPath('M 0 -8 L 3 3 L 0 1 L -3 3 Z', { x: nx * PT, y: h - ny * PT, scale: PT / 1.5, color: INK });
  sheet.text(north, nx - sheet.width(north, 8) / 2, ny - 6.5, 8);
}
