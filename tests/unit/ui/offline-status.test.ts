// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { offlineStatusPanel } from '../../../src/ui/offline-status';
import { draw, mount, testId, text } from './draw';

const status = { offline: false, savedForOffline: false, updateReady: false, reload: false };

describe('offline status', () => {
  it('says nothing online with nothing new', () => {
    expect(text(draw(offlineStatusPanel, defaultState({ lang: 'en', appStatus: status })))).toBe('');
  });

  it('offline: says the saved copy is shown, in the interface language', () => {
    const root = draw(offlineStatusPanel, defaultState({ lang: 'zh', appStatus: { ...status, offline: true } }));
    expect(text(testId(root, 'offline-notice'))).toBe('离线：显示本机保存的副本');
  });

  it('a waiting version: Reload asks the service-worker plugin, × hides the line', () => {
    const { store, root } = mount(offlineStatusPanel, { lang: 'en', appStatus: { ...status, updateReady: true } });
    expect(text(testId(root, 'update-notice'))).toContain('A new version is available');
    root.querySelector<HTMLElement>('[data-testid="update-notice"] button:not(.close)')?.click();
    expect(store.get().appStatus.reload).toBe(true);
    root.querySelector<HTMLElement>('[data-testid="update-notice"] button.close')?.click();
    expect(testId(root, 'update-notice')).toBeNull();
  });
});
