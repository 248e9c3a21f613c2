// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { analysisPanel } from '../../../src/ui/analysis-panel';
import { draw } from './draw';

describe('analysis panel', () => {
  it('its tools in order, each under its own heading', () => {
    const root = draw(analysisPanel, defaultState({ lang: 'en' }));
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Import your own data',
      'Measure',
      'Nearest facilities',
      'Coverage',
      'Plan targets checked against the map',
    ]);
    expect(root.querySelectorAll('section.tool')).toHaveLength(5);
  });

  it('redraws when any tool’s state changes', () => {
    const state = defaultState({ lang: 'en' });
    const reads = analysisPanel.reads(state);
    expect(reads).toContain(state.coverage);
    expect(reads).toContain(state.measures);
    expect(reads).toContain(state.targets);
  });
});
