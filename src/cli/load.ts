import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { type CityPlace, readGazetteer } from '../content/city-gazetteer';
import { buildGazetteer, type GazetteerFeature } from '../content/gazetteer';
import { type LinkIndex, linkCorpus } from '../content/links';
import type { PlanCorpus } from '../content/types';
import { LAYERS } from '../registry/layers';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type NodeFeature = Feature<Geometry, GazetteerFeature & Record<string, unknown>>;

/** The built layers, plan corpus and city gazetteer, read from the repository as the app would fetch them. */
export function loadRepository(): {
  layers: Map<string, NodeFeature[]>;
  corpus: PlanCorpus;
  index: LinkIndex;
  city: CityPlace[];
} {
  const layers = new Map(
    LAYERS.map((layer) => {
      const collection = JSON.parse(readFileSync(join(ROOT, 'geo', layer.file), 'utf8')) as FeatureCollection;
      return [layer.id, collection.features as NodeFeature[]];
    }),
  );
  const corpus = JSON.parse(readFileSync(join(ROOT, 'text', 'plans.json'), 'utf8')) as PlanCorpus;
  const gazetteer = buildGazetteer(new Map([...layers].map(([id, fs]) => [id, fs.map((f) => f.properties)])));
  const city = readGazetteer(JSON.parse(readFileSync(join(ROOT, 'text', 'gazetteer.json'), 'utf8'))) ?? [];
  return { layers, corpus, index: linkCorpus(corpus, gazetteer), city };
}
