import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { isEmbeddable, securityHeaders } from './security-headers.ts';

// Framing: refused everywhere except the social map's embed pages.

function app() {
  const a = new Hono();
  a.use('*', securityHeaders());
  a.get('*', (c) => c.html('<p>page</p>'));
  return a;
}

describe('security headers and framing', () => {
  it('pages and the API may not be framed', async () => {
    for (const path of [
      '/',
      '/sociale-kaart',
      '/sociale-kaart/agenda',
      '/sociale-kaart/insluiten',
      '/api/v1/areas',
    ]) {
      const res = await app().request(path);
      expect(res.headers.get('X-Frame-Options'), path).toBe('DENY');
      expect(res.headers.get('Content-Security-Policy'), path).toContain("frame-ancestors 'none'");
    }
  });

  it('the embed pages of an area may be framed by any site, and keep the rest of the policy', async () => {
    for (const path of [
      '/sociale-kaart/insluiten/WK999901/agenda',
      '/sociale-kaart/insluiten/BU99990101/kaart',
    ]) {
      const res = await app().request(path);
      expect(res.headers.get('X-Frame-Options'), path).toBeNull();
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      expect(csp).toContain('frame-ancestors *');
      expect(csp).toContain("default-src 'self'");
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
  });

  it('only exactly those paths count as embeds', () => {
    expect(isEmbeddable('/sociale-kaart/insluiten/WK999901/agenda')).toBe(true);
    expect(isEmbeddable('/sociale-kaart/insluiten/WK999901/kaart')).toBe(true);
    expect(isEmbeddable('/sociale-kaart/insluiten/WK999901/agenda/x')).toBe(false);
    expect(isEmbeddable('/sociale-kaart/insluiten/WK999901/agenda.data')).toBe(false);
    expect(isEmbeddable('/sociale-kaart/redactie')).toBe(false);
    expect(isEmbeddable('/x/sociale-kaart/insluiten/WK999901/agenda')).toBe(false);
  });
});
