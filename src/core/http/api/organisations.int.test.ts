import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let admin: Record<string, string>;
let officer: Record<string, string>;
let resident: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  admin = await bearerFor(t, 'beheerder@voorbeeld.example');
  officer = await bearerFor(t, 'wijkambtenaar.centrum@voorbeeld.example');
  resident = await bearerFor(t, 'bewoner@voorbeeld.example');
});
afterAll(() => t.close());

async function auditFor(resourceId: string) {
  const res = await t.request(`/api/v1/audit-log?resourceType=organisation&resourceId=${resourceId}`, {
    headers: admin,
  });
  expect(res.status).toBe(200);
  return (await res.json()).items as Array<{
    action: string;
    actor: { label: string };
    changes: Record<string, unknown>;
  }>;
}

describe('GET /api/v1/organisations', () => {
  it('lists organisations by name to anyone, page by page with Link headers', async () => {
    const res = await t.request('/api/v1/organisations?limit=4');
    expect(res.status).toBe(200);
    const page1 = await res.json();
    expect(page1.items.map((o: { name: string }) => o.name)).toEqual([
      'Afdeling Openbare Ruimte',
      'Afdeling Sociaal Domein',
      'Basisschool De Regenboog',
      'Bewonersvereniging Noordhoek',
    ]);
    const link = res.headers.get('Link');
    expect(link).toMatch(/rel="next"/);
    expect(link).toContain(page1._links.next.href);
    const seen = new Set(page1.items.map((o: { id: string }) => o.id));
    let next: string | undefined = page1._links.next?.href;
    while (next) {
      const page = await (await t.request(next)).json();
      for (const o of page.items) {
        expect(seen.has(o.id)).toBe(false);
        seen.add(o.id);
      }
      next = page._links.next?.href;
    }
    expect(seen.size).toBe(10);
  });

  it('filters by kind, area and name', async () => {
    const partners = await (await t.request('/api/v1/organisations?kind=partner&area=WK999903')).json();
    expect(partners.items.map((o: { name: string }) => o.name)).toEqual([
      'Politie basisteam Voorbeeld',
      'Welzijn Voorbeeld',
    ]);
    const byName = await (await t.request('/api/v1/organisations?q=regenboog')).json();
    expect(byName.items).toHaveLength(1);
    expect(byName.items[0].areas).toEqual([{ code: 'WK999902', name: expect.any(String) }]);
  });

  it('answers a bad kind or cursor with 400 and invalidParams', async () => {
    const res = await t.request('/api/v1/organisations?kind=club&cursor=nonsense');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const p = await res.json();
    expect(p.invalidParams.map((i: { name: string }) => i.name)).toContain('kind');
    const bad = await t.request('/api/v1/organisations?cursor=nonsense');
    expect(bad.status).toBe(400);
    expect((await bad.json()).invalidParams[0].name).toBe('cursor');
  });
});

