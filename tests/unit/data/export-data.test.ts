import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresCsv, layerCollection, visibleFeatures } from '../../../src/data/export-data';
import { parseCsv } from '../../../src/data/table';
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

describe('a layer download', () => {
  const line = (id: string, status: string): Feature<Geometry, Record<string, unknown>> => ({
    type: 'Feature',
    properties: { id, name_zh: `${id}号线`, name_en: `Line ${id}`, status, source: 'OSM', licence: 'ODbL' },
    geometry: {
      type: 'LineString',
      coordinates: [
        [121.4, 31.2],
        [121.5, 31.25],
      ],
    },
  });
  const data = new Map([['rail-lines', [line('1', 'operating'), line('14', 'planned')]]]);

  it('applies the current filter and carries the credits', () => {
    const collection = layerCollection('rail-lines', data, { ...NO_FILTERS, railStatus: ['planned'] });
    expect(collection.features.map((f) => f.properties?.id)).toEqual(['14']);
    expect(collection.attribution.join(' ')).toContain('© OpenStreetMap contributors, ODbL');
  });

  it('writes CSV with a byte-order mark, source and licence, and the geometry as WGS84 WKT', () => {
    const csv = featuresCsv(layerCollection('rail-lines', data, NO_FILTERS), { geometry: true });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv);
    expect(rows.map((r) => [r.id, r.name_zh, r.source, r.licence])).toEqual([
      ['1', '1号线', 'OSM', 'ODbL'],
      ['14', '14号线', 'OSM', 'ODbL'],
    ]);
    expect(rows[0]?.wkt).toBe('LINESTRING (121.4 31.2, 121.5 31.25)');
    expect(rows[0]?.centroid_lon).toBe('121.450000');
  });

  it('carries the note in English and Chinese, as a column of the CSV and a property of the GeoJSON', () => {
    const drawn = line('2', 'planned');
    Object.assign(drawn.properties ?? {}, { note: 'Schematic', note_zh: '示意线' });
    const collection = layerCollection('rail-lines', new Map([['rail-lines', [drawn]]]), NO_FILTERS);
    expect(collection.features[0]?.properties).toMatchObject({ note: 'Schematic', note_zh: '示意线' });
    const [row] = parseCsv(featuresCsv(collection));
    expect([row?.note, row?.note_zh]).toEqual(['Schematic', '示意线']);
  });

  it('every CSV the app writes starts with the mark, the visible-layers one too', () => {
    const csv = featuresCsv(
      visibleFeatures(new Map([['parks', [point('p', '公园')]]]), new Set(['parks']), NO_FILTERS),
    );
    expect(csv.startsWith('\uFEFFlayer,id,')).toBe(true);
  });
});
