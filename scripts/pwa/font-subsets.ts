/**
 * Which @fontsource woff2 subsets the app needs offline: those whose unicode ranges cover a
 * character of the text it shows (labels, interface strings, plan text). The rest stay runtime-cached.
 */

/** A unicode-range list such as "U+4e00-4e5f, U+3000" as inclusive code point intervals. */
export function parseUnicodeRange(ranges: string): [number, number][] {
  return ranges
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [from = '', to = from] = part.split('-');
      return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
    });
}

/** Subset names of a unicode.json table (subset -> ranges) that some character of `text` falls in. */
export function subsetsCovering(text: string, unicode: Readonly<Record<string, string>>): string[] {
  const codePoints = new Set<number>();
  for (const char of text) codePoints.add(char.codePointAt(0) ?? 0);
  const points = [...codePoints].sort((a, b) => a - b);
  return Object.entries(unicode)
    .filter(([, ranges]) =>
      parseUnicodeRange(ranges).some(([from, to]) => points.some((point) => point >= from && point <= to)),
    )
    .map(([subset]) => subset);
}

/** One font package as the app uses it: file prefix, subset table and the subsets it loads at all. */
export interface FontPackageUse {
  prefix: string;
  unicode: Readonly<Record<string, string>>;
  uses?: (subset: string) => boolean;
}

/** Workbox glob patterns for the built woff2 files (Vite adds a hash) of the subsets `text` needs. */
export function fontGlobs(text: string, packages: readonly FontPackageUse[]): string[] {
  return packages.flatMap(({ prefix, unicode, uses }) =>
    subsetsCovering(text, unicode)
      .filter((subset) => !uses || uses(subset))
      .map((subset) => `assets/${prefix}-${subset.replace(/^\[|\]$/g, '')}-400-normal-*.woff2`),
  );
}
