import { hmac, randomToken } from '../../../core/auth/tokens.ts';

// Reference numbers and follow tokens: pure rules, unit tested.

/** M-2026-000123: the year of receipt (Europe/Amsterdam) and a counter per municipality and year. */
export function formatReference(year: number, n: number): string {
  return `M-${year}-${String(n).padStart(6, '0')}`;
}

export const referencePattern = /^M-\d{4}-\d{6,}$/;

/** The calendar year in the Netherlands at that instant (New Year's Eve 23:30 UTC is already next year). */
export function amsterdamYear(instant: Date): number {
  const y = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(
    instant,
  );
  return Number(y);
}

/**
 * The resident's private follow token. With an idempotency key it is derived from the key under
 * the server secret, so a retry of the same submission (a double click without JavaScript, whose
 * first answer the browser dropped) can hand out the same link again; only its hash is stored.
 * Without a key it is simply random.
 */
export function followTokenFor(
  secret: string,
  municipalityId: string,
  idempotencyKey: string | null,
): string {
  return idempotencyKey
    ? hmac(secret, `initiatives-follow:${municipalityId}:${idempotencyKey}`)
    : randomToken();
}

/** A title from the first words of the description when the resident gave none. */
export function titleFromDescription(description: string, max = 80): string {
  const line = description.trim().split(/\r?\n/)[0]?.replace(/\s+/g, ' ') ?? '';
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
