import { hmac, randomToken, safeEqual } from './tokens.ts';

// CSRF: every form carries a token that is an HMAC of a per-browser id (the session token when
// signed in, else an anonymous cookie) under the server secret. A foreign site can neither read
// nor compute it. SameSite=Lax cookies are the second line.

export const anonCookieName = 'wijkwerk_anon';
export const csrfFieldName = '_csrf';
export const csrfHeaderName = 'x-csrf-token';

export function csrfTokenFor(secret: string, bindingId: string): string {
  return hmac(secret, `csrf:${bindingId}`);
}

export function verifyCsrf(secret: string, bindingId: string, token: string | null | undefined): boolean {
  return typeof token === 'string' && token.length > 0 && safeEqual(csrfTokenFor(secret, bindingId), token);
}

export function newAnonId(): string {
  return randomToken(18);
}
