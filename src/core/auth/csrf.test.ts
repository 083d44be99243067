import { describe, expect, it } from 'vitest';
import { csrfTokenFor, newAnonId, verifyCsrf } from './csrf.ts';

const secret = 'a-test-secret-of-at-least-32-characters';

describe('CSRF tokens', () => {
  it('accepts the token for the same browser id and secret', () => {
    const id = newAnonId();
    expect(verifyCsrf(secret, id, csrfTokenFor(secret, id))).toBe(true);
    expect(csrfTokenFor(secret, id)).toBe(csrfTokenFor(secret, id));
  });

  it('rejects a token for another browser, another secret, or none', () => {
    const id = newAnonId();
    const other = newAnonId();
    expect(other).not.toBe(id);
    expect(verifyCsrf(secret, id, csrfTokenFor(secret, other))).toBe(false);
    expect(verifyCsrf(secret, id, csrfTokenFor(`${secret}x`, id))).toBe(false);
    expect(verifyCsrf(secret, id, '')).toBe(false);
    expect(verifyCsrf(secret, id, null)).toBe(false);
    expect(verifyCsrf(secret, id, undefined)).toBe(false);
    expect(verifyCsrf(secret, id, csrfTokenFor(secret, id).slice(1))).toBe(false);
  });

  it('does not reveal the browser id in the token', () => {
    const id = newAnonId();
    expect(csrfTokenFor(secret, id)).not.toContain(id);
  });
});
