/**
 * WOFF 1.0 to a plain TrueType/OpenType file that fontkit subsets correctly. fontkit reads WOFF, but
 * inflates the whole glyph table again for every glyph it subsets (a minute for a Chinese sheet);
 * from the plain file it takes under a second. Uses the platform's zlib (DecompressionStream), so
 * it runs in browsers and in Node.
 */

interface Table {
  tag: number;
  checksum: number;
  data: Uint8Array;
}

const tagOf = (name: string) => [...name].reduce((n, c) => n * 256 + c.charCodeAt(0), 0);

function checksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4)
    sum =
      (sum + (((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0))) >>>
      0;
  return sum;
}

/**
 * Every glyph padded to a multiple of four bytes, with long offsets. fontkit's subsetter copies
 * glyphs as they are and writes short offsets (which count in two-byte steps) when the subset is
 * small, so a glyph of odd length shifts every later one and they print blank. Noto Sans SC from
 * @fontsource has half its glyphs of odd length.
 */
function padGlyphs(tables: Table[]): Table[] {
  const find = (name: string) => tables.find((t) => t.tag === tagOf(name));
  const [head, loca, glyf, maxp] = [find('head'), find('loca'), find('glyf'), find('maxp')];
  if (!head || !loca || !glyf || !maxp) return tables;
  const headView = new DataView(head.data.buffer, head.data.byteOffset, head.data.byteLength);
  const long = headView.getInt16(50) === 1;
  const count = new DataView(maxp.data.buffer, maxp.data.byteOffset).getUint16(4);
  const locaView = new DataView(loca.data.buffer, loca.data.byteOffset, loca.data.byteLength);
  const offset = (i: number) => (long ? locaView.getUint32(i * 4) : locaView.getUint16(i * 2) * 2);
  const padded = (n: number) => (n + 3) & ~3;
  let size = 0;
  for (let i = 0; i < count; i++) size += padded(offset(i + 1) - offset(i));
  const newGlyf = new Uint8Array(size);
  const newLoca = new Uint8Array((count + 1) * 4);
  const newLocaView = new DataView(newLoca.buffer);
  let at = 0;
  for (let i = 0; i < count; i++) {
    newLocaView.setUint32(i * 4, at);
    newGlyf.set(glyf.data.subarray(offset(i), offset(i + 1)), at);
    at += padded(offset(i + 1) - offset(i));
  }
  newLocaView.setUint32(count * 4, at);
  const newHead = head.data.slice();
  new DataView(newHead.buffer).setInt16(50, 1);
  const replaced = new Map([
    [head.tag, newHead],
    [loca.tag, newLoca],
    [glyf.tag, newGlyf],
  ]);
  return tables.map((t) => {
    const data = replaced.get(t.tag);
    return data ? { tag: t.tag, checksum: checksum(data), data } : t;
  });
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const stored = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const at = 44 + i * 20;
      const offset = view.getUint32(at + 4);
      const stored = woff.subarray(offset, offset + view.getUint32(at + 8));
      const length = view.getUint32(at + 12);
      const data = stored.length < length ? await inflate(stored) : stored;
      if (data.length !== length) throw new Error('damaged WOFF table');
      return { tag: view.getUint32(at), checksum: view.getUint32(at + 16), data };
    }),
  );
  const tables = padGlyphs(stored);
  const headerLength = 12 + 16 * count;
  const padded = (n: number) => (n + 3) & ~3;
  const out = new Uint8Array(tables.reduce((sum, t) => sum + padded(t.data.length), headerLength));
  const writer = new DataView(out.buffer);
  // The sfnt header's binary-search fields, as the OpenType spec defines them.
  const power = 2 ** Math.floor(Math.log2(count));
  writer.setUint32(0, flavor);
  writer.setUint16(4, count);
  writer.setUint16(6, power * 16);
  writer.setUint16(8, Math.log2(power));
  writer.setUint16(10, count * 16 - power * 16);
  let offset = headerLength;
  tables.forEach((table, i) => {
    const at = 12 + 16 * i;
    writer.setUint32(at, table.tag);
    writer.setUint32(at + 4, table.checksum);
    writer.setUint32(at + 8, offset);
    writer.setUint32(at + 12, table.data.length);
    out.set(table.data, offset);
    offset += padded(table.data.length);
  });
  return out;
}
