import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAllLayers, serialiseLayer } from '../../../scripts/build-geo/build';
import { LAYERS } from '../../../src/registry/layers';
import { GEO_DIR } from '../geo/load-built';

describe('geo/ is exactly what the build makes from shared/geo-sources', () => {
  const built = buildAllLayers();
  for (const layer of LAYERS) {
    it(`${layer.file} is up to date (run npm run build:geo if not)`, () => {
      const committed = readFileSync(join(GEO_DIR, layer.file), 'utf8');
      expect(serialiseLayer(layer.id, built.get(layer.id) ?? []) === committed).toBe(true);
    });
  }
});
