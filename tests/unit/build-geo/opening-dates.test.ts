import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openingDateChecks } from '../../../scripts/build-geo/opening-dates';
import { GEO_DIR } from '../geo/load-built';

interface Line {
  properties: {
    id: string;
    status?: string;
    opened?: string | null;
    opened_verified?: boolean;
    opened_source?: string;
  };
}
const lines = (file: string): Line[] => JSON.parse(readFileSync(join(GEO_DIR, file), 'utf8')).features;

describe('opening dates of the operating lines', () => {
  it('takes this repository’s checks for the lines the shared check left open, and keeps the shared ones', () => {
    const checks = openingDateChecks();
    expect(checks.get('15号线')).toMatchObject({ date: '2021-01-23' });
    expect(checks.get('15号线')?.source).toContain('scripts/build-geo/data/metro-opening-dates-check.csv');
    expect(checks.get('2号线')).toMatchObject({ date: '1999-10-28', result: 'CONFLICT' });
    expect(checks.has('金山铁路')).toBe(false);
  });

  it('gives every operating metro, intercity and national line a checked date with its page', () => {
    // 3号线/4号线共线段 is the track the two lines share, dated by them.
    const operating = [...lines('rail-lines.geojson'), ...lines('intercity-rail.geojson')].filter(
      (f) => f.properties.status === 'operating' && f.properties.id !== 'metro-3-4',
    );
    expect(operating.length).toBeGreaterThan(25);
    const unchecked = operating.filter((f) => !f.properties.opened || !f.properties.opened_verified);
    expect(unchecked.map((f) => f.properties.id)).toEqual([]);
    for (const f of operating) expect(f.properties.opened_source, f.properties.id).toMatch(/\w+\.\w+/);
  });
});
