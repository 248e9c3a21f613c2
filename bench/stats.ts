/** Small statistics for the printed figures. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(p * (sorted.length - 1))] ?? Number.NaN;
}

export const median = (values: readonly number[]) => percentile(values, 0.5);

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
