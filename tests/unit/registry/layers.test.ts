import { describe, expect, it } from 'vitest';
import { ATTRIBUTIONS } from '../../../src/registry/attributions';
import { LAYER_GROUPS, LAYERS, type LayerId } from '../../../src/registry/layers';

describe('layer registry', () => {
  it('names its ids as a type, so a misspelt id fails type-checking (tsc runs over the tests)', () => {
    const known: LayerId = 'rail-lines';
    // @ts-expect-error: no layer has this id
    const misspelt: LayerId = 'rail-line';
    expect(LAYERS.some((l) => l.id === known)).toBe(true);
    expect(LAYERS.some((l) => l.id === misspelt)).toBe(false);
  });

  it('has unique ids and files named after them', () => {
    const ids = LAYERS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of LAYERS) expect(layer.file).toBe(`${layer.id}.geojson`);
  });

  it('puts every layer in a known group and every group has a layer', () => {
    const groups = new Set(LAYER_GROUPS.map((g) => g.id));
    for (const layer of LAYERS) expect(groups.has(layer.group), layer.id).toBe(true);
    for (const group of groups)
      expect(
        LAYERS.some((l) => l.group === group),
        group,
      ).toBe(true);
  });

  it('credits only licences the app knows, and OSM data credits OSM', () => {
    for (const layer of LAYERS) {
      for (const key of layer.attributions) expect(key in ATTRIBUTIONS, `${layer.id}: ${key}`).toBe(true);
    }
    expect(ATTRIBUTIONS.osm?.en).toBe('© OpenStreetMap contributors, ODbL');
  });

  it('thins only point layers, by a boolean property their features carry', () => {
    const stations = LAYERS.find((l) => l.id === 'rail-stations');
    expect(stations?.style.type === 'point' && stations.style.thin?.keep).toBe('transfer');
  });

  it('shows the plan layers by default', () => {
    for (const id of ['new-towns', 'river-lines', 'waterfront-segments', 'rail-lines', 'parks', 'industrial-parks']) {
      expect(LAYERS.find((l) => l.id === id)?.defaultVisible, id).toBe(true);
    }
  });
});
