import { describe, expect, it } from 'vitest';
import { parsePoints } from '../../../src/analysis/typed-points';

describe('typed coordinates', () => {
  it('reads lon,lat pairs separated by semicolons or lines, and swaps lat,lon', () => {
    expect(parsePoints('121.47, 31.23; 121.50 31.24\n31.25,121.52')).toEqual({
      points: [
        [121.47, 31.23],
        [121.5, 31.24],
        [121.52, 31.25],
      ],
    });
  });

  it('names the pair it cannot read', () => {
    expect(parsePoints('121.47,31.23; 0,0')).toEqual({ error: '0,0' });
    expect(parsePoints('121.47')).toEqual({ error: '121.47' });
    expect(parsePoints('  ')).toEqual({ points: [] });
  });
});
