import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStreetSamples, STREETS_OUT } from '../../../scripts/build-datum-reference/index';
import { decodeStreetSamples, densify, encodeStreetSamples } from '../../../src/data/datum-reference';

describe('datum reference data', () => {
  it('public/reference/streets-central.bin is what `npm run build:datum-reference` makes', () => {
    const committed = readFileSync(STREETS_OUT);
    expect(Buffer.from(buildStreetSamples(process.cwd())).equals(committed)).toBe(true);
    // Small enough to fetch on a first import: about 28 000 samples, ≤ 120 KB.
    expect(committed.length).toBeLessThanOrEqual(120 * 1024);
  });

  it('encodes street samples to within a metre and decodes them back', () => {
    const points = [
      [121.4737, 31.2304],
      [121.40001, 31.17001],
    ];
    const bytes = encodeStreetSamples(points);
    const decoded = decodeStreetSamples(bytes.slice().buffer);
    expect(decoded.kind).toBe('streets');
    expect(decoded.points).toEqual(points);
  });

  it('samples a line at most the step apart, keeping its vertices', () => {
    // About 1 km east–west at 31.2° N: 40 m steps give 24 points between the two ends.
    const line = densify(
      [
        [121.4, 31.2],
        [121.4105, 31.2],
      ],
      40,
    );
    expect(line[0]).toEqual([121.4, 31.2]);
    expect(line.at(-1)).toEqual([121.4105, 31.2]);
    expect(line.length).toBe(26);
  });
});
