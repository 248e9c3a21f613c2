import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceCredits } from '../../../src/i18n/source-credit';

const GEO = join(import.meta.dirname, '..', '..', '..', 'geo');

describe('source credits', () => {
  it('credits an OSM extract by its contributors and date, not by its file path', () => {
    const source =
      'shared/geo-sources/osm-2025/water-areas.osm-geofabrik-20250318.wgs84.geojson (OpenStreetMap, Geofabrik Shanghai extract 2025-03-18), osm_id 1122227';
    expect(sourceCredits(source, 'en')).toEqual([
      'OpenStreetMap contributors (Geofabrik Shanghai extract, 2025-03-18)',
    ]);
    expect(sourceCredits(source, 'zh')[0]).toContain('OpenStreetMap 贡献者');
  });

  it('names both parts of a mixed source', () => {
    const source =
      'name, theme, batch, 四至: shared/geo-sources/industrial-parks/featured-industrial-parks.partial.csv (CMS Law-Now 2020-05); hand-placed (general knowledge of the city)';
    const credits = sourceCredits(source, 'en');
    expect(credits).toContain('Placed by hand (no open outline available)');
    expect(credits.some((c) => c.includes('featured industrial parks'))).toBe(true);
  });

  it('falls back to the text without paths', () => {
    expect(sourceCredits('survey by shared/geo-sources/x/y.csv district office', 'en')).toEqual([
      'survey by district office',
    ]);
    expect(sourceCredits('', 'en')).toEqual([]);
  });

  it('gives every feature in geo/ a credit without a file path, in both languages', () => {
    for (const file of readdirSync(GEO)) {
      const { features } = JSON.parse(readFileSync(join(GEO, file), 'utf8')) as {
        features: { properties: { source?: string } }[];
      };
      for (const { properties } of features) {
        for (const lang of ['zh', 'en'] as const) {
          const credits = sourceCredits(properties.source, lang);
          expect(credits.length, `${file}: ${properties.source}`).toBeGreaterThan(0);
          for (const credit of credits) expect(credit, `${file}: ${properties.source}`).not.toMatch(/shared\/|geojson/);
        }
      }
    }
  });
});
