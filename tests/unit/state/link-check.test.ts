import { describe, expect, it } from 'vitest';
import type { PlanCorpus } from '../../../src/content/types';
import { defaultState } from '../../../src/state/initial';
import { checkLayerIds, checkTextIds } from '../../../src/state/link-check';
import { readHash } from '../../../src/state/url';
import { fromUrlState } from '../../../src/state/url-sync';

const props = new Map([
  ['base-districts', new Map([['songjiang', {}]])],
  ['rail-lines', new Map([['metro-1', {}]])],
]);

const fromLink = (hash: string) => {
  const { state } = readHash(hash);
  return { state: defaultState(fromUrlState(state)), selected: state.selected };
};

describe('ids a link names', () => {
  it('drops and names rail lines, districts and selections the data lacks', () => {
    const { state, selected } = fromLink('#lines=constructor,metro-1&district=atlantis&sel=rail-lines/nope');
    const check = checkLayerIds(state, props, selected);
    expect(check.unknown).toEqual(['district=atlantis', 'lines=constructor', 'sel=rail-lines/nope']);
    expect(check.change.district).toBeNull();
    expect(check.change.filters?.railLines).toEqual(['metro-1']);
  });

  it('leaves known ids alone', () => {
    const { state, selected } = fromLink('#lines=metro-1&district=songjiang&sel=rail-lines/metro-1');
    expect(checkLayerIds(state, props, selected)).toEqual({ change: {}, unknown: [] });
  });

  it('names a plan section that does not exist', () => {
    const corpus = {
      version: 1,
      plans: [
        {
          sections: [
            {
              id: 'p14/1',
              paragraphs: [{ id: 'p14/1/1' }],
              children: [{ id: 'p14/1.1', paragraphs: [], children: [] }],
            },
          ],
        },
      ],
    } as unknown as PlanCorpus;
    expect(checkTextIds(fromLink('#clause=p14/99.99').state, corpus).unknown).toEqual(['clause=p14/99.99']);
    expect(checkTextIds(fromLink('#clause=p14/1.1').state, corpus).unknown).toEqual([]);
    expect(checkTextIds(fromLink('#clause=p14/1&para=p14/1/7').state, corpus).unknown).toEqual(['para=p14/1/7']);
  });
});
