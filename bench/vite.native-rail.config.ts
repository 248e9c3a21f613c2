/**
 * The rail-renderer experiment: the app built as usual except that the rail lines are drawn by
 * MapLibre's own line layers, dashed by status, instead of deck.gl's PathLayer: the registry
 * record's renderer and style are swapped at build time. Output in dist-native-rail/.
 */
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import base from '../vite.config.ts';

const DECK_RAIL = /(id: 'rail-lines',[\s\S]*?)renderer: 'deck',(\s*style: \{\s*type: )'path',/;
const STATUS_DASH = "dash: { property: 'status', map: { 'under-construction': [4, 2], planned: [1.5, 2] } },";

const nativeRail: Plugin = {
  name: 'native-rail',
  // Before TypeScript is stripped, while the registry source reads as written.
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/src/registry/layers.ts')) return null;
    if (!DECK_RAIL.test(code)) throw new Error('rail-lines record changed: update bench/vite.native-rail.config.ts');
    return code.replace(DECK_RAIL, `$1renderer: 'maplibre',$2'line', ${STATUS_DASH}`);
  },
};

export default mergeConfig(
  base,
  defineConfig({ plugins: [nativeRail], logLevel: 'warn', build: { outDir: 'dist-native-rail', emptyOutDir: true } }),
);
