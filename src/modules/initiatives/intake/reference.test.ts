import { describe, expect, it } from 'vitest';
import {
  amsterdamYear,
  followTokenFor,
  formatReference,
  referencePattern,
  titleFromDescription,
} from './reference.ts';

describe('reference numbers', () => {
  it('pads the counter to six digits and keeps growing past a million', () => {
    expect(formatReference(2026, 1)).toBe('M-2026-000001');
    expect(formatReference(2026, 123456)).toBe('M-2026-123456');
    expect(formatReference(2026, 1234567)).toBe('M-2026-1234567');
    expect(referencePattern.test(formatReference(2027, 42))).toBe(true);
  });

  it('takes the year in the Netherlands, not in UTC', () => {
    expect(amsterdamYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(amsterdamYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
    expect(amsterdamYear(new Date('2026-07-01T12:00:00Z'))).toBe(2026);
  });
});

describe('follow tokens', () => {
  it('gives a retry with the same idempotency key the same token, and others a different one', () => {
    const a = followTokenFor('secret', 'm1', 'key-12345678');
    expect(followTokenFor('secret', 'm1', 'key-12345678')).toBe(a);
    expect(followTokenFor('secret', 'm2', 'key-12345678')).not.toBe(a);
    expect(followTokenFor('other', 'm1', 'key-12345678')).not.toBe(a);
    expect(a.length).toBeGreaterThanOrEqual(40);
    expect(followTokenFor('secret', 'm1', null)).not.toBe(followTokenFor('secret', 'm1', null));
  });
});

describe('titles from the description', () => {
  it('takes the first line, cut at a word with an ellipsis', () => {
    expect(titleFromDescription('Losse tegel voor nummer 12\nGraag snel maken')).toBe(
      'Losse tegel voor nummer 12',
    );
    const long =
      'Op de hoek van de Dorpsstraat en de Kerklaan ligt al weken een stapel grofvuil die niemand ophaalt en die steeds groter wordt';
    const t = titleFromDescription(long);
    expect(t.length).toBeLessThanOrEqual(80);
    expect(t.endsWith('…')).toBe(true);
    expect(long.startsWith(t.slice(0, -1))).toBe(true);
  });
});
