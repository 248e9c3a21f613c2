import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';

/** One @fontsource package: its file prefix and its subset -> unicode-range table (unicode.json). */
export interface FontPackage {
  prefix: string;
  unicode: Record<string, string>;
}

/**
 * MapLibre `font-faces` for one font name, built from @fontsource subsets so that MapLibre fetches
 * only the subset files whose ranges the labels use. `urls` maps a woff2 file name to its URL.
 * Latin comes first so that Latin letters take the Latin design, not the CJK font's.
 */
export function buildFontFaces(
  fontName: string,
  packages: readonly FontPackage[],
  urls: Readonly<Record<string, string>>,
): FontFacesSpecification {
  const faces = packages.flatMap((pkg) =>
    Object.entries(pkg.unicode).flatMap(([subset, ranges]) => {
      const file = `${pkg.prefix}-${subset.replace(/^\[|\]$/g, '')}-400-normal.woff2`;
      const url = urls[file];
      if (!url) return [];
      return [{ url, 'unicode-range': ranges.split(',').map((range) => range.trim()) }];
    }),
  );
  return { [fontName]: faces };
}
