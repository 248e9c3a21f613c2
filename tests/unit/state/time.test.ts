import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import type { AppState } from '../../../src/state/store';
import { mainFilters, setCompareYear, setSplit, setTimeline, setTimelineYear } from '../../../src/state/time';
import { readHash } from '../../../src/state/url';
import { fromUrlState, toUrlState } from '../../../src/state/url-sync';

/** Applies transitions one after another, as the store does with each update. */
function apply(state: AppState, ...steps: ((s: AppState) => Partial<AppState>)[]): AppState {
  let current = state;
  for (const step of steps) current = { ...current, ...step(current) };
  return current;
}

const start = defaultState({ visible: new Set(['base-land', 'new-towns']) });

describe('time tab transitions', () => {
  it('choosing a right-hand year does not switch the split view on', () => {
    const after = apply(start, (s) => setCompareYear(s, 'to', 2035));
    expect(after.compare).toEqual({ on: false, from: 2015, to: 2035 });
  });

  it('ticking the split view keeps the years chosen before', () => {
    const after = apply(
      start,
      (s) => setCompareYear(s, 'from', 2010),
      (s) => setCompareYear(s, 'to', 2035),
      (s) => setSplit(s, true),
    );
    expect(after.compare).toEqual({ on: true, from: 2010, to: 2035 });
    expect(mainFilters(after).year).toBe(2010);
  });

  it('moving the timeline changes only the timeline year', () => {
    const after = apply(
      start,
      (s) => setSplit(s, true),
      (s) => setTimeline(s, true),
      (s) => setTimelineYear(s, 2020),
    );
    expect(after.filters.year).toBe(2020);
    expect(after.compare).toEqual({ on: true, from: 2015, to: 2025 });
  });

  it('turning the timeline off hides only the layers it switched on', () => {
    const on = apply(start, (s) => setTimeline(s, true));
    expect([...on.visible].sort()).toEqual(['base-land', 'new-towns', 'new-towns-12th']);
    const off = apply(on, (s) => setTimeline(s, false));
    expect([...off.visible].sort()).toEqual(['base-land', 'new-towns']);
    expect(off.filters.year).toBeNull();
  });

  it('keeps the layers while the split view still needs them', () => {
    const both = apply(
      start,
      (s) => setTimeline(s, true),
      (s) => setSplit(s, true),
    );
    const timelineOff = apply(both, (s) => setTimeline(s, false));
    expect(timelineOff.visible.has('new-towns-12th')).toBe(true);
    const allOff = apply(timelineOff, (s) => setSplit(s, false));
    expect(allOff.visible.has('new-towns-12th')).toBe(false);
    expect(allOff.visible.has('new-towns')).toBe(true);
  });

  it('the main map draws the timeline year, or the left year while split', () => {
    const timeline = apply(
      start,
      (s) => setTimeline(s, true),
      (s) => setTimelineYear(s, 2012),
    );
    expect(mainFilters(timeline)).toBe(timeline.filters);
    const split = apply(timeline, (s) => setSplit(s, true));
    expect(mainFilters(split).year).toBe(2015);
    expect(mainFilters(split)).toBe(mainFilters(split)); // one object, so compiled filters are reused
  });
});

describe('time in the URL', () => {
  it('an older link with year and compare opens the split view with year on the left', () => {
    const state = fromUrlState(readHash('#year=2010&compare=2025').state);
    expect(state.compare).toEqual({ on: true, from: 2010, to: 2025 });
  });

  it('writes both split years, and none while the split view is off', () => {
    const split = apply(
      start,
      (s) => setCompareYear(s, 'from', 2012),
      (s) => setSplit(s, true),
    );
    expect(toUrlState(split)).toMatchObject({ compare: 2025, compareFrom: 2012, year: null });
    const off = apply(split, (s) => setSplit(s, false));
    expect(toUrlState(off)).toMatchObject({ compare: null, compareFrom: null });
  });
});
