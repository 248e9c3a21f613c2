// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { noticesPanel } from '../../../src/ui/notices';
import { draw, mount, text } from './draw';

describe('notices', () => {
  it('shows each notice as text, bidi controls stripped, each with a close button', () => {
    const root = draw(noticesPanel, defaultState({ lang: 'en', notices: ['Ignored: lines=x', 'a\u202Eb'] }));
    expect([...root.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['Ignored: lines=x', 'ab']);
    expect([...root.querySelectorAll('button.close')].map((b) => b.textContent)).toEqual(['×Close', '×Close']);
  });

  it('a close button dismisses its own notice', () => {
    const { store, root } = mount(noticesPanel, { lang: 'zh', notices: ['one', 'two'] });
    (root.querySelectorAll('button')[0] as HTMLButtonElement).click();
    expect(store.get().notices).toEqual(['two']);
    expect(text(root)).toContain('two');
  });
});
