import { describe, expect, it } from 'vitest';
import { buildFontFaces } from '../../../src/style/font-faces';

describe('buildFontFaces', () => {
  it('maps each subset with a file to its unicode ranges, Latin first', () => {
    const faces = buildFontFaces(
      'Noto Sans Regular',
      [
        { prefix: 'noto-sans', unicode: { latin: 'U+0000-00FF, U+0131' } },
        { prefix: 'noto-sans-sc', unicode: { '[4]': 'U+4E00-4E10', '[5]': 'U+5000' } },
      ],
      {
        'noto-sans-latin-400-normal.woff2': '/a.woff2',
        'noto-sans-sc-4-400-normal.woff2': '/b.woff2',
      },
    );
    expect(faces).toEqual({
      'Noto Sans Regular': [
        { url: '/a.woff2', 'unicode-range': ['U+0000-00FF', 'U+0131'] },
        { url: '/b.woff2', 'unicode-range': ['U+4E00-4E10'] },
      ],
    });
  });
});
