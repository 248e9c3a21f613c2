import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresCsv, visibleFeatures } from '../../../src/data/export-data';
import { NO_FILTERS } from '../../../src/style/filters';

const point = (id: string, name: string): Feature<Geometry, Record<string, unknown>> => ({
  type: 'Feature',
  properties: { id, name_zh: name, name_en: name },
  geometry: { type: 'Point', coordinates: [121.47, 31.23] },
});

describe('visible-data export', () => {
  it('includes visible imported layers, named by their file, and leaves hidden ones out', () => {
    const data = new Map([
      ['parks', [point('park-1', 'Park')]],
      ['import-a', [point('a1', '=cmd|calc')]],
      ['import-b', [point('b1', 'Hidden')]],
    ]);
    const collection = visibleFeatures(data, new Set(['parks', 'import-a']), NO_FILTERS, [
      { id: 'import-a', name: 'my-sites.geojson' },
      { id: 'import-b', name: 'other.csv' },
    ]);
    expect(collection.features.map((f) => f.properties?.id)).toEqual(['park-1', 'a1']);
    const csv = featuresCsv(collection);
    expect(csv).toContain('my-sites.geojson,a1,');
    expect(csv).toContain("'=cmd|calc");
    expect(csv).not.toContain('Hidden');
  });
});
