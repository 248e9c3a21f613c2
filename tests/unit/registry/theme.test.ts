import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS, layerRecords } from '../../../src/registry/layers';
import { THEME, type Theme } from '../../../src/registry/theme';
import type { ColorSpec } from '../../../src/registry/types';
import { analysisLayers } from '../../../src/style/analysis-style';
import { buildBasemapStyle } from '../../../src/style/basemap-style';
import { contrastRatio, isColor } from '../../../src/style/colors';
import { buildMapStyle } from '../../../src/style/maplibre-style';

/** Every string value of an object, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const COLOR_LIKE = /^(#[0-9a-f]{3,8}|rgba?\(.*\)|hsla?\(.*\))$/i;
const themeColors = (theme: Theme) => new Set(strings(theme).filter((s) => COLOR_LIKE.test(s)));

function wholeStyle(theme: Theme) {
  const basemap = buildBasemapStyle({ tileUrl: 'https://tiles/{z}/{x}/{y}.pbf', lang: 'en', visible: true, theme });
  const visible = new Set(LAYERS.map((l) => l.id));
  const style = buildMapStyle({ layers: LAYERS, visible, lang: 'en', theme, basemap });
  return [...style.layers, ...analysisLayers(theme)];
}

/** Every colour a layer's paint names outright (data-driven colours come from features, not here). */
const paintColors = (layers: ReturnType<typeof wholeStyle>) =>
  layers.flatMap((layer) => strings('paint' in layer ? layer.paint : {}).filter((s) => COLOR_LIKE.test(s)));

/** A theme with every colour changed: the style must follow it wherever it does not read the registry. */
function otherTheme(): Theme {
  const swap = (value: unknown): unknown => {
    if (typeof value === 'string') return COLOR_LIKE.test(value) ? '#010203' : value;
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]));
    return value;
  };
  return swap(THEME) as Theme;
}

describe('the one theme', () => {
  it('holds only valid colours', () => {
    for (const color of themeColors(THEME)) expect(isColor(color), color).toBe(true);
    expect(isColor('#12345')).toBe(false);
    expect(isColor('rgb(300, 0, 0)')).toBe(false);
  });

  it('is the only source of colour in the style: plan layers, basemap and analysis overlay', () => {
    const allowed = themeColors(THEME);
    const used = paintColors(wholeStyle(THEME));
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((color) => !allowed.has(color))).toEqual([]);
  });

  it('is passed, not imported: a changed theme changes every colour the basemap and overlay draw', () => {
    const other = otherTheme();
    const basemap = buildBasemapStyle({ tileUrl: 'x/{z}/{x}/{y}', lang: 'zh', visible: true, theme: other });
    const drawn = paintColors([...basemap.ground, ...basemap.labels, ...analysisLayers(other)]);
    expect(new Set(drawn)).toEqual(new Set(['#010203']));
    const plan = buildMapStyle({ layers: LAYERS, visible: new Set(), lang: 'zh', theme: other });
    expect(plan.layers.find((l) => l.id === 'background')?.paint).toEqual({ 'background-color': '#010203' });
  });

  it('colours the registry too: layer styles and legends drawn in another theme name only its colours', () => {
    const other = otherTheme();
    const registryColors = (theme: Theme) =>
      layerRecords(theme).flatMap((layer) => strings([layer.style, layer.legend]).filter((s) => COLOR_LIKE.test(s)));
    expect(registryColors(THEME).length).toBeGreaterThan(30);
    expect(new Set(registryColors(other))).toEqual(new Set(['#010203']));
    const visible = new Set(LAYERS.map((l) => l.id));
    const drawn = paintColors(buildMapStyle({ layers: layerRecords(other), visible, lang: 'en', theme: other }).layers);
    expect(new Set(drawn)).toEqual(new Set(['#010203']));
  });

  it('leaves no colour literal in src/style', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'src', 'style');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code.match(/'(#[0-9a-f]{3,8}|rgba?\([^']*\))'/gi), file).toBeNull();
    }
  });
});

describe('contrast (WCAG 2.1)', () => {
  /** The colour a layer draws its lines, outlines or dot rings in, where the theme sets it. */
  const strokeOf = (layer: (typeof LAYERS)[number]): ColorSpec | null => {
    const style = layer.style;
    if (style.type === 'line' || style.type === 'places') return style.color;
    if (style.type === 'fill') return style.outlineWidth > 0 ? style.outlineColor : null;
    if (style.type === 'point') return style.outlineColor;
    return null;
  };
  const themeStrokes = (spec: ColorSpec): string[] =>
    typeof spec === 'string' ? [spec] : [...Object.values(spec.map ?? {}), spec.fallback];

  it('plan lines, outlines and dot rings stand 3:1 against the land (1.4.11 non-text contrast)', () => {
    // Base layers (land, sea, districts, roads) are the ground, not the meaning.
    const planLayers = LAYERS.filter((layer) => !layer.id.startsWith('base-'));
    const weak = planLayers.flatMap((layer) => {
      const spec = strokeOf(layer);
      return spec
        ? themeStrokes(spec)
            .filter((color) => contrastRatio(color, THEME.land) < 3)
            .map((color) => `${layer.id} ${color} ${contrastRatio(color, THEME.land).toFixed(2)}`)
        : [];
    });
    expect(planLayers.length).toBeGreaterThan(8);
    expect(weak).toEqual([]);
  });

  it('selection stands 3:1 against the land; labels 4.5:1 against their halo (1.4.3 text contrast)', () => {
    expect(contrastRatio(THEME.selected, THEME.land)).toBeGreaterThanOrEqual(3);
    for (const text of [
      THEME.label,
      THEME.basemap.label,
      THEME.basemap.waterLabel,
      THEME.basemap.parkLabel,
      THEME.basemap.coverage,
    ]) {
      expect(contrastRatio(text, THEME.labelHalo), text).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('computes the ratio WCAG defines', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });
});
