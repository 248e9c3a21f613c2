import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../../src/cli/load';
import { FIGURES, figuresByParagraph } from '../../../src/content/figures';

const { layers, index } = loadRepository();
const props = new Map(
  [...layers].map(([id, fs]) => [
    id,
    new Map(fs.map((f) => [f.properties.id, f.properties as Record<string, unknown>])),
  ]),
);
const figures = figuresByParagraph(index, props);
const byId = new Map([...figures.values()].flat().map((f) => [f.spec.id, f]));

describe('plan figures', () => {
  it('finds the passage of every figure', () => {
    expect([...byId.keys()].sort()).toEqual(FIGURES.map((f) => f.id).sort());
  });

  it('puts the 960 km target beside §12.1.1 with the map’s own rail length', () => {
    expect(figures.get('p14/12.1.1/10')?.map((f) => f.spec.id)).toEqual(['rail-2025']);
    const measured = byId.get('rail-2025')?.measured?.value ?? 0;
    expect(measured).toBeGreaterThan(700);
    expect(measured).toBeLessThan(960);
  });

  it('charts the 729 km the 14th plan reports achieved by 2020 with the other rail figures', () => {
    const rail = [...figures.values()].flat().filter((f) => f.spec.quantity === 'rail-km');
    expect(rail.map((f) => [f.spec.year, f.spec.value, f.spec.kind])).toContainEqual([2020, 729, 'achieved']);
  });

  it('measures both banks of the Huangpu core corridor close to the 45 km the plan reports', () => {
    const measured = byId.get('huangpu-waterfront')?.measured?.value ?? 0;
    expect(Math.abs(measured - 45)).toBeLessThan(5);
  });

  it('says why a figure cannot be measured instead of inventing a value', () => {
    const population = byId.get('new-town-population');
    expect(population?.measured).toBeNull();
    expect(population?.spec.notMeasurable?.en).toContain('census');
  });
});
