/** The text encodings a user's CSV arrives in: Unicode, or GB18030 (a superset of GBK) from Chinese Excel. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** What the bytes say of themselves: a byte-order mark, then UTF-16 without one (every other byte zero). */
function markedEncoding(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 2000);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  // ASCII text in UTF-16 has a zero in every second byte; no CSV in a byte encoding has zeros.
  if (oddZeros > sample.length / 4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > sample.length / 4 && oddZeros === 0) return 'utf-16be';
  return null;
}

/**
 * Reads text bytes: the encoding named by the user, else a byte-order mark, else UTF-8 if the bytes
 * are valid UTF-8, else GB18030 (what Excel saves "CSV" as on Chinese Windows). Never throws:
 * GB18030 decodes any byte sequence.
 */
export function decodeText(bytes: Uint8Array, chosen?: TextEncoding): { text: string; encoding: TextEncoding } {
  const encoding = chosen ?? markedEncoding(bytes);
  if (encoding) return { text: new TextDecoder(encoding).decode(bytes), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
