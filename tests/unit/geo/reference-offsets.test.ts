import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../../../scripts/build-geo/feature';
import { newTownOffsets, railOffsets, riverOffsets } from '../../../scripts/build-geo/offsets';
import { byId, readBuilt } from './load-built';

const built = (file: string) => readBuilt(file).features as LayerFeature[];
type Area = Feature<Polygon | MultiPolygon>;

describe('rebuilt layers against their open references', () => {
  it('river lines run on the OSM water (median offset ≤ 60 m each)', () => {
    const rows = riverOffsets(built('river-lines.geojson'));
    expect(rows.map((r) => r.feature).sort()).toEqual(
      ['huangpu-central', 'huangpu-mouth', 'huangpu-upper', 'suzhou-creek'].sort(),
    );
    for (const row of rows) expect(row.medianM, row.feature).toBeLessThanOrEqual(60);
  });

  it('new-town edges follow the roads, rivers and railways their texts name (median ≤ 300 m each)', () => {
    const rows = newTownOffsets(built('new-towns.geojson'));
    expect(rows.length).toBeGreaterThanOrEqual(12);
    for (const row of rows) expect(row.medianM, row.feature).toBeLessThanOrEqual(300);
  });

  it('Nanhui lies south of 大治河 and east of G1503, as its official text bounds it', () => {
    const nanhui = byId(readBuilt('new-towns.geojson'), 'new-town-nanhui') as Area;
    // North of 大治河 (Huinan town) and west of G1503 (Xinchang, Datuan): both outside.
    expect(turf.booleanPointInPolygon([121.76, 31.05], nanhui)).toBe(false);
    expect(turf.booleanPointInPolygon([121.74, 30.97], nanhui)).toBe(false);
    expect(turf.booleanPointInPolygon([121.925, 30.91], nanhui)).toBe(true); // Dishui Lake station
  });

  it('the Pujiang line, maglev and airport link lie on the OSM track', () => {
    const rows = railOffsets(built('rail-lines.geojson'));
    expect(rows.map((r) => r.feature).sort()).toEqual(['airport-link-line', 'maglev', 'pujiang-line']);
    for (const row of rows) expect(row.medianM, row.feature).toBeLessThanOrEqual(10);
  });

  it("Line 2's first section opened on 1999-10-28 (checked), not 2000-06-11", () => {
    const line2 = byId(readBuilt('rail-lines.geojson'), 'metro-2');
    expect(line2.properties).toMatchObject({ opened: '1999-10-28', opened_verified: true });
    expect(String(line2.properties.opened_source)).toContain('corrected from 2000-06-11');
  });
});

describe('parks', () => {
  const parks = readBuilt('parks.geojson').features;
  const districts = readBuilt('base-districts.geojson');

  it('keep their ids', () => {
    const ids = parks.map((p) => p.properties.id);
    for (let i = 1; i <= 14; i++) expect(ids).toContain(`city-park-${i}`);
    for (let i = 1; i <= 7; i++) expect(ids).toContain(`country-park-${i}`);
  });

  it('are OSM outlines where OSM has them: 世纪公园, 顾村公园, 大宁公园 (as 大宁灵石公园)', () => {
    for (const name of ['世纪公园', '顾村公园', '大宁公园', '长兴岛郊野公园']) {
      const park = parks.find((p) => p.properties.name_zh === name);
      expect(park?.properties.accuracy, name).toBe('surveyed');
      expect(park?.geometry.type, name).toMatch(/Polygon/);
    }
  });

  it('lie in the district they are listed in', () => {
    for (const park of parks) {
      const district = park.properties.district as string;
      if (!district) continue;
      expect(turf.booleanIntersects(park as Area, byId(districts, district) as Area), park.properties.id).toBe(true);
    }
  });

  it('that OSM lacks are circles around their cited position, with an error radius', () => {
    const circles = parks.filter((p) => p.properties.accuracy === 'approximate' && p.properties.cited_position);
    expect(circles.length).toBeGreaterThanOrEqual(5);
    for (const park of circles) {
      const cited = turf.point(park.properties.cited_position as [number, number]);
      expect(turf.booleanPointInPolygon(cited as Feature<Point>, park as Area), park.properties.id).toBe(true);
      expect(park.properties.accuracy_m, park.properties.id).toBeGreaterThan(0);
    }
  });
});

describe('error radii', () => {
  for (const file of [
    'new-towns.geojson',
    'new-towns-12th.geojson',
    'parks.geojson',
    'river-lines.geojson',
    'waterfront-segments.geojson',
    'rail-lines.geojson',
    'base-water.geojson',
  ]) {
    it(`every approximate feature of ${file} states one`, () => {
      for (const feature of readBuilt(file).features) {
        if (feature.properties.accuracy !== 'approximate') continue;
        expect(typeof feature.properties.accuracy_m, feature.properties.id).toBe('number');
        expect(feature.properties.accuracy_m, feature.properties.id).toBeGreaterThan(0);
      }
    });
  }
});
