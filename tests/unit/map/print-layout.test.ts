import { describe, expect, it } from 'vitest';
import { type Box, legendLayout } from '../../../src/map/print-layout';
import { overlaps, pngSheet } from '../../../src/map/sheet-layout';

describe('printed sheet layout', () => {
  for (const paper of ['a4', 'a3'] as const) {
    it(`${paper} PNG: the PDF's landscape layout in whole pixels, nothing on the map frame, all on the page`, () => {
      const sheet = pngSheet(paper);
      expect([sheet.width, sheet.height]).toEqual(paper === 'a4' ? [1754, 1240] : [2480, 1754]);
      const boxes = Object.entries(sheet.layout)
        .filter(([name]) => name !== 'page')
        .map(([name, box]) => [name, sheet.px(box as Box)] as const);
      for (const [name, box] of boxes) {
        expect(Object.values(box).every(Number.isInteger), name).toBe(true);
        expect(box.x + box.w, name).toBeLessThanOrEqual(sheet.width);
        expect(box.y + box.h, name).toBeLessThanOrEqual(sheet.height);
      }
      for (const [a, boxA] of boxes)
        for (const [b, boxB] of boxes) if (a < b) expect(overlaps(boxA, boxB), `${a} overlaps ${b}`).toBe(false);
      const map = sheet.px(sheet.layout.map);
      const legend = sheet.px(sheet.layout.legend);
      // The legend is in the column right of the map; the map keeps the frame's shape, within a pixel.
      expect(legend.x).toBeGreaterThanOrEqual(map.x + map.w);
      expect(map.w / map.h).toBeCloseTo(sheet.layout.map.w / sheet.layout.map.h, 2);
      // Half the sheet or more is map.
      expect(map.w * map.h).toBeGreaterThan(0.5 * sheet.width * sheet.height);
      // 8 pt legend type at 150 dpi is about 17 px.
      expect(sheet.pt(8)).toBeCloseTo(16.67, 1);
    });
  }

  it('makes each legend column as wide as its longest label', () => {
    // 10 px per character at 20 px, proportional to the font size.
    const measure = (text: string, font: number) => (text.length * font) / 2;
    const labels = ['Rail', 'A very long legend label for the rail lines under construction', 'Parks'];
    const layout = legendLayout(labels, measure, { maxW: 2000, maxH: 400, fontPx: 20, minFontPx: 10 });
    expect(layout.columnW).toBeGreaterThanOrEqual(measure(labels[1] ?? '', layout.fontPx) + layout.row);
    const narrow = legendLayout(labels, measure, { maxW: 500, maxH: 400, fontPx: 20, minFontPx: 10 });
    expect(narrow.fontPx).toBeLessThan(20);
    expect(narrow.w).toBeLessThanOrEqual(500);
  });

  it('wraps many entries into columns that fit the height', () => {
    const labels = Array.from({ length: 40 }, (_, i) => `Line ${i + 1}`);
    const layout = legendLayout(labels, (t, f) => t.length * f * 0.5, {
      maxW: 1600,
      maxH: 500,
      fontPx: 20,
      minFontPx: 10,
    });
    expect(layout.columns).toBeGreaterThan(1);
    expect(layout.h).toBeLessThanOrEqual(500);
  });
});
