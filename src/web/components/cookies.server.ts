import type { RequestContext } from '../../core/http/request-context.ts';

// The session cookie is written by the sign-in page and cleared by sign-out; the server
// middleware reads it (src/core/http/app.ts) under the same name.

/** Same rule as the middleware: https, or https at a trusted proxy in front of us. */
export function isSecureRequest(request: Request, rc: RequestContext): boolean {
  const forwarded = request.headers.get('x-forwarded-proto');
  if (rc.app.config.trustProxy && forwarded) return forwarded.split(',')[0]?.trim() === 'https';
  return new URL(request.url).protocol === 'https:';
}

export function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function serializeCookie(
  name: string,
  value: string,
  o: { maxAgeSeconds: number; secure: boolean; httpOnly?: boolean },
) {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${o.maxAgeSeconds}`,
    'SameSite=Lax',
  ];
  if (o.httpOnly !== false) parts.push('HttpOnly');
  if (o.secure) parts.push('Secure');
  return parts.join('; ');
}
