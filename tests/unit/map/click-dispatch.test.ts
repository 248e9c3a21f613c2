import { describe, expect, it } from 'vitest';
import { createPointerDispatch, type PointerHandler } from '../../../src/map/click-dispatch';

/** A fake click: which things are under the pointer, and whether a measure tool is on. */
interface Click {
  tool: boolean;
  under: string[];
}

function handlers(log: string[]) {
  const left: string[] = [];
  const claimsWhen = (name: string, test: (c: Click) => boolean, cursor = 'pointer'): PointerHandler<Click> => ({
    name,
    click: (c) => {
      log.push(`asked ${name}`);
      return test(c);
    },
    hover: (c) => (test(c) ? cursor : null),
    leave: () => left.push(name),
  });
  const list = [
    claimsWhen('tool', (c) => c.tool, 'crosshair'),
    claimsWhen('imported', (c) => !c.tool && c.under.includes('imported')),
    claimsWhen('plan', (c) => !c.tool && c.under.includes('plan')),
    { name: 'nothing', click: () => true },
  ];
  return { list, left };
}

describe('pointer dispatch', () => {
  it('gives a click to the first handler that claims it and asks no further', () => {
    const log: string[] = [];
    const dispatch = createPointerDispatch(handlers(log).list);
    expect(dispatch.click({ tool: false, under: ['plan', 'imported'] })).toBe('imported');
    expect(log).toEqual(['asked tool', 'asked imported']);
  });

  it('lets a tool take a click on a plan feature', () => {
    const log: string[] = [];
    const dispatch = createPointerDispatch(handlers(log).list);
    expect(dispatch.click({ tool: true, under: ['plan'] })).toBe('tool');
    expect(log).toEqual(['asked tool']);
  });

  it('falls through to the plan layers, then to the click on nothing', () => {
    const dispatch = createPointerDispatch(handlers([]).list);
    expect(dispatch.click({ tool: false, under: ['plan'] })).toBe('plan');
    expect(dispatch.click({ tool: false, under: [] })).toBe('nothing');
  });

  it('shows the claiming handler’s cursor and tells the others to leave', () => {
    const { list, left } = handlers([]);
    const dispatch = createPointerDispatch(list);
    expect(dispatch.hover({ tool: true, under: ['plan'] })).toBe('crosshair');
    expect(left).toEqual(['imported', 'plan']);
    left.length = 0;
    expect(dispatch.hover({ tool: false, under: ['plan'] })).toBe('pointer');
    expect(left).toEqual(['tool', 'imported']);
    expect(dispatch.hover({ tool: false, under: [] })).toBe('');
    expect(dispatch.cursor()).toBe('');
  });

  it('leaves every handler when the pointer leaves the map', () => {
    const { list, left } = handlers([]);
    const dispatch = createPointerDispatch(list);
    dispatch.hover({ tool: true, under: [] });
    left.length = 0;
    dispatch.leave();
    expect(left).toEqual(['tool', 'imported', 'plan']);
    expect(dispatch.cursor()).toBe('');
  });

  it('gives a right-click or long press to the first handler that takes presses, skipping those that do not', () => {
    const pressed: string[] = [];
    const dispatch = createPointerDispatch<Click>([
      ...handlers([]).list,
      { name: 'report', click: () => false, press: (at) => pressed.push(`${at.lng},${at.lat}`) > 0 },
    ]);
    expect(dispatch.press({ lng: 121.4, lat: 31.2 })).toBe('report');
    expect(pressed).toEqual(['121.4,31.2']);
    expect(createPointerDispatch(handlers([]).list).press({ lng: 0, lat: 0 })).toBeNull();
  });
});
