/**
 * Character tables for query reading, reduced at build time: traditional -> simplified for the
 * characters the plans use (opencc-js), and toneless pinyin for the common characters (GB 2312)
 * and every character of the plans (pinyin-pro), so homophone slips can be matched.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

/** Each traditional character whose simplified form the plans use, as pairs "臺台灣湾…". */
export function traditionalPairs(corpusChars: ReadonlySet<string>): string {
  const converters = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const pairs: string[] = [];
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    // A character the plans themselves print (著 in 显著) is never rewritten.
    if (corpusChars.has(char)) continue;
    const simplified = converters.map((convert) => convert(char)).find((out) => out !== char);
    if (simplified && [...simplified].length === 1 && corpusChars.has(simplified)) pairs.push(`${char}${simplified}`);
  }
  return pairs.join('');
}

/** The 6 763 characters of GB 2312, the common characters a slip is typed with. */
function gb2312(): string[] {
  const decoder = new TextDecoder('gb18030');
  const chars: string[] = [];
  for (let high = 0xb0; high <= 0xf7; high++)
    for (let low = 0xa1; low <= 0xfe; low++) {
      const char = decoder.decode(new Uint8Array([high, low]));
      if (/^\p{Script=Han}$/u.test(char)) chars.push(char);
    }
  return chars;
}

/** Toneless syllable ("lv" for lü) -> the characters read so, every reading of a polyphone. */
export function pinyinTable(corpusChars: ReadonlySet<string>): Record<string, string> {
  const table = new Map<string, string[]>();
  const chars = [...new Set([...gb2312(), ...[...corpusChars].filter((c) => /^\p{Script=Han}$/u.test(c))])].sort();
  for (const char of chars) {
    const readings = pinyin(char, { toneType: 'none', multiple: true, type: 'array' }) as string[];
    for (const reading of new Set(readings.map((r) => r.replace(/ü/g, 'v')))) {
      if (!/^[a-z]+$/.test(reading)) continue;
      const list = table.get(reading) ?? [];
      list.push(char);
      table.set(reading, list);
    }
  }
  return Object.fromEntries([...table].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([s, cs]) => [s, cs.join('')]));
}
