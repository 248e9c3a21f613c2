/**
 * The rail-renderer experiment: the app built as usual except that the rail lines are drawn by
 * MapLibre's own line layers instead of deck.gl's PathLayer (the registry record's renderer and
 * style type are swapped at build time). Output in dist-native-rail/.
 */
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import base from '../vite.config.ts';

const DECK_RAIL = "renderer: 'deck',\n    style: { type: 'path',";
const NATIVE_RAIL = "renderer: 'maplibre',\n    style: { type: 'line',";

const nativeRail: Plugin = {
  name: 'native-rail',
  transform(code, id) {
    if (!id.endsWith('/src/registry/layers.ts')) return null;
    if (!code.includes(DECK_RAIL))
      throw new Error('rail-lines record changed: update bench/vite.native-rail.config.ts');
    return code.replace(DECK_RAIL, NATIVE_RAIL);
  },
};

export default mergeConfig(
  base,
  defineConfig({ plugins: [nativeRail], logLevel: 'warn', build: { outDir: 'dist-native-rail', emptyOutDir: true } }),
);
