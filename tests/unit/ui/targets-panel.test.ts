// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { targetsPanel } from '../../../src/ui/targets-panel';
import { draw, mount, testId, text } from './draw';

describe('targets panel', () => {
  it('closed and not loaded: only its title', () => {
    const root = draw(targetsPanel, defaultState({ lang: 'en' }));
    expect(text(root)).toBe('Plan targets checked against the map');
  });

  it('opening it asks the targets plugin to load the measures', () => {
    const { store, root } = mount(targetsPanel, { lang: 'en' });
    const details = testId(root, 'targets') as HTMLDetailsElement;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    expect(store.get().targets).toEqual({ state: 'loading' });
    expect(text(root.querySelector('[role="status"]'))).toBe('Running…');
  });

  it('a failed load says so with its reason', () => {
    const root = draw(targetsPanel, defaultState({ lang: 'en', targets: { state: 'failed', message: 'HTTP 404' } }));
    expect(text(root.querySelector('[role="alert"]'))).toBe('Could not load the target measures (HTTP 404)');
  });
});
