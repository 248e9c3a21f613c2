import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { DashSpec } from '../registry/types';

/** Data-driven dashes (MapLibre >= 5.8); a [1, 0] pattern draws solid. */
export function dashExpression(spec: DashSpec): ExpressionSpecification {
  const pairs = Object.entries(spec.map).flatMap(([value, dash]) => [value, ['literal', [...dash]]]);
  return ['match', ['get', spec.property], ...pairs, ['literal', [1, 0]]] as unknown as ExpressionSpecification;
}

/** The dash one feature is drawn with, in line widths, or undefined when it is drawn solid. */
export function featureDash(
  spec: DashSpec | undefined,
  properties: Record<string, unknown>,
): readonly [number, number] | undefined {
  if (!spec) return undefined;
  const value = properties[spec.property];
  return typeof value === 'string' && Object.hasOwn(spec.map, value) ? spec.map[value] : undefined;
}
