import { describe, expect, it } from 'vitest';
import { featurePasses, NO_FILTERS } from '../../../src/style/filters';
import { readBuilt } from './load-built';

const intercity = readBuilt('intercity-rail.geojson');
const shownIn = (year: number) =>
  intercity.features
    .filter((f) => featurePasses('intercity-rail', f.properties, { ...NO_FILTERS, year }))
    .map((f) => f.properties.id);

describe('national and intercity rail on the timeline', () => {
  it('gives every operating line an opening date and the page that says so', () => {
    for (const f of intercity.features.filter((x) => x.properties.status === 'operating')) {
      expect(String(f.properties.opened), f.properties.id).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
      expect(String(f.properties.opened_source).length, f.properties.id).toBeGreaterThan(20);
    }
  });
  it('shows a line from its opening year: 沪宁城际 in 2010, 京沪高铁 from 2011, 沪苏湖 only from 2024', () => {
    expect(shownIn(2010)).toContain('shanghai-nanjing-intercity');
    expect(shownIn(2010)).not.toContain('beijing-shanghai-hsr');
    expect(shownIn(2011)).toContain('beijing-shanghai-hsr');
    expect(shownIn(2023)).not.toContain('shanghai-suzhou-huzhou-railway');
    expect(shownIn(2024)).toContain('shanghai-suzhou-huzhou-railway');
    expect(shownIn(2015)).not.toContain('north-yangtze-hsr');
    expect(shownIn(2021)).toContain('north-yangtze-hsr');
  });
});
