import { describe, expect, it } from 'vitest';
import { describeView, diffViews, type MapOperation, type ViewInput } from '../../../src/map/view-description';
import { findLayer, LAYERS } from '../../../src/registry/layers';
import { NO_FILTERS } from '../../../src/style/filters';
import { styleLayerIds } from '../../../src/style/maplibre-style';

const TILES = 'https://example.test/tiles/{z}/{x}/{y}.pbf';
const input = (change: Partial<ViewInput> = {}): ViewInput => ({
  visible: new Set(LAYERS.filter((l) => l.defaultVisible).map((l) => l.id)),
  lang: 'zh',
  filters: NO_FILTERS,
  opacity: {},
  basemap: 'offline',
  basemapKey: '',
  ...change,
});
const diff = (change: Partial<ViewInput>) =>
  diffViews(describeView(input(), TILES), describeView(input(change), TILES));
const layersOf = (ops: MapOperation[]) => [...new Set(ops.map((op) => ('layer' in op ? op.layer : op.op)))].sort();

describe('the map view as data', () => {
  it('describes visibility, filters and label text of every style layer', () => {
    const view = describeView(input({ lang: 'en' }), TILES);
    expect(view.layers['new-towns:fill']?.layout.visibility).toBe('visible');
    expect(view.layers['osm:place-label']?.layout.visibility).toBe('visible');
    expect(view.layers['new-towns:label']?.layout['text-field']).toEqual([
      'coalesce',
      ['get', 'name_en'],
      ['get', 'name_zh'],
    ]);
    expect(view.raster).toBeNull();
  });

  it('asks for nothing when nothing the view draws from changed', () => {
    expect(diffViews(describeView(input(), TILES), describeView(input(), TILES))).toEqual([]);
  });

  it('turns one layer off: its style layers, and only those, are hidden', () => {
    const parks = findLayer('parks');
    expect(parks).toBeDefined();
    const visible = new Set([...input().visible].filter((id) => id !== 'parks'));
    const ops = diff({ visible });
    expect(layersOf(ops)).toEqual(styleLayerIds(parks as NonNullable<typeof parks>).sort());
    expect(ops.every((op) => op.op === 'setLayoutProperty' && op.name === 'visibility' && op.value === 'none')).toBe(
      true,
    );
  });

  it('changes one layer’s opacity with paint properties of that layer only', () => {
    const ops = diff({ opacity: { parks: 0.4 } });
    expect(ops.length).toBeGreaterThan(0);
    expect(ops.every((op) => op.op === 'setPaintProperty' && op.layer.startsWith('parks:'))).toBe(true);
    expect(ops).toContainEqual({ op: 'setPaintProperty', layer: 'parks:outline', name: 'line-opacity', value: 0.4 });
  });

  it('filters by rail status with filters on the rail layers only', () => {
    const ops = diff({ filters: { ...NO_FILTERS, railStatus: ['planned'] } });
    expect(ops.length).toBeGreaterThan(0);
    expect(ops.every((op) => op.op === 'setFilter')).toBe(true);
    expect(layersOf(ops).every((id) => id.startsWith('rail-'))).toBe(true);
  });

  it('switches the language with label text only', () => {
    const ops = diff({ lang: 'en' });
    expect(ops.length).toBeGreaterThan(3);
    expect(ops.every((op) => op.op === 'setLayoutProperty' && op.name === 'text-field')).toBe(true);
  });

  it('puts an online base in and takes it out, hiding the offline one meanwhile', () => {
    const ops = diff({ basemap: 'osm' });
    expect(ops.filter((op) => op.op === 'addRaster')).toHaveLength(1);
    expect(ops.some((op) => op.op === 'removeRaster')).toBe(false);
    expect(ops).toContainEqual({ op: 'setLayoutProperty', layer: 'osm:landuse', name: 'visibility', value: 'none' });
    const back = diffViews(describeView(input({ basemap: 'osm' }), TILES), describeView(input(), TILES));
    expect(back.map((op) => op.op)).toContain('removeRaster');
    expect(back.map((op) => op.op)).not.toContain('addRaster');
    // Tianditu without a key draws nothing online: no raster, the plain ground.
    expect(diff({ basemap: 'tianditu', basemapKey: 'nope' }).some((op) => op.op === 'addRaster')).toBe(false);
  });
});
