/**
 * The service worker and web app manifest (vite-plugin-pwa, Workbox generateSW). What is precached:
 * the app shell, its scripts, styles, layer data and plan text, the icons, the font subsets the
 * labels, the interface and the plan text need, and the Chinese font PDFs embed. Other font subsets
 * are cached when first drawn; the basemap's overview tiles are precached, closer ones cached as they
 * are read and used offline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { fontGlobs } from './font-subsets.ts';

/** The font file pdf-sheet.ts imports with `?url`, as Vite names it in dist/assets. */
export const PDF_FONT = 'assets/noto-sans-sc-chinese-simplified-400-normal-*.woff';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;

/** Every character the app can show without user input: layer names, interface strings, plan text, basemap labels. */
function shownText(root: string): string {
  const geo = readdirSync(join(root, 'geo')).filter((file) => file.endsWith('.geojson'));
  const i18n = readdirSync(join(root, 'src', 'i18n')).filter((file) => file.endsWith('.ts'));
  // Vector tiles keep their strings as plain UTF-8, so reading the files as text finds every label.
  const tiles = join(root, 'public', 'tiles', 'basemap');
  const tileFiles = readdirSync(tiles, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.pbf'));
  return [
    ...geo.map((file) => readFileSync(join(root, 'geo', file), 'utf8')),
    ...i18n.map((file) => readFileSync(join(root, 'src', 'i18n', file), 'utf8')),
    readFileSync(join(root, 'text', 'plans.json'), 'utf8'),
    ...tileFiles.map((file) => readFileSync(join(tiles, file), 'utf8')),
  ].join('');
}

export function pwaOptions(root: string): Partial<VitePWAOptions> {
  const fonts = join(root, 'node_modules', '@fontsource');
  const precachedFonts = fontGlobs(shownText(root), [
    { prefix: 'noto-sans', unicode: json(join(fonts, 'noto-sans', 'unicode.json')) },
    // The app loads only the numbered CJK subsets of Noto Sans SC (see src/map/assets.ts).
    {
      prefix: 'noto-sans-sc',
      unicode: json(join(fonts, 'noto-sans-sc', 'unicode.json')),
      uses: (subset) => subset.startsWith('['),
    },
  ]);
  return {
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: '上海五年规划空间图 · Shanghai Five-Year Plans Map',
      short_name: '规划地图 Plans Map',
      description: '上海五年规划的空间内容，可离线使用 · The spatial content of Shanghai’s Five-Year Plans, offline',
      lang: 'zh-CN',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#dfe9ee',
      theme_color: '#2f7fc1',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: [
        '**/*.{html,js,mjs,css,geojson,json,png,svg,webmanifest}',
        // The basemap's overview zooms (about 600 KB) draw the whole city offline; closer tiles are kept as seen.
        'tiles/basemap/{8,9,10}/**/*.pbf',
        ...precachedFonts,
        // The whole Chinese font the PDF maker embeds subsets of (1.5 MB; src/map/pdf-sheet.ts), so the
        // first PDF made offline works. Its code is precached as a script already; the font is fetched
        // in the background with the rest, after the first page has drawn.
        PDF_FONT,
      ],
      // Every mapped park, station and industrial site (about 1.4 MB) loads only when a user picks such a
      // class; kept once read (runtime cache below).
      globIgnores: ['osm-classes/*.geojson'],
      // The main bundle and the plan text are large; an incomplete precache would break offline use.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Take charge of the first visit's page at once, so the tiles it reads are kept too.
      clientsClaim: true,
      runtimeCaching: [
        {
          // Hashed file names never change content: the first copy is good for ever.
          urlPattern: ({ url }) => url.pathname.endsWith('.woff2'),
          handler: 'CacheFirst',
          options: { cacheName: 'fonts', cacheableResponse: { statuses: [200] } },
        },
        {
          // The street samples the import's datum check reads (about 110 KB), fetched on a first import.
          urlPattern: ({ url }) => url.pathname.includes('/reference/'),
          handler: 'NetworkFirst',
          options: { cacheName: 'reference', cacheableResponse: { statuses: [200] } },
        },
        {
          urlPattern: ({ url }) => url.pathname.includes('/osm-classes/'),
          handler: 'NetworkFirst',
          options: { cacheName: 'osm-classes', cacheableResponse: { statuses: [200] } },
        },
        {
          // Online, tiles come from the network so rebuilt tiles show at once; offline, from here.
          urlPattern: ({ url }) => url.pathname.includes('/tiles/'),
          handler: 'NetworkFirst',
          options: { cacheName: 'tiles', cacheableResponse: { statuses: [200] } },
        },
      ],
    },
  };
}
