import type { ColorSpec } from '../registry/types';

export type Rgba = [number, number, number, number];

/** '#rgb', '#rrggbb' or 'rgba(r,g,b,a)' to [r,g,b,a] bytes; anything else is mid grey, never a throw. */
export function parseColor(color: string, alpha = 255): Rgba {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex?.[1]) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    return [
      Number.parseInt(digits.slice(0, 2), 16),
      Number.parseInt(digits.slice(2, 4), 16),
      Number.parseInt(digits.slice(4, 6), 16),
      alpha,
    ];
  }
  const rgba = /^rgba?\(([^)]+)\)$/i.exec(color.trim());
  if (rgba?.[1]) {
    const [r = 128, g = 128, b = 128, a = 1] = rgba[1].split(',').map((part) => Number(part.trim()));
    return [r, g, b, Math.round(a * alpha)];
  }
  return [128, 128, 128, alpha];
}

/** The colour a ColorSpec gives one feature, as the printed legend needs it. */
export function resolveColor(spec: ColorSpec, properties: Record<string, unknown>): string {
  if (typeof spec === 'string') return spec;
  const value = properties[spec.property];
  if (typeof value !== 'string') return spec.fallback;
  if (spec.map) return spec.map[value] ?? spec.fallback;
  return /^#[0-9a-f]{3,6}$/i.test(value) ? value : spec.fallback;
}
