import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { districtItems } from '../../../src/analysis/district-items';
import { loadRepository } from '../../../src/cli/load';

const { layers } = loadRepository();
const district = (id: string) =>
  layers.get('base-districts')?.find((d) => d.properties.id === id)?.geometry as Polygon | MultiPolygon;

describe('districtItems', () => {
  it('lists Songjiang’s new town, its metro line 9 and the plan’s park there, and nothing from Pudong', () => {
    const items = districtItems(district('songjiang'), layers);
    expect(items['new-towns'].map((f) => f.properties.id)).toEqual(['new-town-songjiang']);
    expect(items['rail-lines'].map((f) => f.properties.id)).toContain('metro-9');
    expect(items.parks.map((f) => f.properties.name_zh)).toContain('辰山植物园');
    expect(items['industrial-parks'].map((f) => f.properties.district)).not.toContain('pudong');
  });

  it('finds the Bund and People’s Park in Huangpu District', () => {
    const items = districtItems(district('huangpu'), layers);
    expect(items['waterfront-segments'].map((f) => f.properties.id)).toContain('the-bund');
    expect(items.parks.map((f) => f.properties.name_en)).toContain("People's Park");
    expect(items['rail-stations'].some((s) => s.properties.name_zh === '人民广场')).toBe(true);
  });
});
