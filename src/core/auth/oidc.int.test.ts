import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { createHttpApp, type HonoEnv } from '../http/app.ts';
import { csrfTokenFor } from './csrf.ts';
import { sha256 } from './tokens.ts';

// Staff sign-in against a real OpenID Provider (oidc-provider) on a loopback port. The provider's
// login and consent are finished programmatically for whichever account `loginAs` names.

const staff = { email: 'beheerder@voorbeeld.example', email_verified: true, name: 'Ingrid Bakker' };
const accounts: Record<string, { email: string; email_verified: boolean; name: string }> = {
  'staff-1': staff,
  stranger: { email: 'onbekend@elders.example', email_verified: true, name: 'Onbekende Medewerker' },
  unverified: { email: 'coordinator@voorbeeld.example', email_verified: false, name: 'Yusuf Demir' },
};
let loginAs = 'staff-1';

let server: Server;
let issuer: string;
let t: TestApp;
let http: Hono<HonoEnv>;
let municipalityId: string;

beforeAll(async () => {
  let handle: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void =
    () => {};
  server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'wijkwerk',
        client_secret: 'wijkwerk-test-client-secret',
        redirect_uris: ['http://wijkwerk.test/auth/oidc/callback'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['oidc-test-cookie-key'] },
    ttl: { AccessToken: 600, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    features: { devInteractions: { enabled: false } },
    async findAccount(_ctx, sub) {
      const a = accounts[sub];
      return a ? { accountId: sub, claims: async () => ({ sub, ...a }) } : undefined;
    },
  });
  const providerCallback = provider.callback();
  handle = (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return providerCallback(req, res);
    // Instead of a login form: sign in as `loginAs` and grant what the client asked for.
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        const grant = new provider.Grant({ accountId: loginAs, clientId: details.params.client_id ?? '' });
        grant.addOIDCScope(details.params.scope ?? 'openid');
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: loginAs }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
      } catch (error) {
        res.statusCode = 500;
        res.end(String(error));
      }
    })();
  };

  t = await createTestApp({
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: 'wijkwerk',
      OIDC_CLIENT_SECRET: 'wijkwerk-test-client-secret',
      PUBLIC_URL: 'http://wijkwerk.test',
    },
  });
  // The test app serves the API only; add the module routes as the server does.
  http = createHttpApp(t.ctx);
  municipalityId = (
    await t.ctx.db
      .selectFrom('municipalities')
      .select('id')
      .where('code', '=', 'GM9999')
      .executeTakeFirstOrThrow()
  ).id;
});

afterAll(async () => {
  await t?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const request = (url: string, init?: RequestInit) =>
  Promise.resolve(http.request(new URL(url, 'http://wijkwerk.test').toString(), init));

function cookieFrom(res: Response, name: string): { value: string; attributes: string } | undefined {
  for (const c of res.headers.getSetCookie()) {
    const [pair = '', ...attrs] = c.split(';');
    const eq = pair.indexOf('=');
    if (pair.slice(0, eq).trim() === name) return { value: pair.slice(eq + 1), attributes: attrs.join(';') };
  }
  return undefined;
}

/** Starts at Wijkwerk, follows the provider's redirects (with its cookies), returns the callback URL. */
async function throughProvider(
  next = '/beheer',
): Promise<{ callback: URL; stateCookie: string; start: Response }> {
  const start = await request(`/auth/oidc/start?next=${encodeURIComponent(next)}`);
  expect(start.status).toBe(302);
  const state = cookieFrom(start, 'wijkwerk_oidc');
  expect(state?.attributes).toMatch(/HttpOnly/i);
  const jar = new Map<string, string>();
  let url = new URL(start.headers.get('location') ?? '');
  expect(url.origin).toBe(issuer);
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('redirect_uri')).toBe('http://wijkwerk.test/auth/oidc/callback');
  for (let hops = 0; url.origin === issuer; hops++) {
    if (hops > 10) throw new Error('too many redirects at the provider');
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`the provider stopped at ${url}: ${res.status} ${await res.text()}`);
    url = new URL(location, url);
  }
  return { callback: url, stateCookie: `wijkwerk_oidc=${state?.value}`, start };
}

const personByEmail = (email: string) =>
  t.ctx.db
    .selectFrom('people')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('email', '=', email)
    .executeTakeFirstOrThrow();

