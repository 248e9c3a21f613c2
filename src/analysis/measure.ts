import * as turf from '@turf/turf';
import type { Position } from 'geojson';

/** A line or area the user drew, kept across visits. */
export interface Measure {
  id: string;
  kind: 'line' | 'area';
  points: [number, number][];
}

/** Geodesic length of a polyline, metres (turf). */
export function lineLengthM(points: readonly Position[]): number {
  return points.length < 2 ? 0 : turf.length(turf.lineString([...points]), { units: 'meters' });
}

/** Geodesic area of a ring (closed for you), m² (turf). */
export function ringAreaM2(points: readonly Position[]): number {
  if (points.length < 3) return 0;
  const first = points[0] as Position;
  return turf.area(turf.polygon([[...points, first]]));
}

export function formatLength(m: number, lang: 'zh' | 'en'): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  return m < 1000
    ? `${m.toLocaleString(locale, { maximumFractionDigits: 0 })} m`
    : `${(m / 1000).toLocaleString(locale, { maximumFractionDigits: 2 })} km`;
}

/** m² below a hectare, then 公顷/ha and km² together, as planners quote both. */
export function formatArea(m2: number, lang: 'zh' | 'en'): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  if (m2 < 10_000) return `${m2.toLocaleString(locale, { maximumFractionDigits: 0 })} m²`;
  const ha = (m2 / 10_000).toLocaleString(locale, { maximumFractionDigits: 1 });
  const km2 = (m2 / 1e6).toLocaleString(locale, { maximumFractionDigits: 3 });
  return `${km2} km² · ${ha} ${lang === 'zh' ? '公顷' : 'ha'}`;
}
