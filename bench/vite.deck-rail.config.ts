/**
 * The rail-renderer experiment: the app built as usual except that the rail lines are drawn by
 * deck.gl's PathLayer (dashes from PathStyleExtension) instead of MapLibre's own line layers: the
 * registry record's renderer and style type are swapped at build time. Output in dist-deck-rail/.
 */
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import base from '../vite.config.ts';

const MAPLIBRE_RAIL = /(id: 'rail-lines',[\s\S]*?)renderer: 'maplibre',(\s*style: \{\s*type: )'line'/;

const deckRail: Plugin = {
  name: 'deck-rail',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/src/registry/layers.ts')) return null;
    if (!MAPLIBRE_RAIL.test(code)) throw new Error('rail-lines record changed: update bench/vite.deck-rail.config.ts');
    return code.replace(MAPLIBRE_RAIL, "$1renderer: 'deck',$2'path'");
  },
};

export default mergeConfig(
  base,
  defineConfig({ plugins: [deckRail], logLevel: 'warn', build: { outDir: 'dist-deck-rail', emptyOutDir: true } }),
);
