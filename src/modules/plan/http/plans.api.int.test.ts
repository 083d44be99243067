import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { responseValidator } from '../../social-map/http/social-map-api.testing.ts';
import { planDb } from '../plan.tables.ts';
import { createSmallPlan, demoEmails, organisationId, type SmallPlan } from '../testing.ts';

// /api/v1/plans through the real HTTP app: reading by role, writing with versions (ETag /
// If-Match → 412), the lost-update attempt, bad input and other people's plans.

let t: TestApp;
let officer: Record<string, string>;
let corporation: Record<string, string>;
let police: Record<string, string>;
let resident: Record<string, string>;
let readOnly: Record<string, string>;
let small: SmallPlan;
let draft: SmallPlan;
let check: ReturnType<typeof responseValidator>;

beforeAll(async () => {
  t = await createTestApp({ template: 'demo' });
  officer = jsonWith(await bearerFor(t, demoEmails.officerNoordhoek));
  corporation = jsonWith(await bearerFor(t, demoEmails.corporation));
  police = jsonWith(await bearerFor(t, demoEmails.police));
  resident = jsonWith(await bearerFor(t, demoEmails.resident));
  readOnly = jsonWith(await bearerFor(t, demoEmails.officerNoordhoek, ['read']));
  small = await createSmallPlan(t.ctx.db);
  draft = await createSmallPlan(t.ctx.db, { state: 'draft', title: 'Concept wijkplan Noordhoek' });
  check = responseValidator(await (await t.request('/api/v1/openapi.json')).json());
});
afterAll(() => t.close());

