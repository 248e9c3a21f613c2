import { describe, expect, it } from 'vitest';
import { fontGlobs, parseUnicodeRange, subsetsCovering } from '../../../scripts/pwa/font-subsets';

const TABLE = {
  latin: 'U+0000-00FF, U+2013',
  '[1]': 'U+4E0A, U+6D77',
  '[2]': 'U+5317-5318',
};

describe('font subsets for the precache', () => {
  it('parses single code points and intervals', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+2013')).toEqual([
      [0, 255],
      [0x2013, 0x2013],
    ]);
  });

  it('keeps the subsets a character of the text falls in', () => {
    // 上 (U+4E0A) is in [1]; nothing of [2] (北 U+5317) appears.
    expect(subsetsCovering('上 Shanghai', TABLE)).toEqual(['latin', '[1]']);
    expect(subsetsCovering('北', TABLE)).toEqual(['[2]']);
    expect(subsetsCovering('', TABLE)).toEqual([]);
  });

  it('names the hashed woff2 files of the subsets a package loads', () => {
    expect(fontGlobs('上海 a', [{ prefix: 'noto-sans-sc', unicode: TABLE, uses: (s) => s.startsWith('[') }])).toEqual([
      'assets/noto-sans-sc-1-400-normal-*.woff2',
    ]);
  });
});
