import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../../src/cli/load';
import { planChanges, undatedLines } from '../../../src/content/plan-changes';
import { featurePasses, NO_FILTERS } from '../../../src/style/filters';

const { layers } = loadRepository();
const props = new Map(
  [...layers].map(([id, fs]) => [
    id,
    new Map(fs.map((f) => [f.properties.id, f.properties as Record<string, unknown>])),
  ]),
);

describe('timeline filtering', () => {
  const line = (id: string) => props.get('rail-lines')?.get(id) ?? {};

  it('shows a line from the year its first section opened', () => {
    expect(featurePasses('rail-lines', line('metro-1'), { ...NO_FILTERS, year: 1993 })).toBe(true);
    expect(featurePasses('rail-lines', line('metro-2'), { ...NO_FILTERS, year: 1998 })).toBe(false);
    expect(featurePasses('rail-lines', line('metro-2'), { ...NO_FILTERS, year: 1999 })).toBe(true);
  });

  it('shows the lines the 14th plan names from 2021, and never a line with no opening date', () => {
    expect(featurePasses('rail-lines', line('jiamin-line'), { ...NO_FILTERS, year: 2020 })).toBe(false);
    expect(featurePasses('rail-lines', line('jiamin-line'), { ...NO_FILTERS, year: 2025 })).toBe(true);
    expect(featurePasses('rail-lines', line('metro-3-4'), { ...NO_FILTERS, year: 2025 })).toBe(false);
    expect(featurePasses('rail-lines', line('metro-3-4'), NO_FILTERS)).toBe(true);
  });

  it('lists undated and unverified lines instead of guessing', () => {
    const { unknown, unverified } = undatedLines(props);
    expect(unknown.map((l) => l.id)).toEqual(['metro-3-4']);
    // Every operating line's date is now checked against a page; one made unverified is listed.
    expect(unverified).toEqual([]);
    const rail = new Map(props.get('rail-lines'));
    rail.set('metro-13', { ...line('metro-13'), opened_verified: false });
    const listed = undatedLines(new Map([...props, ['rail-lines', rail]])).unverified.map((l) => l.id);
    expect(listed).toEqual(['metro-13']);
  });
});

describe('plan changes', () => {
  it('12th plan (2015) → 14th plan (2025): Nanqiao renamed Fengxian, Jinshan and Chengqiao dropped', () => {
    const changes = planChanges(props, 2015, 2025);
    expect(changes.renamed.map((c) => [c.from?.name_zh, c.name_zh])).toEqual([['南桥新城', '奉贤新城']]);
    expect(changes.dropped.map((c) => c.name_zh).sort()).toEqual(['城桥新城', '金山新城'].sort());
    // Line 18 opened its first section in 2020; the Jiamin line was only being built in 2025.
    expect(changes.added.map((c) => c.id)).toContain('metro-18');
    expect(changes.added.map((c) => c.id)).not.toContain('jiamin-line');
    expect(changes.pending.find((c) => c.id === 'jiamin-line')?.status).toBe('under-construction');
    expect(changes.added.map((c) => c.id)).not.toContain('new-town-jiading');
  });

  it('nothing changes between a year and itself', () => {
    expect(planChanges(props, 2012, 2012)).toEqual({ added: [], pending: [], renamed: [], dropped: [] });
  });
});
