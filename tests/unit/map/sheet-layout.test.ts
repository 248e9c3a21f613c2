import { describe, expect, it } from 'vitest';
import {
  fitScale,
  metresPerCssPixel,
  overlaps,
  scaleBar,
  scaleLabel,
  sheetLayout,
  wrapText,
  zoomForScale,
} from '../../../src/map/sheet-layout';

describe('PDF sheet layout', () => {
  for (const paper of ['a4', 'a3'] as const) {
    for (const orientation of ['portrait', 'landscape'] as const) {
      it(`${paper} ${orientation}: map, title, facts, legend, QR, caption and credits never overlap, all on the page`, () => {
        const layout = sheetLayout(paper, orientation);
        const boxes = Object.entries(layout).filter(([name]) => name !== 'page') as [
          string,
          { x: number; y: number; w: number; h: number },
        ][];
        for (const [name, box] of boxes) {
          expect(box.w, name).toBeGreaterThan(0);
          expect(box.h, name).toBeGreaterThan(0);
          expect(box.x).toBeGreaterThanOrEqual(10);
          expect(box.y).toBeGreaterThanOrEqual(10);
          expect(box.x + box.w).toBeLessThanOrEqual(layout.page.w - 10 + 1e-9);
          expect(box.y + box.h).toBeLessThanOrEqual(layout.page.h - 10 + 1e-9);
        }
        for (const [a, boxA] of boxes)
          for (const [b, boxB] of boxes) if (a < b) expect(overlaps(boxA, boxB), `${a} overlaps ${b}`).toBe(false);
        // The map is the sheet's largest part.
        expect(layout.map.w * layout.map.h).toBeGreaterThan(0.45 * layout.page.w * layout.page.h);
        expect(layout.qr.w).toBeCloseTo(layout.qr.h, 9);
      });
    }
  }

  it('A4 is 210 × 297 mm and A3 297 × 420 mm, turned for landscape', () => {
    expect(sheetLayout('a4', 'portrait').page).toEqual({ w: 210, h: 297 });
    expect(sheetLayout('a3', 'landscape').page).toEqual({ w: 420, h: 297 });
  });

  it('overlaps counts shared area only, not a shared edge', () => {
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 5, h: 5 })).toBe(false);
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 9, y: 9, w: 5, h: 5 })).toBe(true);
  });
});

describe('print scale', () => {
  it('picks the zoom whose ground metres per printed millimetre match the scale', () => {
    // 1:100 000 at 96 pixels per inch: 100 000 × 25.4 mm / 96 = 26.458 m per pixel. At the equator
    // zoom z has 40 075 016.686 / (512 × 2^z) m per pixel, so z = log2(2958.3) = 11.53.
    expect(zoomForScale(100_000, 0)).toBeCloseTo(11.5306, 3);
    // Shanghai's latitude shrinks ground per pixel by cos(31°): the same scale needs a lower zoom.
    expect(metresPerCssPixel(zoomForScale(50_000, 31), 31)).toBeCloseTo((50_000 * 0.0254) / 96, 6);
    expect(zoomForScale(50_000, 31)).toBeLessThan(zoomForScale(50_000, 0));
  });

  it('fits the ground in the frame, rounded up to two significant figures', () => {
    // 20 km × 10 km into 200 × 100 mm: exactly 1:100 000.
    expect(fitScale(20_000, 10_000, 200, 100)).toBe(100_000);
    // The taller side decides: 10 km × 12.3456 km in 100 × 100 mm needs 1:123 456, printed 1:130 000.
    expect(fitScale(10_000, 12_345.6, 100, 100)).toBe(130_000);
    expect(fitScale(900, 400, 100, 100)).toBe(9_000);
  });

  it('draws the longest round scale bar that fits', () => {
    // At 1:50 000 40 mm is 2 km: a 2 km bar of 40 mm.
    expect(scaleBar(50_000, 40)).toEqual({ metres: 2000, mm: 40 });
    // 39 mm is 1.95 km: a 1 km bar of 20 mm.
    expect(scaleBar(50_000, 39)).toEqual({ metres: 1000, mm: 20 });
    expect(scaleBar(250_000, 45).metres).toBe(10_000);
  });

  it('writes the scale with spaces between thousands', () => {
    expect(scaleLabel(250_000, 'en')).toBe('1:250 000');
    expect(scaleLabel(10_000, 'zh')).toBe('1:10 000');
  });
});

describe('text wrapping', () => {
  const measure = (text: string) => [...text].length;
  it('breaks Chinese between characters and English between words', () => {
    expect(wrapText('上海五年规划空间图', 4, measure)).toEqual(['上海五年', '规划空间', '图']);
    expect(wrapText('the new town of Songjiang', 12, measure)).toEqual(['the new town', 'of Songjiang']);
    expect(wrapText('松江新城 Songjiang New Town', 10, measure)).toEqual(['松江新城', 'Songjiang', 'New Town']);
  });
  it('cuts a word longer than the line', () => {
    expect(wrapText('abcdefghij', 4, measure)).toEqual(['abcd', 'efgh', 'ij']);
    for (const line of wrapText('松江新城 Songjiang New Town 2010–2035', 9, measure))
      expect(measure(line)).toBeLessThanOrEqual(9);
  });
});
