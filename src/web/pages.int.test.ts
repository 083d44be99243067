import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

// The public pages and the sign-in flow, as HTML over HTTP (server rendering, no JavaScript).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ pages: true });
});
afterAll(() => t.close());

/** A tiny cookie jar: what a browser would send back. */
class Browser {
  cookies = new Map<string, string>();

  async get(path: string): Promise<Response> {
    return this.keep(await t.request(path, { headers: this.headers() }));
  }

  async post(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    return this.keep(
      await t.request(path, {
        method: 'POST',
        headers: { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      }),
    );
  }

  private headers(): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return cookie ? { cookie } : {};
  }

  private keep(res: Response): Response {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1).trim());
    }
    return res;
  }
}

function csrfFrom(html: string): string {
  const token = html.match(/name="_csrf" value="([^"]+)"/)?.[1];
  if (!token) throw new Error('no _csrf field in the page');
  return token;
}

/** The text of the page without tags, to assert on what a reader sees. */
function text(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('public pages', () => {
  it('the home page lists the wijken with links, a map and their number of buurten', async () => {
    const res = await t.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<html lang="nl"/);
    expect(html).toContain('<title>Wijken in Gemeente Voorbeeld | Wijkwerk</title>');
    expect(html).toMatch(/<h1[^>]*>Wijken in Gemeente Voorbeeld<\/h1>/);
    for (const code of ['WK999901', 'WK999902', 'WK999903', 'WK999904'])
      expect(html).toContain(`href="/wijken/${code}"`);
    expect(text(html)).toContain('Centrum CBS-code WK999901 · 4 buurten');
    // The map without JavaScript: a labelled SVG picture, plus the wijken as links on it.
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Kaart van Gemeente Voorbeeld"/);
    expect(html).toMatch(/<a href="\/wijken\/WK999902" aria-label="Noordhoek">/);
    // Landmarks, skip link, demo banner, API link, theme class.
    expect(html).toContain('<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">');
    expect(html).toMatch(/<main id="main"/);
    expect(html).toMatch(/<nav[^>]*aria-label="Hoofdmenu"/);
    expect(text(html)).toContain('Dit is een demonstratie-omgeving');
    expect(html).toContain('href="/api/v1/openapi.json"');
    expect(html).toMatch(/<body class="voorbeeld-theme /);
    expect(html).not.toContain('href="/beheer"');
  });

  it('switches to English with ?lang=en and remembers it in a cookie', async () => {
    const browser = new Browser();
    const res = await browser.get('/?lang=en');
    const html = await res.text();
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<h1[^>]*>Neighbourhoods of Gemeente Voorbeeld<\/h1>/);
    expect(browser.cookies.get('wijkwerk_lang')).toBe('en');
    const next = await (await browser.get('/wijken/WK999901')).text();
    expect(next).toMatch(/<html lang="en"/);
    expect(text(next)).toContain('Districts in Centrum');
    expect(text(next)).toContain('Who works here');
  });

  it('a wijk page shows its breadcrumb, its buurten, the map and who works there', async () => {
    const res = await t.request('/wijken/WK999901');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<h1[^>]*>Centrum<\/h1>/);
    expect(html).toMatch(/<nav aria-label="Kruimelpad"[^>]*>[\s\S]*?href="\/wijken\/GM9999"[\s\S]*?<\/nav>/);
    expect(text(html)).toContain('Wijk · CBS-code WK999901');
    expect(text(html)).toContain('Buurten in Centrum');
    expect(html).toContain('href="/wijken/BU99990101"');
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Kaart van Centrum"/);
    expect(text(html)).toContain('Wie werkt hier');
    // An organisation that serves the whole gemeente works in this wijk too.
    const page = text(html);
    expect(page).toMatch(/Gemeentelijke afdeling/);
  });

  it('a buurt page shows key figures, with CBS-suppressed values as "geheim"', async () => {
    const res = await t.request('/wijken/BU99990101');
    expect(res.status).toBe(200);
    const page = text(await res.text());
    expect(page).toContain('Kerncijfers');
    expect(page).toContain('Inwoners 1.845');
    expect(page).toContain('Kinderen tot 15 jaar 9%');
    expect(page).toContain('Hoort bij Centrum');
    expect(page).toContain('Dit gebied is niet verder onderverdeeld.');

    const row = await t.ctx.db
      .selectFrom('areas')
      .select(['id', 'attributes'])
      .where('code', '=', 'BU99990102')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .updateTable('areas')
      .set({ attributes: JSON.stringify({ ...row.attributes, aantal_inwoners: null }) })
      .where('id', '=', row.id)
      .execute();
    expect(text(await (await t.request('/wijken/BU99990102')).text())).toContain('Inwoners geheim (CBS)');
  });

  it('answers an unknown area and an unknown path with the friendly 404 page', async () => {
    for (const path of ['/wijken/XX000000', '/wijken/WK000000', '/bestaat-niet']) {
      const res = await t.request(path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html).toMatch(/<h1[^>]*>Pagina niet gevonden<\/h1>/);
      expect(html).toMatch(/<main id="main"/);
      expect(html).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});

describe('signing in and the account page', () => {
  it('lists the demo accounts on the sign-in page in demo mode', async () => {
    const html = await (await t.request('/inloggen')).text();
    expect(html).toMatch(/<label[^>]*for="field-email"[^>]*>E-mailadres<\/label>/);
    expect(text(html)).toContain('Demo-accounts');
    expect(text(html)).toContain('beheerder@voorbeeld.example');
    expect(text(html)).toContain('demo-beheer-2026');
  });

  it('signs in with the CSRF token, sets the session cookie, and the account page shows the person', async () => {
    const browser = new Browser();
    expect((await browser.get('/account')).status).toBe(302);
    const form = await (await browser.get('/inloggen?next=/account')).text();
    expect(browser.cookies.has('wijkwerk_anon')).toBe(true);
    const res = await browser.post('/inloggen', {
      _csrf: csrfFrom(form),
      next: '/account',
      email: 'wijkambtenaar.centrum@voorbeeld.example',
      password: 'demo-centrum-2026',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/account');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('wijkwerk_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=43200/);
    expect(cookie).not.toMatch(/Secure/);

    const account = await browser.get('/account');
    expect(account.status).toBe(200);
    const html = await account.text();
    expect(text(html)).toContain('Eva de Vries');
    expect(text(html)).toContain('wijkambtenaar.centrum@voorbeeld.example');
    expect(text(html)).toContain('Wijkambtenaar — Centrum');
    expect(html).toContain('action="/uitloggen"');

    // Create an API token (shown once), then revoke it.
    const created = await browser.post('/account', {
      _csrf: csrfFrom(html),
      intent: 'create-token',
      name: 'Rapportage',
      scopes: ['read'],
    });
    expect(created.status).toBe(200);
    const createdHtml = await created.text();
    const token = createdHtml.match(/(ww_[A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeTruthy();
    const api = await t.request('/api/v1/areas?limit=1', { headers: { authorization: `Bearer ${token}` } });
    expect(api.status).toBe(200);
    const tokenId = createdHtml.match(/name="id" value="([^"]+)"/)?.[1];
    const revoked = await browser.post('/account', {
      _csrf: csrfFrom(createdHtml),
      intent: 'revoke-token',
      id: tokenId ?? '',
    });
    expect(text(await revoked.text())).toContain('De sleutel is ingetrokken.');
    expect(
      (await t.request('/api/v1/areas?limit=1', { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(401);

    // Sign out: the session ends and the cookie is cleared.
    const out = await browser.post('/uitloggen', { _csrf: csrfFrom(html) });
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toBe('/inloggen?uitgelogd=1');
    expect(browser.cookies.has('wijkwerk_session')).toBe(false);
    expect(text(await (await browser.get('/inloggen?uitgelogd=1')).text())).toContain('U bent uitgelogd.');
    expect((await browser.get('/account')).status).toBe(302);
  });

  it('shows the translated error for a wrong password and keeps the e-mail address', async () => {
    const browser = new Browser();
    const form = await (await browser.get('/inloggen')).text();
    const res = await browser.post('/inloggen', {
      _csrf: csrfFrom(form),
      email: 'bewoner@voorbeeld.example',
      password: 'not-the-password',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(text(html)).toContain('Het e-mailadres of wachtwoord klopt niet.');
    expect(html).toContain('value="bewoner@voorbeeld.example"');
    expect(res.headers.getSetCookie().some((c) => c.startsWith('wijkwerk_session='))).toBe(false);
  });

  it('refuses a form post without the CSRF token', async () => {
    const browser = new Browser();
    await browser.get('/inloggen');
    const res = await browser.post('/inloggen', {
      email: 'beheerder@voorbeeld.example',
      password: 'demo-beheer-2026',
    });
    expect(res.status).toBe(403);
  });

  it('never redirects to another site after signing in', async () => {
    const browser = new Browser();
    const form = await (await browser.get('/inloggen')).text();
    const res = await browser.post('/inloggen', {
      _csrf: csrfFrom(form),
      next: '//evil.example/',
      email: 'bewoner@voorbeeld.example',
      password: 'demo-bewoner-2026',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
  });
});

describe('password reset pages', () => {
  it('answers the same for known and unknown addresses', async () => {
    const answers: string[] = [];
    for (const email of ['bewoner@voorbeeld.example', 'nobody@voorbeeld.example']) {
      const browser = new Browser();
      const form = await (await browser.get('/wachtwoord-vergeten')).text();
      const res = await browser.post('/wachtwoord-vergeten', { _csrf: csrfFrom(form), email });
      expect(res.status).toBe(200);
      const page = text(await res.text());
      answers.push(page.slice(page.indexOf('Nieuw wachtwoord aanvragen')));
    }
    expect(answers[0]).toContain('Als dit e-mailadres bij een account hoort');
    expect(answers[0]).toBe(answers[1]);
  });

  it('says when a reset link is not valid', async () => {
    const res = await t.request('/wachtwoord-herstellen/not-a-valid-token');
    expect(text(await res.text())).toContain('Deze link is ongeldig of verlopen.');
  });
});
