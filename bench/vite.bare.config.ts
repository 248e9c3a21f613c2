import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/bare',
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: { outDir: '../../dist-bench', emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 4000 },
});
