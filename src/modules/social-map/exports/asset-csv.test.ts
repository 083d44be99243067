import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './asset-csv.ts';

describe('csvCell', () => {
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+2')).toBe(`'=1+2`);
    expect(csvCell('+31 6')).toBe(`'+31 6`);
    expect(csvCell('-2')).toBe(`'-2`);
    expect(csvCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvCell('\tx')).toBe(`'\tx`);
    expect(csvCell('Koffie')).toBe('Koffie');
  });

  it('leaves numbers as numbers, also negative ones, and empty values empty', () => {
    expect(csvCell(-4.25)).toBe('-4.25');
    expect(csvCell(52.1)).toBe('52.1');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes separators, quotes, line breaks and outer spaces', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zeg "hoi"')).toBe('"zeg ""hoi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(' a')).toBe('" a"');
  });

  it('any line of text cells reads back as the same cells (formula cells with their apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (cells) => {
        const [back] = parse(csvLine(cells), { delimiter: ';', relax_column_count: true }) as string[][];
        const expected = cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c));
        expect(back).toEqual(expected);
      }),
    );
  });
});
