import { describe, expect, it } from 'vitest';
import { duplicateIndex } from './duplicate-index.ts';

describe('duplicate index for imports', () => {
  const index = duplicateIndex([
    { id: 'a', title: 'Taalcafé Centrum', areaPath: 'GM9999/WK999901/BU99990101' },
    { id: 'b', title: 'Repair Café Noord', areaPath: 'GM9999/WK999902' },
  ]);

  it('finds a very similar title in the same part of the municipality', () => {
    expect(index.find('Taalcafé Centrum', 'GM9999')).toMatchObject({ id: 'a', similarity: 1 });
    expect(index.find('Taalcafé  centrum!', 'GM9999/WK999901/BU99990101')).toMatchObject({ id: 'a' });
  });

  it('ignores other areas and titles that only look a little alike', () => {
    expect(index.find('Taalcafé Centrum', 'GM9999/WK999903')).toBeNull();
    expect(index.find('Repair Café Zuid', 'GM9999')).toBeNull();
  });
});
