/** Shanghai's extent with a margin: typed points outside it are a mistake, not a place. */
const LON = [119.5, 123.5] as const;
const LAT = [29.5, 32.5] as const;

const inLon = (x: number) => x >= LON[0] && x <= LON[1];
const inLat = (y: number) => y >= LAT[0] && y <= LAT[1];

/**
 * Points typed as "lon, lat" pairs separated by ";" or new lines (WGS84 decimal degrees). A pair
 * given as "lat, lon" (as Chinese map sites copy them) is recognised by its ranges and swapped. An
 * error names the pair that could not be read, as typed.
 */
export function parsePoints(text: string): { points: [number, number][] } | { error: string } {
  const pairs = text
    .split(/[;\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  // Nothing typed is no points, which callers word as "not enough points" in the user's language.
  if (pairs.length === 0) return { points: [] };
  const points: [number, number][] = [];
  for (const pair of pairs) {
    const numbers = pair.split(/[\s,，]+/).filter((n) => n !== '');
    const [a = Number.NaN, b = Number.NaN] = numbers.map(Number);
    if (numbers.length !== 2 || !Number.isFinite(a) || !Number.isFinite(b)) return { error: pair };
    if (inLon(a) && inLat(b)) points.push([a, b]);
    else if (inLat(a) && inLon(b)) points.push([b, a]);
    else return { error: pair };
  }
  return { points };
}
