import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, schemaProblems } from '../../../scripts/build-geo/data-files';

const dataFiles = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const read = (file: string) => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));

describe('the curated data files of the build and their JSON Schemas', () => {
  it('has the key areas, zones, note translations, own outlines and point checks as data', () => {
    expect(dataFiles.sort()).toEqual([
      'key-areas.json',
      'key-zones.json',
      'notes-zh.json',
      'own-outlines.json',
      'point-checks.json',
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
    expect(problems.some((p) => p.startsWith('/records/0/locate'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/records/1/official_area_km2'))).toBe(true);
    expect(problems.some((p) => p.includes('/locate'))).toBe(true);
  });
  it('refuses an anchor with no reference and no reason, and a rejected pair without a why', () => {
    const checks = {
      ...read('point-checks.json'),
      anchors: { x: { reference: null } },
      rejected: [{ place: 'a', reference: 'b' }],
    };
    const problems = schemaProblems('point-checks.schema.json', checks);
    expect(problems.some((p) => p.startsWith('/anchors/x'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/rejected/0'))).toBe(true);
  });
});
