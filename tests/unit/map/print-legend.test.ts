import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type Bounds, legendRows, meetsFrame, sheetCredits } from '../../../src/map/print-legend';
import { findLayer } from '../../../src/registry/layers';
import { NO_FILTERS } from '../../../src/style/filters';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;
const point = (id: string, lon: number, lat: number, props: Record<string, unknown> = {}): AnyFeature => ({
  type: 'Feature',
  properties: { id, name_zh: id, name_en: id, ...props },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});
const line = (
  id: string,
  from: [number, number],
  to: [number, number],
  props: Record<string, unknown>,
): AnyFeature => ({
  type: 'Feature',
  properties: { id, name_zh: `${id}线`, name_en: `Line ${id}`, ...props },
  geometry: { type: 'LineString', coordinates: [from, to] },
});

/** Songjiang's corner of the city; Pudong lies east of it. */
const SONGJIANG: Bounds = [121.1, 30.9, 121.35, 31.1];

describe('printed legend', () => {
  it('tells a feature in the frame from one outside by its bounding box', () => {
    expect(meetsFrame(point('in', 121.2, 31), SONGJIANG)).toBe(true);
    expect(meetsFrame(point('out', 121.6, 31.2), SONGJIANG)).toBe(false);
    // A line crossing the frame with both ends outside is in it.
    expect(meetsFrame(line('x', [121, 31], [121.5, 31], {}), SONGJIANG)).toBe(true);
  });

  it('lists only the visible layers with a feature in the frame', () => {
    const data = new Map([
      ['parks', [point('park-in', 121.2, 31)]],
      ['industrial-parks', [point('ip-out', 121.6, 31.2)]],
    ]);
    const visible = new Set(['parks', 'industrial-parks', 'base-districts']);
    const parks = findLayer('parks')?.title.en;
    const industrial = findLayer('industrial-parks')?.title.en;
    // Without a frame (the PNG of the screen) every visible plan layer; base layers never.
    const all = legendRows(data, visible, NO_FILTERS, 'en').map((r) => r.label);
    expect(new Set(all)).toEqual(new Set([parks, industrial]));
    const framed = legendRows(data, visible, NO_FILTERS, 'en', SONGJIANG).map((r) => r.label);
    expect(framed).toEqual([parks]);
  });

  it('lists only the rail lines and statuses in the frame, and none the filter hides', () => {
    const data = new Map([
      [
        'rail-lines',
        [
          line('9', [121.2, 31], [121.5, 31.2], { status: 'operating', color: '#71c5e8' }),
          line('12', [121.6, 31.2], [121.7, 31.3], { status: 'operating', color: '#007b5f' }),
          line('west', [121.15, 30.95], [121.2, 31.05], { status: 'planned', color: '#999999' }),
        ],
      ],
    ]);
    const rows = legendRows(data, new Set(['rail-lines']), NO_FILTERS, 'en', SONGJIANG).map((r) => r.label.trim());
    expect(rows).toContain('Line 9');
    expect(rows).toContain('Line west');
    expect(rows).not.toContain('Line 12');
    expect(rows).toContain('Planned');
    const operating = legendRows(
      data,
      new Set(['rail-lines']),
      { ...NO_FILTERS, railStatus: ['operating'] },
      'en',
      SONGJIANG,
    );
    expect(operating.map((r) => r.label.trim())).not.toContain('Line west');
  });

  it('credits OpenStreetMap and its licence always', () => {
    expect(sheetCredits(new Set(), 'plain', 'en').join(' ')).toContain('© OpenStreetMap contributors, ODbL');
    expect(sheetCredits(new Set(), 'offline', 'zh').join(' ')).toContain('OpenStreetMap');
  });
});
