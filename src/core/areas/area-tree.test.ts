import { describe, expect, it } from 'vitest';
import { pathWithin } from '../permissions/actor.ts';
import { isAreaCode } from './area.ts';
import { ancestorCodes, canNest, childPath, depthOf, treeOrder } from './area-tree.ts';

describe('area tree', () => {
  it('allows gemeente → gebied → wijk → buurt and gemeente → wijk', () => {
    expect(canNest('gemeente', 'gebied')).toBe(true);
    expect(canNest('gebied', 'gebied')).toBe(true);
    expect(canNest('gebied', 'wijk')).toBe(true);
    expect(canNest('gemeente', 'wijk')).toBe(true);
    expect(canNest('wijk', 'buurt')).toBe(true);
  });

  it('refuses upside-down or skipping nestings', () => {
    expect(canNest('buurt', 'wijk')).toBe(false);
    expect(canNest('gemeente', 'buurt')).toBe(false);
    expect(canNest('gebied', 'buurt')).toBe(false);
    expect(canNest('wijk', 'gemeente')).toBe(false);
    expect(canNest('wijk', 'wijk')).toBe(false);
  });

  it('builds and reads materialised paths', () => {
    const p = childPath(childPath(childPath(null, 'GM0308'), 'WK030800'), 'BU03080000');
    expect(p).toBe('GM0308/WK030800/BU03080000');
    expect(ancestorCodes(p)).toEqual(['GM0308', 'WK030800']);
    expect(depthOf(p)).toBe(2);
    expect(depthOf('GM0308')).toBe(0);
  });

  it('decides subtree membership by whole path segments', () => {
    expect(pathWithin('GM0308/WK030800/BU03080000', 'GM0308/WK030800')).toBe(true);
    expect(pathWithin('GM0308/WK030800', 'GM0308/WK030800')).toBe(true);
    // A sibling whose code starts with the same characters is not inside.
    expect(pathWithin('GM0308/WK0308001', 'GM0308/WK030800')).toBe(false);
    expect(pathWithin('GM0308', 'GM0308/WK030800')).toBe(false);
  });

  it('orders parents before their children', () => {
    const sorted = treeOrder([
      { path: 'GM1/WK2/BU3', name: 'c' },
      { path: 'GM1', name: 'a' },
      { path: 'GM1/WK2', name: 'b' },
    ]);
    expect(sorted.map((a) => a.name)).toEqual(['a', 'b', 'c']);
  });

  it('recognises CBS codes', () => {
    expect(isAreaCode('GM0308')).toBe(true);
    expect(isAreaCode('WK030800')).toBe(true);
    expect(isAreaCode('BU03080000')).toBe(true);
    expect(isAreaCode('BU0308000')).toBe(false);
    expect(isAreaCode('wk030800')).toBe(false);
  });
});
