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

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGBA = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(,\s*(0|1|0?\.\d+)\s*)?\)$/i;

/** Whether a string is a colour this app writes: '#rgb', '#rrggbb' or rgb(a) with bytes 0–255. */
export function isColor(value: string): boolean {
  if (HEX.test(value)) return true;
  const m = RGBA.exec(value);
  return m !== null && [m[1], m[2], m[3]].every((byte) => Number(byte) <= 255);
}

/** WCAG 2.1 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = parseColor(color)
      .slice(0, 3)
      .map((byte) => {
        const s = byte / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour a ColorSpec gives one feature, as the printed legend needs it. */
export function resolveColor(spec: ColorSpec, properties: Record<string, unknown>): string {
  if (typeof spec === 'string') return spec;
  const value = properties[spec.property];
  if (typeof value !== 'string') return spec.fallback;
  if (spec.map) return spec.map[value] ?? spec.fallback;
  return /^#[0-9a-f]{3,6}$/i.test(value) ? value : spec.fallback;
}
