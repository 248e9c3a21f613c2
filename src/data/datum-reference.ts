import type { Geometry, Position } from 'geojson';
import { distance } from 'geokdbush';
import type { ReferenceKind, ReferenceSet } from './datum-hint';

/**
 * The central streets as a compact grid of samples: unsigned 16-bit (x, y) pairs, little-endian,
 * in units of 1e-5° from the south-west corner (≈ 1 m), one sample every STEP_M along each street.
 */
export const STREET_SAMPLES = { west: 121.4, south: 31.17, unit: 1e-5, stepM: 40 } as const;

/** Positions along a line at most `stepM` apart (its vertices and points between them). */
export function densify(line: readonly Position[], stepM: number): Position[] {
  const out: Position[] = [];
  line.forEach((to, i) => {
    const from = line[i - 1];
    if (from) {
      const [x0 = 0, y0 = 0] = from;
      const [x1 = 0, y1 = 0] = to;
      const steps = Math.floor((distance(x0, y0, x1, y1) * 1000) / stepM);
      for (let k = 1; k <= steps; k++)
        out.push([x0 + ((x1 - x0) * k) / (steps + 1), y0 + ((y1 - y0) * k) / (steps + 1)]);
    }
    out.push([to[0] ?? 0, to[1] ?? 0]);
  });
  return out;
}

function linesOf(geometry: Geometry | null): Position[][] {
  switch (geometry?.type) {
    case 'Point':
      return [[geometry.coordinates]];
    case 'MultiPoint':
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    default:
      return [];
  }
}

/** A reference of one kind from surveyed features: points as they are, lines and outlines sampled. */
export function referenceFrom(
  kind: ReferenceKind,
  features: readonly { geometry: Geometry | null }[],
  stepM = 40,
): ReferenceSet {
  return { kind, points: features.flatMap((f) => linesOf(f.geometry).flatMap((line) => densify(line, stepM))) };
}

export function encodeStreetSamples(points: readonly Position[]): Uint8Array {
  const { west, south, unit } = STREET_SAMPLES;
  const bytes = new Uint8Array(points.length * 4);
  const view = new DataView(bytes.buffer);
  points.forEach(([x = 0, y = 0], i) => {
    view.setUint16(i * 4, Math.round((x - west) / unit), true);
    view.setUint16(i * 4 + 2, Math.round((y - south) / unit), true);
  });
  return bytes;
}

export function decodeStreetSamples(buffer: ArrayBuffer): ReferenceSet {
  const { west, south, unit } = STREET_SAMPLES;
  const view = new DataView(buffer);
  const points: Position[] = [];
  for (let offset = 0; offset + 4 <= buffer.byteLength; offset += 4)
    points.push([
      Math.round((west + view.getUint16(offset, true) * unit) * 1e5) / 1e5,
      Math.round((south + view.getUint16(offset + 2, true) * unit) * 1e5) / 1e5,
    ]);
  return { kind: 'streets', points };
}
