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
import { applyChineseNotes } from './notes-zh';
import { layerMedians, offsetReport } from './offsets';
import { mergeOsm } from './osm/merge-osm';
import { ExtractError, readExtract } from './osm/read-extract';
import { pointCheckReport, verifyLayers } from './places/point-references';
import { assignStationDistricts } from './station-districts';

const USAGE = 'usage: npm run build:geo -- [--osm <extract.osm.pbf|.osm|.json>] [--out <dir>]';

function option(argv: string[], name: string): string | null {
  const index = argv.indexOf(name);
  if (index === -1) return null;
  const value = argv[index + 1];
  if (!value || value.startsWith('--')) throw new ExtractError(`${name} needs a value\n${USAGE}`);
  return value;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const outDir = resolve(option(argv, '--out') ?? join(REPO_ROOT, 'geo'));
  const osmFile = option(argv, '--osm');
  // A bad extract is refused before the (slow) build starts.
  const extract = osmFile ? await readExtract(osmFile) : null;
  const built = buildAllLayers();
  // Every hand-placed point against its reference: a point beyond its own radius stops the build.
  const verified = verifyLayers(built);
  for (const line of pointCheckReport(verified)) console.log(line);
  if ([...verified.values()].some((v) => v.failures.length > 0)) {
    throw new Error('hand-placed points failed their check (see the FAIL lines); geo/ left as it was');
  }
  if (extract) {
    const report = mergeOsm(built, extract);
    // Stations the extract added need their district too.
    assignStationDistricts(built);
    console.log('OSM merge               added  replaced  refreshed  still approximate');
    for (const [layerId, r] of Object.entries(report)) {
      console.log(
        `${layerId.padEnd(22)}${String(r.added).padStart(7)}${String(r.replaced).padStart(10)}${String(r.refreshed).padStart(11)}${String(r.unmatched).padStart(19)}`,
      );
    }
  }
  // Again after a merge, which rewrites the notes of what it replaced; translations no note uses are listed.
  for (const key of applyChineseNotes(built).stale()) console.log(`notes-zh.json: no note uses ${key}`);
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
  console.log('median offset from the open reference (m)   features  median');
  for (const row of layerMedians(offsetReport(built))) {
    console.log(`${row.layer.padEnd(44)}${String(row.features).padStart(8)}${String(row.medianM).padStart(8)}`);
  }
  console.log(`written to ${outDir}`);
}

main().catch((error: unknown) => {
  // Bad input leaves geo/ as it was: nothing has been moved into place yet.
  console.error(`build:geo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
