import { describe, expect, it } from 'vitest';
import { colTotals, gapsOf, missingEverywhere, rowTotals, toMatrix } from './overview-figures.ts';

describe('overview figures', () => {
  const m = toMatrix(
    [
      { row: 'BU1', col: 'sport', n: 2 },
      { row: 'BU1', col: 'cultuur', n: 1 },
      { row: 'BU2', col: 'sport', n: 3 },
      { row: 'BU9', col: 'sport', n: 5 }, // not a buurt of the area: ignored
      { row: 'BU2', col: 'unknown', n: 4 }, // not a term: ignored
    ],
    ['BU1', 'BU2', 'BU3'],
    ['sport', 'cultuur', 'wonen'],
  );

  it('fills every cell, zeros included', () => {
    expect(m).toEqual({
      BU1: { sport: 2, cultuur: 1, wonen: 0 },
      BU2: { sport: 3, cultuur: 0, wonen: 0 },
      BU3: { sport: 0, cultuur: 0, wonen: 0 },
    });
  });

  it('sums rows and columns', () => {
    expect(rowTotals(m)).toEqual({ BU1: 3, BU2: 3, BU3: 0 });
    expect(colTotals(m, ['sport', 'cultuur', 'wonen'])).toEqual({ sport: 5, cultuur: 1, wonen: 0 });
  });

  it('lists the gaps per buurt in the taxonomy order, and those everywhere', () => {
    expect(gapsOf(m, ['sport', 'cultuur', 'wonen'])).toEqual([
      { buurtCode: 'BU1', missing: ['wonen'] },
      { buurtCode: 'BU2', missing: ['cultuur', 'wonen'] },
      { buurtCode: 'BU3', missing: ['sport', 'cultuur', 'wonen'] },
    ]);
    expect(gapsOf(m, ['sport'])).toEqual([{ buurtCode: 'BU3', missing: ['sport'] }]);
    expect(missingEverywhere(m, ['sport', 'cultuur', 'wonen'])).toEqual(['wonen']);
  });

  it('has no gaps without buurten', () => {
    expect(gapsOf({}, ['sport'])).toEqual([]);
  });
});
