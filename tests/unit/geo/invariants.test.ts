import { readdirSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { validateLayer } from '../../../src/data/validate';
import { LAYERS } from '../../../src/registry/layers';
import { GEO_DIR, readBuilt } from './load-built';

/** Shanghai and the neighbouring stations planned lines reach (Kunshan, Jiashan, Pinghu). */
const AREA = { west: 120.7, east: 122.3, south: 30.5, north: 32.0 };

function positions(geometry: Geometry): Position[] {
  return turf.coordAll(turf.feature(geometry));
}

describe('built layers in geo/', () => {
  it('has exactly one file per registry layer', () => {
    const files = readdirSync(GEO_DIR)
      .filter((f) => f.endsWith('.geojson'))
      .sort();
    expect(files).toEqual(LAYERS.map((l) => l.file).sort());
  });

  const allIds = new Set<string>();
  for (const layer of LAYERS) {
    describe(layer.id, () => {
      const collection = readBuilt(layer.file);

      it('passes the app validator with no dropped feature', () => {
        const { collection: valid, problems } = validateLayer(collection, layer.id);
        expect(problems).toEqual([]);
        expect(valid.features.length).toBeGreaterThan(0);
      });

      it('says which layer each feature belongs to, with unique ids across all layers', () => {
        for (const feature of collection.features) {
          expect(feature.properties.layer).toBe(layer.id);
          expect(allIds.has(feature.properties.id), feature.properties.id).toBe(false);
          allIds.add(feature.properties.id);
        }
      });

      it('lies in the Shanghai area', () => {
        if (layer.id === 'base-sea' || layer.id === 'base-land') return;
        for (const feature of collection.features) {
          for (const [lon = 0, lat = 0] of positions(feature.geometry)) {
            expect(lon, feature.properties.id).toBeGreaterThan(AREA.west);
            expect(lon, feature.properties.id).toBeLessThan(AREA.east);
            expect(lat, feature.properties.id).toBeGreaterThan(AREA.south);
            expect(lat, feature.properties.id).toBeLessThan(AREA.north);
          }
        }
      });

      it('has valid geometry', () => {
        for (const feature of collection.features) {
          expect(turf.booleanValid(feature), feature.properties.id).toBe(true);
        }
      });

      it('marks hand-drawn geometry approximate and explains every approximation', () => {
        for (const feature of collection.features) {
          const p = feature.properties;
          if (p.source.startsWith('hand-')) expect(p.accuracy, p.id).toBe('approximate');
          if (p.accuracy !== 'surveyed') expect(p.note ?? '', p.id).not.toBe('');
        }
      });
    });
  }
});