describe('OpenID Connect sign-in for staff', () => {
  it('signs in a known staff member by verified e-mail, links the account, and returns to next', async () => {
    loginAs = 'staff-1';
    const { callback, stateCookie } = await throughProvider('/beheer?tab=mensen');
    expect(callback.pathname).toBe('/auth/oidc/callback');
    expect(callback.searchParams.get('code')).toBeTruthy();
    const res = await request(callback.href, { headers: { cookie: stateCookie } });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/beheer?tab=mensen');
    const session = cookieFrom(res, 'wijkwerk_session');
    expect(session?.attributes).toMatch(/Max-Age=43200/);
    expect(session?.attributes).toMatch(/Path=\//);
    expect(session?.attributes).toMatch(/HttpOnly/);
    expect(session?.attributes).toMatch(/SameSite=Lax/);
    // The state cookie is used up.
    expect(cookieFrom(res, 'wijkwerk_oidc')?.attributes).toMatch(/Max-Age=0/);

    const person = await personByEmail('beheerder@voorbeeld.example');
    const row = await t.ctx.db
      .selectFrom('sessions')
      .select('person_id')
      .where('id', '=', sha256(session?.value ?? ''))
      .executeTakeFirstOrThrow();
    expect(row.person_id).toBe(person.id);
    expect(person.oidc_issuer).toBe(issuer);
    expect(person.oidc_subject).toBe('staff-1');
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('resource_id', '=', person.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['person.link_oidc', 'session.create']),
    );
    expect(audit.find((a) => a.action === 'session.create')?.changes).toEqual({ method: 'oidc' });

    // The cookie signs the browser in: its CSRF token is now bound to the session.
    const token = session?.value ?? '';
    const post = await request('/api/v1/areas', {
      method: 'POST',
      headers: { cookie: `wijkwerk_session=${token}`, 'x-csrf-token': csrfTokenFor(t.ctx.secret, token) },
    });
    expect(post.status).not.toBe(403);
  });

  it('finds a linked person by subject even when the provider reports another address, and rotates the session', async () => {
    loginAs = 'staff-1';
    const original = staff.email;
    staff.email = 'ingrid.bakker@nieuw.example';
    try {
      const first = await throughProvider();
      const r1 = await request(first.callback.href, { headers: { cookie: first.stateCookie } });
      const s1 = cookieFrom(r1, 'wijkwerk_session')?.value ?? '';
      expect(r1.headers.get('location')).toBe('/beheer');

      const second = await throughProvider();
      const r2 = await request(second.callback.href, {
        headers: { cookie: `${second.stateCookie}; wijkwerk_session=${s1}` },
      });
      const s2 = cookieFrom(r2, 'wijkwerk_session')?.value ?? '';
      const person = await personByEmail(original);
      const rows = await t.ctx.db
        .selectFrom('sessions')
        .select(['id', 'person_id'])
        .where('id', 'in', [sha256(s1), sha256(s2)])
        .execute();
      expect(rows).toEqual([{ id: sha256(s2), person_id: person.id }]);
    } finally {
      staff.email = original;
    }
  });

  it('does not create unknown people: they land on the sign-in page with a message', async () => {
    loginAs = 'stranger';
    const { callback, stateCookie } = await throughProvider();
    const res = await request(callback.href, { headers: { cookie: stateCookie } });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/inloggen?oidc=unknown');
    expect(cookieFrom(res, 'wijkwerk_session')).toBeUndefined();
    const found = await t.ctx.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', 'onbekend@elders.example')
      .executeTakeFirst();
    expect(found).toBeUndefined();
  });

  it('does not link by an unverified e-mail address', async () => {
    loginAs = 'unverified';
    const { callback, stateCookie } = await throughProvider();
    const res = await request(callback.href, { headers: { cookie: stateCookie } });
    expect(res.headers.get('location')).toBe('/inloggen?oidc=unknown');
    expect((await personByEmail('coordinator@voorbeeld.example')).oidc_subject).toBeNull();
  });

  it('refuses a tampered state, a missing state cookie, and an error from the provider', async () => {
    loginAs = 'staff-1';
    const { callback, stateCookie } = await throughProvider();
    const tampered = new URL(callback);
    tampered.searchParams.set('state', 'forged-state');
    const res = await request(tampered.href, { headers: { cookie: stateCookie } });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/inloggen?oidc=failed');
    expect(cookieFrom(res, 'wijkwerk_session')).toBeUndefined();

    const noCookie = await request(callback.href);
    expect(noCookie.headers.get('location')).toBe('/inloggen?oidc=failed');

    const forgedCookie = await request(callback.href, {
      headers: { cookie: `${stateCookie.slice(0, -3)}abc` },
    });
    expect(forgedCookie.headers.get('location')).toBe('/inloggen?oidc=failed');

    const fresh = await throughProvider();
    const denied = new URL('http://wijkwerk.test/auth/oidc/callback');
    denied.searchParams.set('error', 'access_denied');
    denied.searchParams.set('state', fresh.callback.searchParams.get('state') ?? '');
    denied.searchParams.set('iss', issuer);
    const d = await request(denied.href, { headers: { cookie: fresh.stateCookie } });
    expect(d.headers.get('location')).toBe('/inloggen?oidc=failed');
  });

  it('only returns to a path on this site', async () => {
    loginAs = 'staff-1';
    const { callback, stateCookie } = await throughProvider('//evil.example/phish');
    const res = await request(callback.href, { headers: { cookie: stateCookie } });
    expect(res.headers.get('location')).toBe('/');
  });
});
