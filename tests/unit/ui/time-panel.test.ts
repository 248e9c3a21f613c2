// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { planInForce, timePanel } from '../../../src/ui/time-panel';
import { draw, mount, testId, text } from './draw';

describe('time panel', () => {
  it('the timeline off by default, its title and the split view', () => {
    const root = draw(timePanel, defaultState({ lang: 'en' }));
    expect(text(root.querySelector('h3'))).toBe('Timeline');
    expect((testId(root, 'timeline-on') as HTMLInputElement).checked).toBe(false);
  });

  it('the plan in force by year', () => {
    expect(planInForce(2010, 'en')).not.toBe(planInForce(2012, 'en'));
    expect(planInForce(2023, 'en')).toBe('14th Five-Year Plan (2021–2025)');
  });

  it('ticking the timeline sets a year in the store', () => {
    const { store, root } = mount(timePanel, { lang: 'en' });
    const box = testId(root, 'timeline-on') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    expect(store.get().filters.year).not.toBeNull();
  });
});