const send = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  t.request(`/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('reading', () => {
  it('anyone reads an adopted plan with its tree, roll-up and an ETag', async () => {
    const res = await t.request(`/api/v1/plans/${small.plan.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe(`"${small.plan.version}"`);
    const body = await res.json();
    expect(check('/plans/{planId}', 'get', 200, body)).toEqual([]);
    expect(body.items.map((i: { level: string }) => i.level)).toEqual([
      'goal',
      'action_line',
      'intervention',
      'intervention',
    ]);
    expect(body.items[1].rolledUpProgress).toBe(15);
    expect(body.permissions).toMatchObject({ read: true, manage: false, editableItemIds: [] });
  });

  it('a draft is a 404 for the public and outsiders, readable for members', async () => {
    expect((await t.request(`/api/v1/plans/${draft.plan.id}`)).status).toBe(404);
    expect((await send('GET', `/plans/${draft.plan.id}`, police)).status).toBe(404);
    expect((await send('GET', `/plans/${draft.plan.id}/items`, resident)).status).toBe(404);
    expect((await send('GET', `/plans/${draft.plan.id}`, corporation)).status).toBe(200);
  });

  it('lists with a cursor in the Link header; drafts only for those who may read them', async () => {
    const first = await send('GET', '/plans?areaCode=WK999902&limit=1', officer);
    expect(first.status).toBe(200);
    const page1 = await first.json();
    expect(check('/plans', 'get', 200, page1)).toEqual([]);
    expect(first.headers.get('Link')).toMatch(/rel="next"/);
    const page2 = await (
      await send(
        'GET',
        new URL(page1._links.next.href).pathname.replace('/api/v1', '') +
          new URL(page1._links.next.href).search,
        officer,
      )
    ).json();
    const ids = [...page1.items, ...page2.items].map((p: { id: string }) => p.id);
    expect(ids.sort()).toEqual([small.plan.id, draft.plan.id].sort());
    const publicIds = (await (await t.request('/api/v1/plans?areaCode=WK999902')).json()).items.map(
      (p: { id: string }) => p.id,
    );
    expect(publicIds).toEqual([small.plan.id]);
    expect((await t.request('/api/v1/plans?cursor=rubbish')).status).toBe(400);
    expect((await t.request('/api/v1/plans?state=rubbish')).status).toBe(400);
  });

  it('an id that is not a uuid is a 400, an unknown one a 404', async () => {
    expect((await t.request('/api/v1/plans/not-a-uuid')).status).toBe(400);
    expect((await t.request('/api/v1/plans/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('writing with versions', () => {
  it('PATCH with a stale If-Match is a 412 with the current ETag, and nothing is written', async () => {
    const res = await send(
      'PATCH',
      `/plans/${small.plan.id}`,
      { ...officer, 'If-Match': `"${small.plan.version}"` },
      {
        vision: 'In 2029 voelt iedereen zich thuis in Noordhoek.',
      },
    );
    expect(res.status).toBe(200);
    const etag = res.headers.get('ETag');
    expect(etag).toBe(`"${small.plan.version + 1}"`);
    expect(check('/plans/{planId}', 'patch', 200, await res.json())).toEqual([]);
    const stale = await send(
      'PATCH',
      `/plans/${small.plan.id}`,
      { ...officer, 'If-Match': `"${small.plan.version}"` },
      {
        vision: 'Oude tekst',
      },
    );
    expect(stale.status).toBe(412);
    expect(stale.headers.get('Content-Type')).toContain('application/problem+json');
    expect(stale.headers.get('ETag')).toBe(etag);
    const now = await (await t.request(`/api/v1/plans/${small.plan.id}`)).json();
    expect(now.plan.vision).toBe('In 2029 voelt iedereen zich thuis in Noordhoek.');
    // A version in the body instead of If-Match: a stale one is a 409; none at all a 400.
    expect((await send('PATCH', `/plans/${small.plan.id}`, officer, { version: 1, title: 'x' })).status).toBe(
      409,
    );
    const none = await send('PATCH', `/plans/${small.plan.id}`, officer, { title: 'x' });
    expect(none.status).toBe(400);
    expect((await none.json()).invalidParams.map((p: { name: string }) => p.name)).toEqual(['version']);
  });

  it('the lost-update attempt: two editors start from the same version; the second is told and loses nothing', async () => {
    const item = small.corporationIntervention;
    const path = `/plans/${small.plan.id}/items/${item.id}`;
    // Both open the item.
    const a = await send('GET', path, officer);
    const b = await send('GET', path, corporation);
    const etagA = a.headers.get('ETag') as string;
    const etagB = b.headers.get('ETag') as string;
    expect(etagA).toBe(etagB);
    // Karin (corporation) saves her progress first.
    const savedB = await send(
      'PATCH',
      path,
      { ...corporation, 'If-Match': etagB },
      { progress: 70, status: 'running' },
    );
    expect(savedB.status).toBe(200);
    // Daan (officer) saves a new end date from the version he read: refused, told what is there now.
    const savedA = await send(
      'PATCH',
      path,
      { ...officer, 'If-Match': etagA },
      { endDate: '2026-12-31', progress: 30 },
    );
    expect(savedA.status).toBe(412);
    expect(savedA.headers.get('ETag')).toBe(savedB.headers.get('ETag'));
    // Karin's change is intact; Daan's did not half-happen.
    const now = await (await send('GET', path, officer)).json();
    expect(now.progress).toBe(70);
    expect(now.endDate).toBe('2026-10-31');
    // Daan retries from the current version and keeps her progress.
    const retry = await send(
      'PATCH',
      path,
      { ...officer, 'If-Match': savedA.headers.get('ETag') as string },
      {
        endDate: '2026-12-31',
      },
    );
    expect(retry.status).toBe(200);
    const final = await retry.json();
    expect(check('/plans/{planId}/items/{itemId}', 'patch', 200, final)).toEqual([]);
    expect([final.progress, final.endDate]).toEqual([70, '2026-12-31']);
    const audits = await planDb(t.ctx.db)
      .selectFrom('audit_log')
      .select('action')
      .where('resource_id', '=', item.id)
      .where('action', '=', 'plan.item.update')
      .execute();
    expect(audits).toHaveLength(2);
  });

  it('co-authors edit their own parts only; readers, outsiders and read-only tokens are refused', async () => {
    const other = `/plans/${small.plan.id}/items/${small.welfareIntervention.id}`;
    expect((await send('PATCH', other, corporation, { version: 1, progress: 5 })).status).toBe(403);
    expect((await send('PATCH', other, police, { version: 1, progress: 5 })).status).toBe(403);
    expect((await send('PATCH', other, readOnly, { version: 1, progress: 5 })).status).toBe(403);
    expect((await send('PATCH', other, anonymousJson(t), { version: 1, progress: 5 })).status).toBe(401);
    // A draft's item is not there at all for an outsider.
    expect(
      (
        await send('PATCH', `/plans/${draft.plan.id}/items/${draft.welfareIntervention.id}`, police, {
          version: 1,
        })
      ).status,
    ).toBe(404);
    // An item id of another plan under this plan's path does not exist.
    expect((await send('GET', `/plans/${small.plan.id}/items/${draft.goal.id}`, officer)).status).toBe(404);
  });

  it('bad input is a 400 naming the fields, and nothing is written', async () => {
    const before = await planDb(t.ctx.db).selectFrom('plan_items').select('id').execute();
    const res = await send('POST', `/plans/${small.plan.id}/items`, officer, {
      parentId: small.actionLine.id,
      title: '',
      progress: 140,
      startDate: '2026-05-01',
      endDate: '2026-04-01',
    });
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['progress', 'title']);
    const dates = await send('POST', `/plans/${small.plan.id}/items`, officer, {
      parentId: small.actionLine.id,
      title: 'Data omgedraaid',
      startDate: '2026-05-01',
      endDate: '2026-04-01',
    });
    expect(dates.status).toBe(400);
    expect((await dates.json()).invalidParams[0].reason).toBe('De einddatum ligt voor de begindatum.');
    const malformed = await t.request(`/api/v1/plans/${small.plan.id}/items`, {
      method: 'POST',
      headers: officer,
      body: '{"title":',
    });
    expect(malformed.status).toBe(400);
    const after = await planDb(t.ctx.db).selectFrom('plan_items').select('id').execute();
    expect(after.length).toBe(before.length);
  });

  it('creates a plan, members, an item with milestones and indicators (manual and CBS)', async () => {
    const created = await send('POST', '/plans', officer, {
      areaCode: 'WK999904',
      title: 'Wijkplan Oosterpark',
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
    });
    expect(created.status).toBe(201);
    const plan = await created.json();
    expect(check('/plans', 'post', 201, plan)).toEqual([]);
    expect(plan.state).toBe('draft');
    expect((await send('POST', '/plans', corporation, { ...plan, areaCode: 'WK999902' })).status).toBe(403);

    const welfare = await organisationId(t.ctx.db, 'Welzijn Voorbeeld');
    const member = await send('POST', `/plans/${plan.id}/members`, officer, {
      organisationId: welfare,
      role: 'co_author',
    });
    expect(member.status).toBe(201);
    expect(check('/plans/{planId}/members', 'post', 201, await member.json())).toEqual([]);
    expect((await send('POST', `/plans/${plan.id}/members`, officer, { role: 'reader' })).status).toBe(400);

    const goal = await (
      await send('POST', `/plans/${plan.id}/items`, officer, { title: 'Meer groen', weight: 2 })
    ).json();
    const line = await (
      await send('POST', `/plans/${plan.id}/items`, officer, { parentId: goal.id, title: 'Geveltuinen' })
    ).json();
    const action = await send('POST', `/plans/${plan.id}/items`, officer, {
      parentId: line.id,
      title: 'Geveltuinactie Parkzoom',
      ownerOrganisationId: welfare,
      areaCodes: ['BU99990401'],
    });
    expect(action.status).toBe(201);
    const intervention = await action.json();
    expect(check('/plans/{planId}/items', 'post', 201, intervention)).toEqual([]);
    const itemPath = `/plans/${plan.id}/items/${intervention.id}`;

    const m1 = await (
      await send('POST', `${itemPath}/milestones`, officer, { title: 'Aanmelden', dueDate: '2026-04-01' })
    ).json();
    await send('POST', `${itemPath}/milestones`, officer, { title: 'Planten', dueDate: '2026-05-01' });
    const done = await send('PUT', `${itemPath}/milestones/${m1.id}`, officer, {
      title: 'Aanmelden',
      dueDate: '2026-04-01',
      doneOn: '2026-03-28',
    });
    expect(done.status).toBe(204);
    const item = await (await send('GET', itemPath, officer)).json();
    expect(item.rolledUpProgress).toBe(50);

    const manual = await send('POST', `${itemPath}/indicators`, officer, {
      name: 'Aantal geveltuinen',
      baseline: 4,
      target: 40,
      targetOn: '2027-12-31',
    });
    expect(manual.status).toBe(201);
    const indicator = await manual.json();
    const value = await send('POST', `${itemPath}/indicators/${indicator.id}/values`, officer, {
      measuredOn: '2026-06-01',
      value: 17,
      source: 'Telling wijkteam',
    });
    expect(value.status).toBe(201);

    // A CBS key figure of the area as source: the area's current figure is a value.
    await t.ctx.db
      .updateTable('areas')
      .set({ attributes: JSON.stringify({ aantal_inwoners: 5120, percentage_groen: null }) })
      .where('code', '=', 'BU99990401')
      .execute();
    const missing = await send('POST', `${itemPath}/indicators`, officer, {
      name: 'Groen',
      sourceKind: 'cbs',
      cbsKey: 'percentage_groen',
      cbsAreaCode: 'BU99990401',
    });
    expect(missing.status).toBe(400);
    const cbs = await send('POST', `${itemPath}/indicators`, officer, {
      name: 'Inwoners',
      sourceKind: 'cbs',
      cbsKey: 'aantal_inwoners',
      cbsAreaCode: 'BU99990401',
    });
    expect(cbs.status).toBe(201);
    const cbsIndicator = await cbs.json();
    expect(check('/plans/{planId}/items/{itemId}/indicators', 'post', 201, cbsIndicator)).toEqual([]);
    expect(cbsIndicator.values.map((v: { value: number; source: string }) => [v.value, v.source])).toEqual([
      [5120, 'CBS Kerncijfers wijken en buurten'],
    ]);

    const full = await (await send('GET', itemPath, officer)).json();
    expect(check('/plans/{planId}/items/{itemId}', 'get', 200, full)).toEqual([]);
    expect(full.indicators.map((i: { name: string }) => i.name)).toEqual(['Aantal geveltuinen', 'Inwoners']);
    expect(full.indicators[0].values[0]).toMatchObject({ value: 17, source: 'Telling wijkteam' });
    expect(full.areas.map((a: { code: string }) => a.code)).toEqual(['BU99990401']);

    expect((await send('DELETE', `/plans/${plan.id}/items/${line.id}`, officer)).status).toBe(409);
    expect((await send('DELETE', itemPath, officer, undefined)).status).toBe(204);
  });

  it('everything is in the OpenAPI document', async () => {
    const doc = await (await t.request('/api/v1/openapi.json')).json();
    for (const path of [
      '/plans',
      '/plans/{planId}',
      '/plans/{planId}/members',
      '/plans/{planId}/members/{memberId}',
      '/plans/{planId}/items',
      '/plans/{planId}/items/{itemId}',
      '/plans/{planId}/items/{itemId}/milestones',
      '/plans/{planId}/items/{itemId}/milestones/{milestoneId}',
      '/plans/{planId}/items/{itemId}/indicators',
      '/plans/{planId}/items/{itemId}/indicators/{indicatorId}',
      '/plans/{planId}/items/{itemId}/indicators/{indicatorId}/values',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
