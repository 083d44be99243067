import { describe, expect, it } from 'vitest';
import { centsToInput, currentYear, formatEuro, parseEuros, todayInAmsterdam } from './money.ts';

describe('parseEuros', () => {
  it.each([
    ['250', 25_000],
    ['1.250', 125_000],
    ['1.250,50', 125_050],
    ['1250,5', 125_050],
    ['1,250.50', 125_050],
    ['1250.5', 125_050],
    ['€ 300', 30_000],
    ['1.000.000', 100_000_000],
    ['0,99', 99],
    ['12 euro', 1_200],
    ['12,345', 1_234_500],
  ])('%s → %i cents', (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });
  it.each(['', 'twintig', '-5', '1,2,3', '1.25.0', '1.2345', '1,250.5.0'])('refuses %j', (text) => {
    expect(parseEuros(text)).toBeNull();
  });
});

describe('showing amounts', () => {
  it('for forms and for reading, in both languages', () => {
    expect(centsToInput(125_050, 'nl')).toBe('1250,50');
    expect(centsToInput(125_000, 'en')).toBe('1250');
    expect(formatEuro(125_050, 'nl').replace(/\s/g, ' ')).toBe('€ 1.250,50');
    expect(formatEuro(125_000, 'en')).toBe('€1,250');
  });
  it('the year and day in the Netherlands', () => {
    expect(currentYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(todayInAmsterdam(new Date('2026-03-15T23:30:00Z'))).toBe('2026-03-16');
  });
});
