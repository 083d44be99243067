import type { MiddlewareHandler } from 'hono';

// The headers the NL GOV API Design Rules (/transport/security-headers) and OWASP ask for, on
// every response: Cache-Control, Content-Security-Policy, Strict-Transport-Security (on HTTPS),
// X-Content-Type-Options, X-Frame-Options, Referrer-Policy.
// Pages allow our own scripts, and inline scripts only with this response's nonce (React Router's
// hydration data); styles also inline (map widgets set style attributes).
// Framing is refused everywhere except the embed pages made for other websites' iframes.

/** Pages other websites may show in an iframe (the social map's embeds). */
export function isEmbeddable(path: string): boolean {
  return /^\/sociale-kaart\/insluiten\/[^/]+\/(agenda|kaart)$/.test(path);
}

export function securityHeaders(): MiddlewareHandler<{ Variables: { rc?: { nonce: string } } }> {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('X-Content-Type-Options', 'nosniff');
    const embeddable = isEmbeddable(c.req.path);
    if (embeddable) h.delete('X-Frame-Options');
    else h.set('X-Frame-Options', 'DENY');
    h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Permissions-Policy', 'geolocation=(self), camera=(), microphone=()');
    if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
    if (c.req.path.startsWith('/api/')) {
      // API responses are data, never documents: nothing may load or frame them.
      h.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    } else if (!h.has('Content-Security-Policy')) {
      h.set(
        'Content-Security-Policy',
        [
          "default-src 'self'",
          c.get('rc')?.nonce ? `script-src 'self' 'nonce-${c.get('rc')?.nonce}'` : "script-src 'self'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob: https:",
          "connect-src 'self' https:",
          "worker-src 'self' blob:",
          embeddable ? 'frame-ancestors *' : "frame-ancestors 'none'",
          "form-action 'self'",
          "base-uri 'self'",
          "object-src 'none'",
        ].join('; '),
      );
    }
    if (c.req.url.startsWith('https:'))
      h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
