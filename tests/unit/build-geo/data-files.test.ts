import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, readDataFile, schemaProblems } from '../../../scripts/build-geo/data-files';

const dataFiles = readdirSync(DATA_DIR).filter((f) => /\.(geo)?json$/.test(f) && !f.endsWith('.schema.json'));
const read = (file: string) => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'build-geo-data');

describe('the curated data files of the build and their JSON Schemas', () => {
  it('has the place records, zones, outlines, point checks, hand-drawn geometry, township outlines, OSM points of interest, not-place terms and note translations as data', () => {
    expect(dataFiles.sort()).toEqual([
      'drawn-elsewhere.json',
      'facilities.json',
      'gateways.json',
      'industrial-bases.json',
      'industrial-catalogue.json',
      'key-areas.json',
      'key-zones.json',
      'new-towns.geojson',
      'not-places.json',
      'notes-zh.json',
      'osm-poi-areas.geojson',
      'own-outlines.json',
      'parks.geojson',
      'placements.json',
      'planned-rail.geojson',
      'point-checks.json',
      'rail.json',
      'townships.geojson',
      'water.json',
      'waterfront.geojson',
    ]);
  });
  for (const file of dataFiles) {
    it(`${file} is valid against the schema it names`, () => {
      const data = read(file);
      expect(data.$schema).toMatch(/^\.\/[a-z-]+\.schema\.json$/);
      expect(schemaProblems(data.$schema.slice(2), data)).toEqual([]);
    });
  }
  it('names the bad value of a broken record: a point without a radius, an unknown locate, a string for a number', () => {
    const data = read('key-areas.json');
    const broken = structuredClone(data);
    const point = broken.records.find((r: { locate: { by: string } }) => r.locate.by === 'point');
    delete point.locate.accuracy_m;
    broken.records[0].locate = { by: 'guess' };
    broken.records[1].official_area_km2 = 'about 873';
    const problems = schemaProblems('place-records.schema.json', broken);
    expect(problems.some((p) => p.startsWith('record free-trade-zone: /records/0/locate'))).toBe(true);
    expect(problems.some((p) => p.startsWith('record lingang-special-area: /records/1/official_area_km2'))).toBe(true);
    expect(problems.some((p) => p.startsWith(`record ${point.id}: `) && p.includes('/locate'))).toBe(true);
  });
  it('refuses an anchor with no reference and no reason, and a rejected pair without a why', () => {
    const checks = {
      ...read('point-checks.json'),
      anchors: { x: { reference: null } },
      rejected: [{ place: 'a', reference: 'b' }],
    };
    const problems = schemaProblems('point-checks.schema.json', checks);
    expect(problems.some((p) => p.startsWith('record x: /anchors/x'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/rejected/0'))).toBe(true);
  });
  const messageOf = (file: string) => {
    try {
      readDataFile(file, FIXTURES);
    } catch (error) {
      return (error as Error).message.split('\n');
    }
    return [];
  };
  it('stops the build on a bad facility with a message naming the file, the record and what is wrong', () => {
    expect(messageOf('bad-facility.json')).toEqual([
      'tests/fixtures/build-geo-data/bad-facility.json:',
      '  record snow-star: /records/0/districts must be array',
      "  record snow-star: /records/0/locate must have required property 'accuracy_m'",
    ]);
  });
  it('stops the build on a not-place term without its reason and a leading word that is not plain Chinese', () => {
    expect(messageOf('bad-not-places.json')).toEqual([
      'tests/fixtures/build-geo-data/bad-not-places.json:',
      '  record 产业基地: /terms/产业基地 must NOT have fewer than 1 characters',
      '  /leadingWords/1 must match pattern "^\\p{Script=Han}+$"',
    ]);
  });
  it('stops the build on a hand-drawn park that calls itself surveyed and has no radius', () => {
    expect(messageOf('bad-parks.geojson')).toEqual([
      'tests/fixtures/build-geo-data/bad-parks.geojson:',
      "  record city-park-1: /features/0/properties must have required property 'accuracy_m'",
      '  record city-park-1: /features/0/properties/accuracy must be equal to constant "approximate"',
    ]);
  });
});