describe('GET /api/v1/organisations/{id}', () => {
  it('returns one organisation and 404 for an unknown id', async () => {
    const list = await (await t.request('/api/v1/organisations?q=Woonstichting')).json();
    const id = list.items[0].id;
    const res = await t.request(`/api/v1/organisations/${id}`);
    expect(res.status).toBe(200);
    const o = await res.json();
    expect(o).toMatchObject({
      name: 'Woonstichting Voorbeeld',
      kind: 'partner',
      _links: { self: { href: `/api/v1/organisations/${id}` } },
    });
    expect(o.areas.map((a: { code: string }) => a.code)).toEqual(['WK999901', 'WK999902', 'WK999904']);
    const missing = await t.request('/api/v1/organisations/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect((await missing.json()).status).toBe(404);
  });
});

describe('POST /api/v1/organisations', () => {
  const body = {
    name: 'Buurthuis De Linde',
    kind: 'partner',
    sector: 'welzijn',
    email: 'info@delinde.example',
    website: 'https://delinde.example',
    areaCodes: ['WK999901'],
  };

  it('needs a signed-in caller (401) with permission (403)', async () => {
    const anon = await t.request('/api/v1/organisations', {
      method: 'POST',
      headers: anonymousJson(t),
      body: JSON.stringify({}),
    });
    expect(anon.status).toBe(401);
    expect(anon.headers.get('content-type')).toContain('application/problem+json');
    const badToken = await t.request('/api/v1/organisations', {
      method: 'POST',
      headers: { Authorization: 'Bearer ww_unknown', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(badToken.status).toBe(401);
    const res = await t.request('/api/v1/organisations', {
      method: 'POST',
      headers: jsonWith(resident),
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it("refuses writes with a read-only token, even an administrator's", async () => {
    const readOnly = await bearerFor(t, 'beheerder@voorbeeld.example', ['read']);
    const res = await t.request('/api/v1/organisations', {
      method: 'POST',
      headers: jsonWith(readOnly),
      body: JSON.stringify({ ...body, name: 'Alleen lezen' }),
    });
    expect(res.status).toBe(403);
  });

  it('lets an administrator create one, with its areas, and records the audit entry', async () => {
    const res = await t.request('/api/v1/organisations', {
      method: 'POST',
      headers: jsonWith(admin),
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
    const o = await res.json();
    expect(res.headers.get('Location')).toBe(`/api/v1/organisations/${o.id}`);
    expect(o).toMatchObject({
      name: body.name,
      kind: 'partner',
      sector: 'welzijn',
      phone: null,
      areas: [{ code: 'WK999901', name: 'Centrum' }],
    });
    const [entry] = await auditFor(o.id);
    expect(entry?.action).toBe('organisation.create');
    expect(entry?.actor.label).toBe('beheerder@voorbeeld.example');
    expect(entry?.changes).toMatchObject({ name: body.name, kind: 'partner', areaCodes: ['WK999901'] });
  });

  it('refuses a name that is taken (any case), bad formats and unknown areas with 400', async () => {
    const dup = await t.request('/api/v1/organisations', {
      method: 'POST',
      headers: jsonWith(admin),
      body: JSON.stringify({ ...body, name: 'buurthuis de linde' }),
    });
    expect(dup.status).toBe(400);
    expect((await dup.json()).invalidParams).toEqual([
      { name: 'name', code: 'error.nameTaken', reason: 'Deze naam is al in gebruik.' },
    ]);
    const bad = await t.request('/api/v1/organisations', {
      method: 'POST',
      headers: jsonWith(admin),
      body: JSON.stringify({
        name: 'X',
        kind: 'partner',
        email: 'not-an-address',
        website: 'ftp://x.example',
      }),
    });
    expect(bad.status).toBe(400);
    const names = (await bad.json()).invalidParams.map((i: { name: string }) => i.name).sort();
    expect(names).toEqual(['email', 'website']);
    const area = await t.request('/api/v1/organisations', {
      method: 'POST',
      headers: jsonWith(admin),
      body: JSON.stringify({ name: 'Y', kind: 'partner', areaCodes: ['WK000000'] }),
    });
    expect(area.status).toBe(400);
    expect((await area.json()).invalidParams[0]).toMatchObject({
      name: 'areaCodes',
      code: 'error.areaNotFound',
    });
    const kind = await t.request('/api/v1/organisations', {
      method: 'POST',
      headers: jsonWith(admin),
      body: JSON.stringify({ name: 'Z', kind: 'club' }),
    });
    expect(kind.status).toBe(400);
    expect((await kind.json()).invalidParams[0].name).toBe('kind');
  });

  it('lets an area officer register an informal group in their own area only', async () => {
    const own = await t.request('/api/v1/organisations', {
      method: 'POST',
      headers: jsonWith(officer),
      body: JSON.stringify({ name: 'Breiclub Centrum', kind: 'informal_group', areaCodes: ['WK999901'] }),
    });
    expect(own.status).toBe(201);
    const elsewhere = await t.request('/api/v1/organisations', {
      method: 'POST',
      headers: jsonWith(officer),
      body: JSON.stringify({ name: 'Breiclub Noord', kind: 'informal_group', areaCodes: ['WK999902'] }),
    });
    expect(elsewhere.status).toBe(403);
    const partner = await t.request('/api/v1/organisations', {
      method: 'POST',
      headers: jsonWith(officer),
      body: JSON.stringify({ name: 'Zorg BV', kind: 'partner', areaCodes: ['WK999901'] }),
    });
    expect(partner.status).toBe(403);
  });
});

describe('PATCH /api/v1/organisations/{id}', () => {
  it('changes only the fields sent, clears blanks, and audits the changed fields', async () => {
    const list = await (await t.request('/api/v1/organisations?q=Regenboog')).json();
    const id = list.items[0].id;
    const res = await t.request(`/api/v1/organisations/${id}`, {
      method: 'PATCH',
      headers: jsonWith(admin),
      body: JSON.stringify({ phone: '0499 123 456', email: '', areaCodes: ['WK999902', 'WK999903'] }),
    });
    expect(res.status).toBe(200);
    const o = await res.json();
    expect(o).toMatchObject({ name: 'Basisschool De Regenboog', phone: '0499 123 456', email: null });
    expect(o.areas.map((a: { code: string }) => a.code)).toEqual(['WK999902', 'WK999903']);
    const [entry] = await auditFor(id);
    expect(entry?.action).toBe('organisation.update');
    expect(entry?.changes).toEqual({
      phone: { from: null, to: '0499 123 456' },
      email: { from: 'info@deregenboog.voorbeeld.example', to: null },
      areaCodes: { from: ['WK999902'], to: ['WK999902', 'WK999903'] },
    });
  });

  it('gives 401, 403, 404 and 400 where due', async () => {
    const list = await (await t.request('/api/v1/organisations?q=Politie')).json();
    const id = list.items[0].id;
    const patch = (headers: Record<string, string>, body: unknown, target = id) =>
      t.request(`/api/v1/organisations/${target}`, { method: 'PATCH', headers, body: JSON.stringify(body) });
    expect((await patch(anonymousJson(t), { name: 'X' })).status).toBe(401);
    expect((await patch(jsonWith(officer), { name: 'Politie' })).status).toBe(403);
    expect((await patch(jsonWith(admin), { name: 'X' }, '00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
    const taken = await patch(jsonWith(admin), { name: 'Welzijn Voorbeeld' });
    expect(taken.status).toBe(400);
    expect((await taken.json()).invalidParams[0].code).toBe('error.nameTaken');
  });
});
