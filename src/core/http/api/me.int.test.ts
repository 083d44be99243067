import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerFor } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/me', () => {
  it('tells an anonymous caller to authenticate with a 401 problem', async () => {
    const res = await t.request('/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.headers.get('WWW-Authenticate')).toContain('Bearer');
    expect((await res.json()).status).toBe(401);
  });

  it('describes the caller, their roles and the token scopes', async () => {
    const res = await t.request('/api/v1/me', {
      headers: await bearerFor(t, 'wijkambtenaar.noordoost@voorbeeld.example', ['read']),
    });
    expect(res.status).toBe(200);
    const me = await res.json();
    expect(me).toMatchObject({
      name: 'Daan Visser',
      email: 'wijkambtenaar.noordoost@voorbeeld.example',
      status: 'active',
      scopes: ['read'],
    });
    expect(me.roles.map((r: { role: string; area: { code: string } }) => `${r.role}@${r.area.code}`)).toEqual(
      ['area_officer@WK999902', 'area_officer@WK999904'],
    );
    expect(me._links.self.href).toBe(`/api/v1/people/${me.id}`);
  });

  it('is described in the OpenAPI document with the bearer scheme', async () => {
    const doc = await (await t.request('/api/v1/openapi.json')).json();
    expect(doc.paths['/me'].get.security).toEqual([{ bearerAuth: [] }]);
    for (const path of [
      '/organisations',
      '/organisations/{id}',
      '/people',
      '/people/{id}',
      '/people/{id}/roles',
      '/people/{id}/roles/{roleId}',
      '/audit-log',
    ]) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    expect(doc.paths['/people'].post.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/organisations'].get.security).toBeUndefined();
    expect(doc.components.schemas.Person).toBeDefined();
  });
});
