import { describe, expect, it } from 'vitest';
import { fitWhole, legendLayout } from '../../../src/map/print-layout';

describe('printed sheet layout', () => {
  it('fits the whole screen map in the frame, no crop', () => {
    // A wide phone-like or desktop canvas into an A4 frame: all of it must be on the sheet.
    const frame = { x: 44, y: 99, w: 1666, h: 1066 };
    for (const [w, h] of [
      [2560, 1600],
      [780, 1688],
    ] as const) {
      const placed = fitWhole(w, h, frame);
      expect(placed.w / placed.h).toBeCloseTo(w / h, 5);
      expect(placed.x).toBeGreaterThanOrEqual(frame.x);
      expect(placed.y).toBeGreaterThanOrEqual(frame.y);
      expect(placed.x + placed.w).toBeLessThanOrEqual(frame.x + frame.w + 1e-6);
      expect(placed.y + placed.h).toBeLessThanOrEqual(frame.y + frame.h + 1e-6);
      expect(Math.max(placed.w / frame.w, placed.h / frame.h)).toBeCloseTo(1, 5);
    }
  });

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
