import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAllLayers, serialiseLayer } from '../../../scripts/build-geo/build';
import { verifyLayers } from '../../../scripts/build-geo/places/point-references';
import { LAYERS } from '../../../src/registry/layers';
import { GEO_DIR } from '../geo/load-built';

describe('geo/ is exactly what the build makes from shared/geo-sources', () => {
  const built = buildAllLayers();
  it('every hand-placed point lies within its stated radius of its reference, and at the anchor its note names', () => {
    const failures = [...verifyLayers(built).values()].flatMap((v) => v.failures);
    expect(failures).toEqual([]);
  });
  for (const layer of LAYERS) {
    it(`${layer.file} is up to date (run npm run build:geo if not)`, () => {
      const committed = readFileSync(join(GEO_DIR, layer.file), 'utf8');
      expect(serialiseLayer(layer.id, built.get(layer.id) ?? []) === committed).toBe(true);
    });
  }
});
