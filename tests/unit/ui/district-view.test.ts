// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { featurePanel } from '../../../src/ui/feature-panel';
import { district, draw, mount, testId, text } from './draw';

const songjiang = district('songjiang', '松江区', 'Songjiang District', 121.2, 31.0);
const features = new Map([['base-districts', [songjiang]]]);

describe('district view (in the feature tab)', () => {
  it('names the district in its own wrapper, with the plan PDF button and no items when none are loaded', () => {
    const root = draw(featurePanel, defaultState({ lang: 'en', district: 'songjiang', features }));
    const view = testId(root, 'district-view');
    expect(view?.classList.contains('district-view')).toBe(true);
    expect(text(testId(root, 'district-name'))).toBe('Songjiang District');
    expect(text(testId(root, 'district-pdf'))).toBe('District plan PDF');
    expect(testId(root, 'district-pdf-status')).toBeNull();
  });

  it('waits for the districts, then says when a slug names none', () => {
    expect(text(draw(featurePanel, defaultState({ lang: 'en', district: 'atlantis' })))).toBe('Loading layers…');
    const unknown = draw(featurePanel, defaultState({ lang: 'en', district: 'atlantis', features }));
    expect(text(testId(unknown, 'district-unknown'))).toContain('There is no district called “atlantis”');
  });

  it('shows the sheet’s progress and failure where the PDF was asked for, and the button asks for it', () => {
    const working = draw(
      featurePanel,
      defaultState({
        lang: 'en',
        district: 'songjiang',
        features,
        print: { kind: 'district', request: 1 },
        printStatus: { state: 'working', message: 'Making the sheet…' },
      }),
    );
    expect(text(testId(working, 'district-pdf-status'))).toBe('Making the sheet…');
    expect((testId(working, 'district-pdf') as HTMLButtonElement).disabled).toBe(true);
    const failed = draw(
      featurePanel,
      defaultState({
        lang: 'en',
        district: 'songjiang',
        features,
        print: { kind: 'district', request: 1 },
        printStatus: { state: 'failed', message: 'Export failed: no map' },
      }),
    );
    expect(testId(failed, 'district-pdf-status')?.className).toBe('hint failed');
    // A PNG of the view reports in the Export section only.
    const png = draw(
      featurePanel,
      defaultState({
        lang: 'en',
        district: 'songjiang',
        features,
        print: { kind: 'png', preset: 'a4', request: 1 },
        printStatus: { state: 'working', message: 'Making the sheet…' },
      }),
    );
    expect(testId(png, 'district-pdf-status')).toBeNull();
    const { store, root } = mount(featurePanel, { lang: 'en', district: 'songjiang', features });
    testId(root, 'district-pdf')?.click();
    expect(store.get().print).toEqual({ kind: 'district', request: 1 });
  });

  it('keeps one district element across redraws', () => {
    const { store, root } = mount(featurePanel, { lang: 'en', district: 'songjiang', features });
    const before = testId(root, 'district-view');
    store.update({ lang: 'zh' });
    expect(testId(root, 'district-view')).toBe(before);
    expect(text(testId(root, 'district-name'))).toBe('松江区');
  });
});
