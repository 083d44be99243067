import { createApiToken } from '../src/core/auth/api-tokens.ts';
import { anonCookieName, csrfHeaderName, csrfTokenFor } from '../src/core/auth/csrf.ts';
import { loadActor } from '../src/core/auth/load-actor.ts';
import { findPersonByEmail } from '../src/core/people/people.repository.ts';
import type { TestApp } from './test-app.ts';

// Signs API tests in as a demo user: a personal access token made directly in the database.

export async function demoMunicipalityId(t: TestApp, code = 'GM9999'): Promise<string> {
  const m = await t.ctx.db
    .selectFrom('municipalities')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return m.id;
}

export async function bearerFor(
  t: TestApp,
  email: string,
  scopes: Array<'read' | 'write'> = ['read', 'write'],
): Promise<Record<string, string>> {
  const municipalityId = await demoMunicipalityId(t);
  const person = await findPersonByEmail(t.ctx.db, municipalityId, email);
  if (!person) throw new Error(`no demo user ${email}`);
  const actor = await loadActor(t.ctx.db, municipalityId, person);
  const { token } = await createApiToken({ db: t.ctx.db, actor, meta: {} }, { name: 'test', scopes });
  return { Authorization: `Bearer ${token}` };
}

/** JSON request headers for a signed-in API call. */
export function jsonWith(auth: Record<string, string>): Record<string, string> {
  return { ...auth, 'Content-Type': 'application/json' };
}

/** Headers of an anonymous browser that passes the CSRF check, so the API's own 401 shows. */
export function anonymousJson(t: TestApp): Record<string, string> {
  const anonId = 'anonymous-test-browser';
  return {
    Cookie: `${anonCookieName}=${anonId}`,
    [csrfHeaderName]: csrfTokenFor(t.ctx.secret, anonId),
    'Content-Type': 'application/json',
  };
}
