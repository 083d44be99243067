import type { MiddlewareHandler } from 'hono';

// The headers the NL GOV API Design Rules (and OWASP) ask for, on every response.
// Pages allow our own scripts and styles plus inline styles (map widgets set style attributes).
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', 'DENY');
    h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Permissions-Policy', 'geolocation=(self), camera=(), microphone=()');
    if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
    if (!h.has('Content-Security-Policy')) {
      h.set(
        'Content-Security-Policy',
        [
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob: https:",
          "connect-src 'self' https:",
          "worker-src 'self' blob:",
          "frame-ancestors 'none'",
          "form-action 'self'",
          "base-uri 'self'",
          "object-src 'none'",
        ].join('; '),
      );
    }
    if (c.req.url.startsWith('https:')) h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
