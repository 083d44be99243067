import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerFor } from '../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { insertArea } from '../areas/areas.repository.ts';
import { runWrite } from '../audit/write.ts';
import { signIn } from '../auth/sign-in.ts';
import { createMunicipality } from '../municipalities/create-municipality.ts';
import { systemActor } from '../permissions/actor.ts';

// Two municipalities on one install, told apart by host name: each host sees only its own data,
// and a session or token of one is worthless on the other.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { MUNICIPALITY_HOSTS: 'GM9999=voorbeeld.test,GM0308=baarn.test' } });
  const baarn = await createMunicipality(t.ctx.db, {
    code: 'GM0308',
    name: 'Baarn',
    slug: 'baarn',
    isDemo: false,
  });
  await runWrite({ db: t.ctx.db, actor: systemActor(baarn.id), meta: {} }, async (tx, audit) => {
    await insertArea(tx, baarn.id, {
      code: 'GM0308',
      name: 'Baarn',
      kind: 'gemeente',
      parentId: null,
      path: 'GM0308',
      depth: 0,
      boundary: null,
      centroid: null,
      bbox: null,
      source: 'test',
      attributes: {},
    });
    audit({ action: 'area.create', resourceType: 'area', resourceId: 'GM0308' });
  });
});
afterAll(() => t.close());

const on = (host: string, headers: Record<string, string> = {}) => ({ headers: { Host: host, ...headers } });

describe('tenancy by host name', () => {
  it('lists each municipality’s own areas', async () => {
    const voorbeeld = await (await t.request('/api/v1/areas?kind=gemeente', on('voorbeeld.test'))).json();
    const baarn = await (await t.request('/api/v1/areas?kind=gemeente', on('baarn.test'))).json();
    expect(voorbeeld.items.map((a: { code: string }) => a.code)).toEqual(['GM9999']);
    expect(baarn.items.map((a: { code: string }) => a.code)).toEqual(['GM0308']);
    expect((await t.request('/api/v1/areas/WK999901', on('baarn.test'))).status).toBe(404);
  });

  it('does not accept a token of one municipality on the other', async () => {
    const auth = await bearerFor(t, 'beheerder@voorbeeld.example');
    expect((await t.request('/api/v1/me', on('voorbeeld.test', auth))).status).toBe(200);
    expect((await t.request('/api/v1/me', on('baarn.test', auth))).status).toBe(401);
  });

  it('does not accept a session of one municipality on the other', async () => {
    const voorbeeldId = (
      await t.ctx.db
        .selectFrom('municipalities')
        .select('id')
        .where('code', '=', 'GM9999')
        .executeTakeFirstOrThrow()
    ).id;
    const { token } = await signIn(
      t.ctx.db,
      voorbeeldId,
      { email: 'beheerder@voorbeeld.example', password: 'demo-beheer-2026' },
      { ip: '10.0.0.9' },
    );
    const cookie = { Cookie: `wijkwerk_session=${token}` };
    expect((await t.request('/api/v1/me', on('voorbeeld.test', cookie))).status).toBe(200);
    expect((await t.request('/api/v1/me', on('baarn.test', cookie))).status).toBe(401);
  });
});
