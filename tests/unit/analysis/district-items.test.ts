import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { belongsTo, type DistrictRef, districtItems } from '../../../src/analysis/district-items';
import { loadRepository } from '../../../src/cli/load';

const { layers } = loadRepository();
const district = (id: string): DistrictRef => {
  const found = layers.get('base-districts')?.find((d) => d.properties.id === id);
  if (!found) throw new Error(id);
  return { id, name_zh: found.properties.name_zh, geometry: found.geometry as Polygon | MultiPolygon };
};
const names = (features: readonly Feature<Geometry, Record<string, unknown>>[]) =>
  features.map((f) => String(f.properties.name_zh));

describe('districtItems', () => {
  it('lists Songjiang’s new town, its metro line 9 and the plan’s park there, and nothing from Pudong', () => {
    const items = districtItems(district('songjiang'), layers);
    expect(items['new-towns'].map((f) => f.properties.id)).toEqual(['new-town-songjiang']);
    expect(items['rail-lines'].map((f) => f.properties.id)).toContain('metro-9');
    expect(names(items.parks)).toContain('辰山植物园');
    expect(items['industrial-parks'].map((f) => f.properties.district)).not.toContain('pudong');
    expect(names(items['new-towns-12th'])).toEqual(['松江新城']);
  });

  it('finds the Bund and People’s Park in Huangpu District', () => {
    const items = districtItems(district('huangpu'), layers);
    expect(items['waterfront-segments'].map((f) => f.properties.id)).toContain('the-bund');
    expect(items.parks.map((f) => f.properties.name_en)).toContain("People's Park");
    expect(items['rail-stations'].some((s) => s.properties.name_zh === '人民广场')).toBe(true);
  });

  it('does not give Pudong its neighbours’ places across the river', () => {
    const items = districtItems(district('pudong'), layers);
    const all = Object.values(items).flatMap(names);
    expect(all).not.toContain('西岸智慧谷');
    expect(all).not.toContain('浦江郊野公园');
    expect(all).toContain('张江科学城');
    expect(all).toContain('浦东国际机场');
    expect(all).toContain('张江人工智能岛');
  });

  it('does not give Hongkou Daning Park, which is in Jing’an', () => {
    const all = Object.values(districtItems(district('hongkou'), layers)).flatMap(names);
    expect(all).not.toContain('大宁公园');
    expect(all).toContain('北外滩');
  });
});

describe('belongsTo', () => {
  const square: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  };
  const ref: DistrictRef = { id: 'a', name_zh: '甲区', geometry: square };
  const feature = (geometry: Geometry, properties: Record<string, unknown> = {}) =>
    ({ type: 'Feature', properties, geometry }) as Feature<Geometry, Record<string, unknown>>;
  const box = (w: number, e: number): Polygon => ({
    type: 'Polygon',
    coordinates: [
      [
        [w, 0.2],
        [e, 0.2],
        [e, 0.8],
        [w, 0.8],
        [w, 0.2],
      ],
    ],
  });

  it('takes an area by the majority of its area, not by touching', () => {
    expect(belongsTo(feature(box(0.6, 1.2)), ref)).toBe(true);
    expect(belongsTo(feature(box(0.9, 1.5)), ref)).toBe(false);
  });

  it('lets a feature’s own district decide, by slug or Chinese name', () => {
    expect(belongsTo(feature(box(0.6, 1.2), { district: 'b' }), ref)).toBe(false);
    expect(belongsTo(feature(box(2, 3), { district: '甲区' }), ref)).toBe(true);
    expect(belongsTo(feature({ type: 'Point', coordinates: [5, 5] }, { districts: 'b,a' }), ref)).toBe(true);
  });

  it('takes a line that runs a real distance inside, not one that only clips a corner', () => {
    // A district 0.1° (about 11 km) across; the corner line has some 300 m of its 16 km inside.
    const small: DistrictRef = { id: 's', name_zh: '小区', geometry: turf.bboxPolygon([0, 0, 0.1, 0.1]).geometry };
    const through = turf.lineString([
      [-0.05, 0.05],
      [0.2, 0.05],
    ]).geometry;
    const corner = turf.lineString([
      [0.098, 0],
      [0.2, 0.102],
    ]).geometry;
    expect(belongsTo(feature(through), small)).toBe(true);
    expect(belongsTo(feature(corner), small)).toBe(false);
  });
});
