import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../scripts/build-geo/io';
import { buildOsmClasses, serialiseClass } from '../../../scripts/build-osm-classes/build';
import { buildTargetMeasures, serialiseMeasures } from '../../../scripts/build-osm-classes/targets';

const DIR = join(REPO_ROOT, 'public', 'osm-classes');

describe('public/osm-classes is exactly what the build makes (run npm run build:osm-classes if not)', () => {
  const classes = buildOsmClasses();
  for (const [file, collection] of classes) {
    it(`${file} is up to date`, () => {
      expect(serialiseClass(collection) === readFileSync(join(DIR, file), 'utf8')).toBe(true);
      for (const f of collection.features)
        expect(f.properties.source ?? collection.meta.source, f.properties.id).toBeTruthy();
    });
  }
  it('target-measures.json is up to date', () => {
    const built = serialiseMeasures(buildTargetMeasures(classes));
    expect(built === readFileSync(join(DIR, 'target-measures.json'), 'utf8')).toBe(true);
  }, 60_000);
});
