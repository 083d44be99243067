import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let admin: Record<string, string>;
let orgIds: string[];

type Entry = {
  id: string;
  occurredAt: string;
  action: string;
  actor: { id: string | null; label: string };
  resourceType: string;
  resourceId: string | null;
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await bearerFor(t, 'beheerder@voorbeeld.example');
  // Three writes by the administrator, after the demo loader's entries.
  orgIds = [];
  for (const name of ['Logclub A', 'Logclub B', 'Logclub C']) {
    const res = await t.request('/api/v1/organisations', {
      method: 'POST',
      headers: jsonWith(admin),
      body: JSON.stringify({ name, kind: 'informal_group' }),
    });
    orgIds.push((await res.json()).id);
  }
});
afterAll(() => t.close());

const get = async (query: string, headers = admin) => t.request(`/api/v1/audit-log${query}`, { headers });

describe('GET /api/v1/audit-log', () => {
  it('is for administrators only: 401 anonymous, 403 for a coordinator', async () => {
    const anon = await get('', {});
    expect(anon.status).toBe(401);
    expect(anon.headers.get('content-type')).toContain('application/problem+json');
    expect((await get('', await bearerFor(t, 'coordinator@voorbeeld.example'))).status).toBe(403);
  });

  it('lists newest first and pages by id with Link headers', async () => {
    const res = await get('?resourceType=organisation&limit=2');
    expect(res.status).toBe(200);
    const page1 = await res.json();
    expect(page1.items.map((e: Entry) => e.resourceId)).toEqual([orgIds[2], orgIds[1]]);
    expect(res.headers.get('Link')).toBe(`<${page1._links.next.href}>; rel="next"`);
    const page2 = await (await t.request(page1._links.next.href, { headers: admin })).json();
    expect(page2.items[0].resourceId).toBe(orgIds[0]);
    expect(Number(page2.items[0].id)).toBeLessThan(Number(page1.items[1].id));
  });

  it('filters by actor (id or label), action prefix, resource and dates', async () => {
    const ingrid = (await (await t.request('/api/v1/me', { headers: admin })).json()).id;
    const byId = await (await get(`?actor=${ingrid}&action=organisation`)).json();
    expect(byId.items.map((e: Entry) => e.resourceId).sort()).toEqual([...orgIds].sort());
    const byLabel = await (await get('?actor=demo%20load')).json();
    expect(byLabel.items.map((e: Entry) => e.action)).toEqual(['demo.load']);
    const prefix = await (await get('?action=organisation.cr&resourceType=organisation')).json();
    expect(prefix.items).toHaveLength(3);
    const one = await (await get(`?resourceType=organisation&resourceId=${orgIds[1]}`)).json();
    expect(one.items).toHaveLength(1);
    expect(one.items[0]).toMatchObject({
      action: 'organisation.create',
      actor: { id: ingrid, label: 'beheerder@voorbeeld.example' },
    });
    expect(one.items[0].changes).toMatchObject({ name: 'Logclub B', kind: 'informal_group' });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await (await get(`?from=${tomorrow}`)).json()).items).toHaveLength(0);
    const today = await (await get(`?action=organisation&to=${tomorrow}`)).json();
    expect(today.items).toHaveLength(3);
    const moment = await (
      await get(`?action=organisation&from=${encodeURIComponent(one.items[0].occurredAt)}`)
    ).json();
    expect(moment.items.map((e: Entry) => e.resourceId)).toContain(orgIds[2]);
  });

  it('answers bad filters with 400 and invalidParams', async () => {
    const res = await get('?from=yesterday&cursor=abc&limit=0');
    expect(res.status).toBe(400);
    const names = (await res.json()).invalidParams.map((i: { name: string }) => i.name).sort();
    expect(names).toEqual(['cursor', 'from', 'limit']);
    const order = await get('?from=2026-02-01&to=2026-01-01');
    expect(order.status).toBe(400);
    expect((await order.json()).invalidParams[0]).toMatchObject({
      name: 'to',
      code: 'admin.audit.toBeforeFrom',
    });
  });
});
