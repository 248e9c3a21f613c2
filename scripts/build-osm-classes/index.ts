/**
 * npm run build:osm-classes — every park, station and industrial site of the OSM extract as compact
 * files under public/osm-classes/ (fetched only when a user picks such a class), and the measured
 * values of the plans' targets that depend only on committed data.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../build-geo/io';
import { buildOsmClasses, serialiseClass } from './build';
import { buildTargetMeasures, serialiseMeasures } from './targets';

const out = join(REPO_ROOT, 'public', 'osm-classes');
mkdirSync(out, { recursive: true });
const started = performance.now();
const classes = buildOsmClasses();
for (const [file, collection] of classes) {
  writeFileSync(join(out, file), serialiseClass(collection));
  console.log(`${file}: ${collection.features.length} features`);
}
const measures = buildTargetMeasures(classes);
writeFileSync(join(out, 'target-measures.json'), serialiseMeasures(measures));
console.log(`target-measures.json in ${Math.round(performance.now() - started)} ms`);
