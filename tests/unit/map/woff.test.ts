import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../../src/map/woff';

const FONT = join(
  import.meta.dirname,
  '../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff',
);

/** Every glyph the subsetter writes, parsed back: its outline must be the original's. */
async function subsetOutlines(font: ReturnType<typeof fontkit.create>, text: string) {
  const glyphs = font.layout(text).glyphs;
  const subset = font.createSubset();
  const ids = glyphs.map((g) => subset.includeGlyph(g));
  const chunks: Uint8Array[] = [];
  await new Promise<void>((resolve) => {
    const stream = subset.encodeStream();
    stream.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    stream.on('end', () => resolve());
  });
  const back = fontkit.create(Buffer.concat(chunks));
  const commands = (path: unknown) => (path as { commands: unknown[] }).commands.length;
  return glyphs.map((g, i) => ({ original: commands(g.path), subset: commands(back.getGlyph(ids[i] ?? 0).path) }));
}

describe('WOFF to TrueType for the PDF font', () => {
  it('keeps every glyph, padded to four bytes, and the subset keeps every outline', async () => {
    const sfnt = await woffToSfnt(new Uint8Array(readFileSync(FONT)));
    const font = fontkit.create(Buffer.from(sfnt));
    const woff = fontkit.create(readFileSync(FONT));
    expect(font.numGlyphs).toBe(woff.numGlyphs);
    const offsets = (font as unknown as { loca: { offsets: number[] } }).loca.offsets;
    expect(offsets.every((o) => o % 4 === 0)).toBe(true);
    // Without the padding, 年 划 空 间 and most Latin letters came out of the subset blank.
    for (const glyph of await subsetOutlines(font, '上海五年规划空间图 2010 OpenStreetMap'))
      expect(glyph.subset).toBe(glyph.original);
  });

  it('refuses what is not WOFF 1.0', async () => {
    await expect(woffToSfnt(new Uint8Array(64))).rejects.toThrow(/WOFF/);
  });
});
