import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatValue, VALUE_LABELS } from '../../../src/i18n/fields';
import { STRINGS, t } from '../../../src/i18n/strings';
import { LAYERS } from '../../../src/registry/layers';
import { RAIL_STATUSES } from '../../../src/registry/types';

const GEO = join(import.meta.dirname, '..', '..', '..', 'geo');
/** Filters over values the data names by id (rail lines), whose labels are the features' own names. */
const NAMED_BY_FEATURE = new Set(['railLines']);
const HAN = /\p{Script=Han}/u;

describe('values a filter or the feature panel shows', () => {
  for (const layer of LAYERS) {
    for (const [role, property] of Object.entries(layer.filterBy ?? {})) {
      if (NAMED_BY_FEATURE.has(role) || !property) continue;
      it(`${layer.id}.${property} reads in both languages`, () => {
        const { features } = JSON.parse(readFileSync(join(GEO, layer.file), 'utf8')) as {
          features: { properties: Record<string, unknown> }[];
        };
        const values = new Set(features.map((f) => f.properties[property]).filter((v) => v !== null && v !== ''));
        expect(values.size).toBeGreaterThan(0);
        for (const value of values) {
          expect(Object.hasOwn(VALUE_LABELS, String(value)), `no label for ${String(value)}`).toBe(true);
          expect(formatValue(value, 'en')).not.toMatch(HAN);
          expect(formatValue(value, 'zh')).toMatch(HAN);
        }
      });
    }
  }
});

describe('value labels written once', () => {
  it('the interface strings that name a rail status are the value labels themselves', () => {
    for (const status of RAIL_STATUSES) {
      expect(STRINGS[`status.${status}`], status).toBe(VALUE_LABELS[status]);
      expect(formatValue(status, 'en')).toBe(t(`status.${status}`, 'en'));
    }
  });

  it('no interface string repeats a value label under another key', () => {
    const valueLabels = new Set<object>(Object.values(VALUE_LABELS));
    const spelled = new Map(Object.values(VALUE_LABELS).map((label) => [`${label.zh}|${label.en}`, label]));
    const copies = Object.entries(STRINGS).filter(
      ([, label]) => !valueLabels.has(label) && spelled.has(`${label.zh}|${label.en}`),
    );
    expect(copies.map(([key]) => key)).toEqual([]);
  });
});
