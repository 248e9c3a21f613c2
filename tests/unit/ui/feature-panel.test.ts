// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/initial';
import { featurePanel } from '../../../src/ui/feature-panel';
import { draw, mount, testId, text } from './draw';

describe('feature panel', () => {
  it('asks for a click when nothing is selected', () => {
    expect(text(draw(featurePanel, defaultState({ lang: 'en' })))).toBe(
      'Click a feature on the map to see its details',
    );
  });

  it('shows the selected feature’s name, layer, accuracy and provenance as text', () => {
    const selected = {
      layerId: 'parks',
      featureId: 'p1',
      properties: { id: 'p1', name_zh: '世纪公园', name_en: 'Century Park', accuracy: 'approximate', licence: 'ODbL' },
    };
    const root = draw(featurePanel, defaultState({ lang: 'en', selected }));
    expect(text(testId(root, 'feature-name'))).toBe('Century Park');
    expect(text(root.querySelector('.feature-alt-name'))).toBe('世纪公园');
    expect(text(testId(root, 'feature-accuracy'))).toMatch(/^Accuracy: /);
    expect(text(root.querySelector('.provenance'))).toContain('ODbL');
  });

  it('lists the districts only when a place spans more than its own district; no drawing colour, no empty list', () => {
    const place = (districts: string) => ({
      layerId: 'key-areas',
      featureId: 'k1',
      properties: {
        id: 'k1',
        name_zh: '曹杨',
        name_en: 'Caoyang',
        district: 'putuo',
        districts,
        color: '#444444',
        aliases_zh: [],
      },
    });
    const labels = (districts: string) =>
      [
        ...draw(featurePanel, defaultState({ lang: 'en', selected: place(districts) })).querySelectorAll(
          '.attributes dt',
        ),
      ].map((dt) => dt.textContent);
    expect(labels('putuo')).toEqual(['District']);
    expect(labels('putuo,changning')).toEqual(['District', 'Districts']);
  });

  it('a district selected offers its district view; × closes the feature', () => {
    const selected = { layerId: 'base-districts', featureId: 'songjiang', properties: { name_en: 'Songjiang' } };
    const { store, root } = mount(featurePanel, { lang: 'en', selected });
    testId(root, 'open-district')?.click();
    expect(store.get().district).toBe('songjiang');
    expect(store.get().selected).toBeNull();
  });

  it('a point report shows where it was asked about', () => {
    const root = draw(featurePanel, defaultState({ lang: 'en', report: { at: [121.5, 31.2], radius: 500 } }));
    expect(text(testId(root, 'report-where'))).toContain('121.50000° E, 31.20000° N');
  });
});
