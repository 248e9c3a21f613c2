import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { byId, readBuilt } from './load-built';

const districts = readBuilt('base-districts.geojson');
type Area = Feature<Polygon | MultiPolygon>;

describe('new towns', () => {
  const towns = readBuilt('new-towns.geojson').features;

  it('are the five of the 14th plan', () => {
    expect(towns.map((t) => t.properties.name_zh).sort()).toEqual(
      ['南汇新城', '嘉定新城', '奉贤新城', '松江新城', '青浦新城'].sort(),
    );
  });

  it('are drawn within 25% of their planned area', () => {
    for (const town of towns) {
      const ratio = Number(town.properties.drawn_area_km2) / Number(town.properties.planned_area_km2);
      expect(ratio, town.properties.id).toBeGreaterThan(0.75);
      expect(ratio, town.properties.id).toBeLessThan(1.25);
    }
  });

  it('contain the metro station named after them', () => {
    const stations = readBuilt('rail-stations.geojson').features;
    for (const [town, station] of [
      ['new-town-jiading', '嘉定新城'],
      ['new-town-qingpu', '青浦新城'],
      ['new-town-songjiang', '松江新城'],
      ['new-town-fengxian', '奉贤新城'],
      ['new-town-nanhui', '滴水湖'],
    ] as const) {
      const point = stations.find((s) => s.properties.name_zh === station)?.geometry as Point;
      expect(turf.booleanPointInPolygon(point, towns.find((t) => t.properties.id === town) as Area), town).toBe(true);
    }
  });
});

describe('parks and industrial parks', () => {
  it('sit in the district each is recorded in', () => {
    for (const file of ['parks.geojson', 'industrial-parks.geojson']) {
      for (const park of readBuilt(file).features) {
        const district = String(park.properties.district ?? '');
        if (!district) continue;
        const centre = turf.centroid(park);
        expect(turf.booleanPointInPolygon(centre, byId(districts, district) as Area), park.properties.name_zh).toBe(
          true,
        );
      }
    }
  });

  it('says in the legend data how many of the 53 industrial parks are shown', () => {
    const catalogue = readBuilt('industrial-parks.geojson').features.filter((f) => f.properties.catalogue === true);
    expect(catalogue).toHaveLength(13);
  });
});

describe('rail', () => {
  const lines = readBuilt('rail-lines.geojson').features;

  it('has every operating metro line 1–18 with its AMap colour', () => {
    for (let n = 1; n <= 18; n++) {
      const line = lines.find((l) => l.properties.id === `metro-${n}`);
      expect(line?.properties.status, `line ${n}`).toBe('operating');
      expect(String(line?.properties.color)).toMatch(/^#[0-9A-F]{6}$/i);
    }
    expect(byId(readBuilt('rail-lines.geojson'), 'metro-1').properties.color).toBe('#E3002A');
  });

  it('gives planned lines the status the 14th plan words and marks them schematic', () => {
    const planned = lines.filter((l) => l.properties.status !== 'operating');
    expect(planned.length).toBeGreaterThanOrEqual(10);
    for (const line of planned) {
      expect(line.properties.accuracy).toBe('approximate');
      expect(String(line.properties.status_source)).not.toBe('');
    }
    expect(byId(readBuilt('rail-lines.geojson'), 'nanfeng-line').properties.status).toBe('planned');
    expect(byId(readBuilt('rail-lines.geojson'), 'jiamin-line').properties.status).toBe('under-construction');
  });

  it('marks an opening date verified only with the page that says so', () => {
    expect(byId(readBuilt('rail-lines.geojson'), 'metro-1').properties.opened_verified).toBe(true);
    const line13 = byId(readBuilt('rail-lines.geojson'), 'metro-13').properties;
    expect(line13).toMatchObject({ opened: '2012-12-30', opened_verified: true });
    expect(line13.opened_source).toContain('trackingchina.com');
  });
});
