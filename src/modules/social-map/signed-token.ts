import { hmac, safeEqual } from '../../core/auth/tokens.ts';

// Signed, self-contained tokens for links in e-mails (one-click "still correct", personal
// data). Nothing is stored: the HMAC under the server secret proves we issued it, the payload
// says for what, for which municipality and until when.

export interface TokenPayload {
  /** Purpose: a token for one thing never works for another. */
  p: 'verify' | 'personal-data';
  /** Municipality id. */
  m: string;
  /** Subject: an asset id (verify) or an e-mail address (personal data). */
  s: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

function signature(secret: string, body: string): string {
  return hmac(secret, `social-map-token:${body}`);
}

export function signToken(secret: string, payload: TokenPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${signature(secret, body)}`;
}

/** The payload when the token is ours, for this purpose and municipality, and not expired; else null. */
export function readToken(
  secret: string,
  token: unknown,
  purpose: TokenPayload['p'],
  municipalityId: string,
  now = new Date(),
): TokenPayload | null {
  if (typeof token !== 'string' || token.length > 2000) return null;
  const [body, sig, ...rest] = token.split('.');
  if (!body || !sig || rest.length > 0 || !safeEqual(signature(secret, body), sig)) return null;
  let payload: TokenPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenPayload;
  } catch {
    return null;
  }
  if (payload.p !== purpose || payload.m !== municipalityId || typeof payload.s !== 'string') return null;
  if (typeof payload.exp !== 'number' || payload.exp * 1000 < now.getTime()) return null;
  return payload;
}

export function expiresIn(days: number, now = new Date()): number {
  return Math.floor(now.getTime() / 1000) + days * 86_400;
}
