import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyTags, readOsmBasemap } from '../../../scripts/build-basemap/osm';
import { buildTiles } from '../../../scripts/build-basemap/tiles';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'osm');

describe('OSM tags to the tile schema (refresh from a full extract)', () => {
  it('classes tags as Geofabrik’s layers do', () => {
    expect(classifyTags({ highway: 'secondary_link', name: '延安东路' })).toEqual({
      layer: 'street',
      class: 'secondary',
    });
    expect(classifyTags({ waterway: 'riverbank' })).toEqual({ layer: 'water', class: 'riverbank' });
    expect(classifyTags({ waterway: 'canal' })).toEqual({ layer: 'waterway', class: 'canal' });
    expect(classifyTags({ leisure: 'park' })).toEqual({ layer: 'green', class: 'park' });
    expect(classifyTags({ natural: 'wood' })).toEqual({ layer: 'green', class: 'forest' });
    expect(classifyTags({ place: 'town' })).toEqual({ layer: 'place', class: 'town' });
    expect(classifyTags({ building: 'yes' })).toBeNull();
  });

  for (const file of ['shanghai-sample.osm.pbf', 'shanghai-sample.osm']) {
    it(`reads ${file} into tiles with its water, river, park and rail`, async () => {
      const { features } = await readOsmBasemap(join(FIXTURES, file));
      const kinds = new Set(features.map((f) => `${f.layer}:${f.properties.class}`));
      expect([...kinds].sort()).toEqual(
        expect.arrayContaining(['green:park', 'railway:rail', 'railway:subway', 'water:water', 'waterway:river']),
      );
      const tiles = buildTiles(features, { minZoom: 8, maxZoom: 10, bounds: [121.3, 31.1, 121.6, 31.3] });
      expect([...tiles.values()].some((bytes) => bytes.length > 0)).toBe(true);
    });
  }
});
