/**
 * Builds geo/<layer-id>.geojson from shared/geo-sources. Run: npm run build:geo [-- --out <dir>].
 * Writes into a temporary folder and moves files into place only when every layer built.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LAYERS } from '../../src/registry/layers';
import { buildAllLayers, serialiseLayer } from './build';
import { REPO_ROOT } from './io';

function parseOut(argv: string[]): string {
  const index = argv.indexOf('--out');
  if (index === -1) return join(REPO_ROOT, 'geo');
  const value = argv[index + 1];
  if (!value) throw new Error('usage: build:geo [--out <dir>]');
  return resolve(value);
}

function main(): void {
  const outDir = parseOut(process.argv.slice(2));
  const built = buildAllLayers();
  const staging = mkdtempSync(join(tmpdir(), 'geo-build-'));
  try {
    for (const layer of LAYERS) {
      const features = built.get(layer.id);
      if (!features) throw new Error(`registry layer ${layer.id} has no build`);
      writeFileSync(join(staging, layer.file), serialiseLayer(layer.id, features));
    }
    mkdirSync(outDir, { recursive: true });
    for (const layer of LAYERS) renameSync(join(staging, layer.file), join(outDir, layer.file));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  console.log('layer                 features  approximate  derived  surveyed');
  for (const layer of LAYERS) {
    const features = built.get(layer.id) ?? [];
    const count = (accuracy: string) => features.filter((f) => f.properties.accuracy === accuracy).length;
    console.log(
      `${layer.id.padEnd(22)}${String(features.length).padStart(8)}${String(count('approximate')).padStart(13)}${String(count('derived')).padStart(9)}${String(count('surveyed')).padStart(10)}`,
    );
  }
  console.log(`written to ${outDir}`);
}

main();
