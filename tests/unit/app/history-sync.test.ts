// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syncHistory } from '../../../src/app/history-sync';
import { defaultState } from '../../../src/state/initial';
import { createStore } from '../../../src/state/store';

const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('the URL follows what a link carries', () => {
  beforeEach(() => history.replaceState(null, '', '/'));
  afterEach(() => vi.restoreAllMocks());

  function setUp() {
    const store = createStore(defaultState({ lang: 'en' }));
    const push = vi.spyOn(history, 'pushState');
    const replace = vi.spyOn(history, 'replaceState');
    syncHistory(store);
    return { store, push, replace };
  }

  it('writes one history entry for one action, however many updates it made', async () => {
    const { store, push } = setUp();
    store.update({ tab: 'plans' });
    store.update({ district: 'songjiang' });
    await settle();
    expect(push).toHaveBeenCalledTimes(1);
    expect(location.hash).toBe('#lang=en&district=songjiang&tab=plans');
  });

  it('replaces the entry when only the camera moved', async () => {
    const { store, push, replace } = setUp();
    store.update({ tab: 'time' });
    await settle();
    store.update({ view: [121.47, 31.2, 10] });
    await settle();
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(location.hash).toContain('view=121.47000,31.20000,10.00');
  });

  it('writes the landing link back as the app reads it, then nothing for what a link does not carry', async () => {
    history.replaceState(null, '', '/#lang=en&colour=red');
    const { store, push, replace } = setUp();
    await settle();
    expect(location.hash).toBe('#lang=en');
    expect(push).toHaveBeenCalledTimes(1);
    store.update({ bounds: [121, 31, 122, 32], sheet: 'full' });
    await settle();
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).not.toHaveBeenCalled();
  });
});
