import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ServiceContext } from '../audit/write.ts';
import { createApiToken, listOwnApiTokens, revokeApiToken } from './api-tokens.ts';
import { loadActor } from './load-actor.ts';
import { sha256 } from './tokens.ts';

let t: TestApp;
let ctx: ServiceContext;
let personId: string;
beforeAll(async () => {
  t = await createTestApp();
  const municipalityId = (
    await t.ctx.db
      .selectFrom('municipalities')
      .select('id')
      .where('code', '=', 'GM9999')
      .executeTakeFirstOrThrow()
  ).id;
  const person = await t.ctx.db
    .selectFrom('people')
    .select(['id', 'email'])
    .where('email', '=', 'coordinator@voorbeeld.example')
    .executeTakeFirstOrThrow();
  personId = person.id;
  ctx = { db: t.ctx.db, actor: await loadActor(t.ctx.db, municipalityId, person), meta: {} };
});
afterAll(() => t.close());

const getAreas = (token: string) =>
  t.request('/api/v1/areas?kind=wijk', { headers: { authorization: `Bearer ${token}` } });

async function expectUnauthorized(res: Response) {
  expect(res.status).toBe(401);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  expect((await res.json()).status).toBe(401);
}

describe('API tokens', () => {
  it('creates a token that is shown once and works as a Bearer token', async () => {
    const { token, apiToken } = await createApiToken(ctx, { name: 'Rapportage', scopes: ['read'] });
    expect(token).toMatch(/^ww_/);
    expect(apiToken.prefix).toBe(token.slice(0, 8));
    const row = await t.ctx.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', apiToken.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const res = await getAreas(token);
    expect(res.status).toBe(200);
    expect((await res.json()).items.length).toBe(4);
    const [listed] = await listOwnApiTokens(ctx);
    expect(listed?.lastUsedAt).not.toBeNull();
  });

  it('refuses a revoked token with 401 and WWW-Authenticate', async () => {
    const { token, apiToken } = await createApiToken(ctx, { name: 'Wordt ingetrokken', scopes: ['read'] });
    expect((await getAreas(token)).status).toBe(200);
    await revokeApiToken(ctx, apiToken.id);
    await expectUnauthorized(await getAreas(token));
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('resource_id', '=', apiToken.id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['api_token.create', 'api_token.revoke']);
  });

  it('refuses an expired token and an unknown one', async () => {
    const { token, apiToken } = await createApiToken(ctx, {
      name: 'Verloopt',
      scopes: ['read'],
      expiresInDays: 1,
    });
    await t.ctx.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', apiToken.id)
      .execute();
    await expectUnauthorized(await getAreas(token));
    await expectUnauthorized(await getAreas('ww_made-up-token'));
    await expectUnauthorized(await getAreas('not-even-our-format'));
  });

  it('stops working when the person is disabled', async () => {
    const { token } = await createApiToken(ctx, { name: 'Persoon weg', scopes: ['read'] });
    await t.ctx.db.updateTable('people').set({ status: 'disabled' }).where('id', '=', personId).execute();
    try {
      await expectUnauthorized(await getAreas(token));
    } finally {
      await t.ctx.db.updateTable('people').set({ status: 'active' }).where('id', '=', personId).execute();
    }
  });
});
