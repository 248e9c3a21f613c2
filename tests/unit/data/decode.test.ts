import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/data/decode';

const utf16 = (text: string, endian: 'le' | 'be', bom = true) => {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  [...(bom ? '\uFEFF' : ''), ...text].forEach((ch, i) => {
    view.setUint16(i * 2, ch.charCodeAt(0), endian === 'le');
  });
  return bytes;
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = new TextEncoder().encode('名称,经度\n站,121\n');
    expect(decodeText(plain)).toEqual({ text: '名称,经度\n站,121\n', encoding: 'utf-8' });
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(marked)).toEqual({ text: '名称,经度\n站,121\n', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE by their mark, and LE without one', () => {
    expect(decodeText(utf16('名称,lon\n', 'le'))).toEqual({ text: '名称,lon\n', encoding: 'utf-16le' });
    expect(decodeText(utf16('名称,lon\n', 'be'))).toEqual({ text: '名称,lon\n', encoding: 'utf-16be' });
    expect(decodeText(utf16('name,lon,lat\n', 'le', false)).encoding).toBe('utf-16le');
  });

  it('reads what Chinese Excel saves (GB18030, made with iconv) when the bytes are not UTF-8', () => {
    const bytes = readFileSync('tests/fixtures/import/gb18030-places.csv');
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('gb18030');
    expect(text.split('\n')[0]).toBe('名称,经度,纬度,备注');
    expect(text).toContain('徐家汇,121.4365,31.1955,商圈；地铁站');
  });

  it('reads with the encoding the user chose, even a wrong one', () => {
    const bytes = new TextEncoder().encode('经度');
    expect(decodeText(bytes, 'gb18030')).toMatchObject({ encoding: 'gb18030' });
    expect(decodeText(bytes, 'gb18030').text).not.toBe('经度');
  });
});
