import { expression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../src/registry/layers';
import { THEME } from '../../../src/registry/theme';
import { buildMapStyle, METRES_PER_PIXEL_Z0, metresRadius, wideDiscHidden } from '../../../src/style/maplibre-style';

describe('the accuracy circle of an approximate point', () => {
  const radius = expression.createExpression(metresRadius('accuracy_m'), {
    type: 'number',
    'property-type': 'data-constant',
    expression: { interpolated: true, parameters: ['zoom', 'feature'] },
  } as never);
  if (radius.result !== 'success') throw new Error('radius expression does not compile');
  const pixels = (zoom: number, accuracy_m: number) =>
    radius.value.evaluate({ zoom }, { type: 'Point', properties: { accuracy_m }, geometry: [] } as never) as number;

  it('covers the same number of metres at every zoom', () => {
    // At zoom 12 a pixel is 66 954 / 4096 ≈ 16.3 m on Shanghai's latitude: 1 000 m ≈ 61 px.
    expect(pixels(12, 1000)).toBeCloseTo((1000 / METRES_PER_PIXEL_Z0) * 4096, 6);
    expect(pixels(12, 1000)).toBeCloseTo(61.2, 0);
    expect(pixels(13, 1000) / pixels(12, 1000)).toBeCloseTo(2, 6);
    expect(pixels(12.5, 2000) / pixels(12.5, 1000)).toBeCloseTo(2, 6);
  });

  it('is drawn under every inventory layer, only for points that carry a radius', () => {
    const style = buildMapStyle({ layers: LAYERS, visible: new Set(), lang: 'en', theme: THEME });
    const circles = style.layers.filter((l) => l.id.endsWith(':uncertainty'));
    expect(circles.map((l) => l.id.split(':')[0]).sort()).toEqual(
      ['facilities', 'gateways', 'industrial-parks', 'intercity-rail', 'key-areas', 'water-bodies'].sort(),
    );
    expect(JSON.stringify((circles[0] as { filter?: unknown } | undefined)?.filter)).toContain('accuracy_m');
  });

  it('is not painted when wider than the layer allows, unless its feature is hovered or selected', () => {
    const opacity = expression.createExpression(wideDiscHidden(3000, 0.02, 0.06), {
      type: 'number',
      'property-type': 'data-driven',
      expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] },
    } as never);
    if (opacity.result !== 'success') throw new Error('opacity expression does not compile');
    const at = (accuracy_m: number, state: Record<string, boolean> = {}) =>
      opacity.value.evaluate(
        { zoom: 12 },
        { type: 'Point', properties: { accuracy_m }, geometry: [] } as never,
        state,
      ) as number;
    expect(at(15000)).toBe(0);
    expect(at(15000, { hover: true })).toBeCloseTo(0.18, 6);
    expect(at(15000, { selected: true })).toBeCloseTo(0.18, 6);
    expect(at(2500)).toBeCloseTo(0.06, 6);
  });
});
