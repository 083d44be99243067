import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { createApiToken } from './api-tokens.ts';
import { csrfTokenFor } from './csrf.ts';
import { loadActor } from './load-actor.ts';
import { findSessionPerson } from './sessions.ts';
import { signIn } from './sign-in.ts';
import { sha256 } from './tokens.ts';

let t: TestApp;
let municipalityId: string;
beforeAll(async () => {
  t = await createTestApp();
  municipalityId = (
    await t.ctx.db
      .selectFrom('municipalities')
      .select('id')
      .where('code', '=', 'GM9999')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t.close());

const signInAs = (email: string, password: string) =>
  signIn(t.ctx.db, municipalityId, { email, password }, { ip: '192.0.2.10' });
const postAreas = (headers: Record<string, string>) =>
  t.request('/api/v1/areas', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '{}',
  });

describe('sessions', () => {
  it('finds the person behind a session token, and not after it expired', async () => {
    const { token, personId } = await signInAs('beheerder@voorbeeld.example', 'demo-beheer-2026');
    const p = await findSessionPerson(t.ctx.db, municipalityId, token);
    expect(p?.id).toBe(personId);
    expect(p?.email).toBe('beheerder@voorbeeld.example');
    if (p) {
      const actor = await loadActor(t.ctx.db, municipalityId, p);
      expect(actor.grants.map((g) => g.role)).toEqual(['administrator']);
    }
    expect(await findSessionPerson(t.ctx.db, municipalityId, `${token}x`)).toBeUndefined();

    await t.ctx.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', sha256(token))
      .execute();
    expect(await findSessionPerson(t.ctx.db, municipalityId, token)).toBeUndefined();
  });

  it('is accepted over HTTP while valid: the CSRF token is then bound to the session', async () => {
    const { token } = await signInAs('coordinator@voorbeeld.example', 'demo-regie-2026');
    const headers = {
      cookie: `wijkwerk_session=${token}`,
      'x-csrf-token': csrfTokenFor(t.ctx.secret, token),
    };
    expect((await postAreas(headers)).status).not.toBe(403);

    await t.ctx.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', sha256(token))
      .execute();
    // An expired session is ignored: the request is anonymous and its token no longer matches.
    expect((await postAreas(headers)).status).toBe(403);
  });
});

describe('CSRF check on unsafe requests', () => {
  it('refuses a cookie request without a token with a translated problem', async () => {
    const res = await postAreas({ cookie: 'wijkwerk_anon=abc123' });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const p = await res.json();
    expect(p.status).toBe(403);
    expect(p.detail).toBe('Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens.');

    const en = await postAreas({ cookie: 'wijkwerk_anon=abc123', 'accept-language': 'en' });
    expect((await en.json()).detail).toBe('The form has expired. Reload the page and try again.');
  });

  it('refuses a token made for another browser', async () => {
    const res = await postAreas({
      cookie: 'wijkwerk_anon=abc123',
      'x-csrf-token': csrfTokenFor(t.ctx.secret, 'someone-else'),
    });
    expect(res.status).toBe(403);
  });

  it('passes with the header token for the anonymous cookie', async () => {
    const res = await postAreas({
      cookie: 'wijkwerk_anon=abc123',
      'x-csrf-token': csrfTokenFor(t.ctx.secret, 'abc123'),
    });
    expect(res.status).not.toBe(403);
  });

  it('passes with the hidden form field', async () => {
    const body = new URLSearchParams({ _csrf: csrfTokenFor(t.ctx.secret, 'abc123') });
    const res = await t.request('/api/v1/areas', {
      method: 'POST',
      headers: { cookie: 'wijkwerk_anon=abc123' },
      body,
    });
    expect(res.status).not.toBe(403);
  });

  it('exempts requests authenticated by a bearer token, but not a malformed Authorization header', async () => {
    const { personId } = await signInAs('beheerder@voorbeeld.example', 'demo-beheer-2026');
    const actor = await loadActor(t.ctx.db, municipalityId, {
      id: personId,
      email: 'beheerder@voorbeeld.example',
    });
    const { token } = await createApiToken(
      { db: t.ctx.db, actor, meta: {} },
      { name: 'csrf-test', scopes: ['read', 'write'] },
    );
    expect((await postAreas({ authorization: `Bearer ${token}` })).status).not.toBe(403);
    expect(
      (await postAreas({ cookie: 'wijkwerk_anon=abc123', authorization: 'Bearer two parts' })).status,
    ).toBe(403);
  });
});
