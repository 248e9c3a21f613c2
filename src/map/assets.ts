import notoSansUnicode from '@fontsource/noto-sans/unicode.json';
import notoSansScUnicode from '@fontsource/noto-sans-sc/unicode.json';
import { THEME } from '../registry/theme';
import { BASEMAP_TILE_DIR, BASEMAP_TILE_TEMPLATE } from '../style/basemap-schema';
import { buildFontFaces } from '../style/font-faces';

/** URLs of the built layer files; Vite copies each into the site with a content hash. */
const layerUrls = import.meta.glob('/geo/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>;

export function layerFileUrl(file: string): string | undefined {
  return layerUrls[`/geo/${file}`];
}

/** The parsed plan texts, fetched after the map's own layers. */
export const CORPUS_URL = (
  import.meta.glob('/text/plans.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>
)['/text/plans.json'];

/** The city gazetteer (districts, towns, stations, streets …), fetched on first search. */
export const GAZETTEER_URL = (
  import.meta.glob('/text/gazetteer.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>
)['/text/gazetteer.json'];

const fontUrls = {
  ...(import.meta.glob('/node_modules/@fontsource/noto-sans/files/*-400-normal.woff2', {
    query: '?url',
    import: 'default',
    eager: true,
  }) as Record<string, string>),
  ...(import.meta.glob('/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-400-normal.woff2', {
    query: '?url',
    import: 'default',
    eager: true,
  }) as Record<string, string>),
};

const byFileName = Object.fromEntries(
  Object.entries(fontUrls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

/** Offline fonts for Chinese and Latin labels; MapLibre fetches only the subsets it draws. */
export const FONT_FACES = buildFontFaces(
  THEME.fontStack,
  [
    { prefix: 'noto-sans', unicode: notoSansUnicode as Record<string, string> },
    // Only the numbered CJK subsets: Latin and Cyrillic come from Noto Sans above.
    {
      prefix: 'noto-sans-sc',
      unicode: Object.fromEntries(
        Object.entries(notoSansScUnicode as Record<string, string>).filter(([k]) => k.startsWith('[')),
      ),
    },
  ],
  byFileName,
);

/** Absolute tile template of the basemap (public/tiles/basemap), under the site's relative base. */
export const BASEMAP_TILE_URL = new URL(BASEMAP_TILE_DIR, document.baseURI).href + BASEMAP_TILE_TEMPLATE;
