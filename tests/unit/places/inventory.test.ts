import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPlaceRecords, catalogueParkRecords } from '../../../scripts/build-geo/places/build-places';
import { LEADING_WORDS, NOT_PLACE_TERMS } from '../../../scripts/build-geo/places/not-places';
import { LAYER_OF_KIND } from '../../../scripts/build-geo/places/types';
import { buildCorpus, buildPlaceCoverage, PLACES_FILE, serialisePlaces } from '../../../scripts/build-text/index';
import { unaccountedCandidates } from '../../../scripts/build-text/places-coverage';
import { officialEnglish } from '../../../src/content/official-english';
import { oneParagraphCorpus } from '../../fixtures/one-paragraph-corpus';
import { GEO_DIR } from '../geo/load-built';

const records = allPlaceRecords();
const corpus = buildCorpus();
const coverage = buildPlaceCoverage(corpus);

describe('the place inventory', () => {
  it('has one record per id, each with a Chinese and an official English name', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const record of records) {
      expect(record.name_zh, record.id).toMatch(/\p{Script=Han}/u);
      expect(record.name_en, record.id).toMatch(/^[^\p{Script=Han}]*[A-Z][^\p{Script=Han}]*$/u);
      // Where the rule or an exception knows the name, the record must use it.
      const official = officialEnglish(record.name_zh);
      if (official) expect(record.name_en, record.id).toBe(official);
    }
  });

  it('says for every record how it is located, with an honest radius for every hand-placed point', () => {
    for (const record of records) {
      const locate = record.locate;
      if (locate.by === 'point' || locate.by === 'osm-point' || locate.by === 'schematic') {
        expect(locate.accuracy_m, record.id).toBeGreaterThan(0);
      }
      if (locate.by === 'point') expect(locate.from.length, record.id).toBeGreaterThan(3);
      if (locate.by === 'none') expect(locate.reason.length, record.id).toBeGreaterThan(10);
    }
  });

  it('holds only places a plan names, or says why one is drawn all the same', () => {
    expect(coverage.unnamed.map((r) => r.name_zh)).toEqual([]);
  });

  it('accounts for every place-like name in the five plans: in the inventory or excluded with a reason', () => {
    expect(unaccountedCandidates(corpus, records, NOT_PLACE_TERMS, LEADING_WORDS)).toEqual([]);
  });

  it('puts at least 90 % of the places the plans name on the map, and gives a reason for each other', () => {
    expect(coverage.mapped.length / coverage.named.length).toBeGreaterThanOrEqual(0.9);
    for (const entry of coverage.unmappable) expect(entry.reason, entry.id).toBeTruthy();
  });

  it('records which plan and section names each place, in the words of that plan', () => {
    const hongqiao = coverage.entries.find((e) => e.id === 'hongqiao-business-district');
    expect(hongqiao?.sections.p14).toContain('p14/10.3.2');
    expect(hongqiao?.aliases['p12-outline']).toContain('虹桥商务区');
    const cruise = coverage.entries.find((e) => e.id === 'wusongkou-cruise-port');
    expect(cruise?.aliases['p12-proposal']).toEqual(['国际油轮母港']);
  });

  it('text/places.json is up to date (run npm run build:text if not)', () => {
    expect(readFileSync(PLACES_FILE, 'utf8') === serialisePlaces(coverage)).toBe(true);
  });
});

describe('the candidate scan', () => {
  it('fails on a listed name the inventory does not know, and not on a known or excluded one', () => {
    const text = '推进嘉定新城、青浦新城、甲乙新城，加快郊区新城发展。';
    const found = unaccountedCandidates(oneParagraphCorpus(text), records, NOT_PLACE_TERMS, LEADING_WORDS);
    expect(found.map((f) => f.term)).toEqual(['甲乙新城']);
  });
});

describe('the inventory layers in geo/', () => {
  for (const layerId of new Set(Object.values(LAYER_OF_KIND))) {
    it(`${layerId}: every feature has source, accuracy, licence, and a radius and a how when approximate`, () => {
      const { features } = JSON.parse(readFileSync(join(GEO_DIR, `${layerId}.geojson`), 'utf8')) as {
        features: { properties: Record<string, unknown>; geometry: { type: string } }[];
      };
      expect(features.length).toBeGreaterThan(0);
      for (const { properties: p, geometry } of features) {
        expect(p.source, String(p.id)).toBeTruthy();
        expect(p.licence, String(p.id)).toBeTruthy();
        expect(['surveyed', 'derived', 'approximate']).toContain(p.accuracy);
        if (p.accuracy === 'approximate' && geometry.type === 'Point') {
          expect(p.accuracy_m, String(p.id)).toBeGreaterThan(0);
          expect(String(p.note), String(p.id)).toMatch(/within ~/);
        }
      }
    });
  }

  it('keeps the 13 catalogue parks with their batch and theme', () => {
    expect(catalogueParkRecords()).toHaveLength(13);
  });
});
