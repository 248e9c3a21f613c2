import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../../src/i18n/strings';
import { LAYERS } from '../../../src/registry/layers';

const propertiesOf = (file: string): Record<string, unknown>[] =>
  JSON.parse(readFileSync(new URL(`../../../geo/${file}`, import.meta.url), 'utf8')).features.map(
    (f: { properties: Record<string, unknown> }) => f.properties,
  );

describe('filters declared on the layer records', () => {
  const declaring = LAYERS.filter((l) => (l.filters ?? []).length > 0);

  it('are declared for the layers planners narrow down, each role once', () => {
    expect(declaring.map((l) => l.id).sort()).toEqual(['industrial-parks', 'parks', 'rail-lines']);
    for (const layer of declaring) {
      const roles = (layer.filters ?? []).map((f) => f.role);
      expect(new Set(roles).size, layer.id).toBe(roles.length);
    }
  });

  it('test a property every feature of the layer in geo/ carries, and label themselves in both languages', () => {
    for (const layer of declaring) {
      const features = propertiesOf(layer.file);
      expect(features.length, layer.id).toBeGreaterThan(0);
      for (const filter of layer.filters ?? []) {
        const where = `${layer.id} ${filter.role}`;
        expect(filter.legend in STRINGS, where).toBe(true);
        const property = layer.filterBy?.[filter.role];
        expect(property, where).toBeTypeOf('string');
        for (const p of features) expect(property && property in p, `${where}: ${p.id}`).toBe(true);
        expect(
          features.some((p) => property && p[property] !== '' && p[property] != null),
          where,
        ).toBe(true);
        const choices = filter.choices;
        if (choices.from === 'features' && choices.color)
          for (const p of features) expect(choices.color in p, `${where}: ${p.id}`).toBe(true);
        if (choices.from === 'list') {
          for (const v of choices.values) expect(`${choices.labelPrefix}${v}` in STRINGS, where).toBe(true);
          for (const p of features) expect(choices.values, `${where}: ${p.id}`).toContain(p[property ?? '']);
        }
      }
    }
  });
});
