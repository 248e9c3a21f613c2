import { defineConfig } from 'vite';

// The benchmark's two reference pages, built from the project root so that they resolve the app's
// own modules and data the way the app does: bench/bare (MapLibre, plain styles) and bench/same-style
// (MapLibre with the app's style and data). Served with dist/ behind them for the basemap tiles.
export default defineConfig({
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist-bench',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
    target: 'es2022',
    rolldownOptions: { input: ['bench/bare/index.html', 'bench/same-style/index.html'] },
  },
});
