import { describe, expect, it } from 'vitest';
import { featurePasses, filterExpression, NO_FILTERS } from '../../../src/style/filters';

const park = (park_kind: string) => ({ id: park_kind, park_kind, accuracy: 'surveyed' });
const industrial = (batch: string, theme_industry = '集成电路') => ({ id: batch, batch, theme_industry });

describe('filters read from the registry records', () => {
  it('narrow parks by kind and leave other layers alone', () => {
    const filters = { ...NO_FILTERS, parkKinds: ['country'] };
    expect(featurePasses('parks', park('country'), filters)).toBe(true);
    expect(featurePasses('parks', park('city'), filters)).toBe(false);
    expect(featurePasses('key-areas', { id: 'x' }, filters)).toBe(true);
    expect(filterExpression('key-areas', filters)).toBeNull();
  });

  it('narrow industrial parks by the leading digit of their batch, "unknown" for the rest', () => {
    expect(
      featurePasses('industrial-parks', industrial('1st batch (2020)'), { ...NO_FILTERS, industryBatches: ['1'] }),
    ).toBe(true);
    expect(featurePasses('industrial-parks', industrial('2nd batch'), { ...NO_FILTERS, industryBatches: ['1'] })).toBe(
      false,
    );
    expect(
      featurePasses('industrial-parks', industrial('unknown'), { ...NO_FILTERS, industryBatches: ['unknown'] }),
    ).toBe(true);
    expect(
      featurePasses('industrial-parks', industrial('x', '生物医药'), { ...NO_FILTERS, industryThemes: ['集成电路'] }),
    ).toBe(false);
  });

  it('follow each layer’s timeline role: stations have no dates, new towns follow the plan in force', () => {
    const in2015 = { ...NO_FILTERS, year: 2015 };
    const in2025 = { ...NO_FILTERS, year: 2025 };
    expect(featurePasses('rail-stations', { id: 's', status: 'operating' }, in2015)).toBe(false);
    expect(featurePasses('new-towns', { id: 't' }, in2015)).toBe(false);
    expect(featurePasses('new-towns', { id: 't' }, in2025)).toBe(true);
    expect(featurePasses('new-towns-12th', { id: 't' }, in2015)).toBe(true);
    expect(featurePasses('new-towns-12th', { id: 't' }, in2025)).toBe(false);
    expect(featurePasses('parks', park('city'), in2015)).toBe(true);
  });

  it('hide approximate features on every layer when asked', () => {
    const exactOnly = { ...NO_FILTERS, showApproximate: false };
    expect(featurePasses('key-areas', { id: 'a', accuracy: 'approximate' }, exactOnly)).toBe(false);
    expect(featurePasses('key-areas', { id: 'b', accuracy: 'surveyed' }, exactOnly)).toBe(true);
  });
});
