import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { createSmallPlan, type SmallPlan } from '../../plan/testing.ts';
import { amsterdamDay } from '../signals/figures.ts';
import { getDashboard } from '../signals/get-dashboard.ts';
import { getTrends } from '../signals/get-trends.ts';
import { insertTestItems, setPublicMap } from '../signals/signals-testing.ts';
import { createInitiativesFixture, ctxFor, demoEmails, type InitiativesFixture } from '../testing.ts';

// The signals part through the HTTP API on a real database: the statistics and the dashboard
// are scoped (an area officer counts only their areas), the public map shows nothing without the
// municipality's opt-in and never residents' text or exact points, and wijksignalen bundle
// items of one area, link to a plan item, are sent on, and tell the residents the outcome.

let t: TestApp;
let f: InitiativesFixture;
let plan: SmallPlan;
const ids: Record<string, string> = {};
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

beforeAll(async () => {
  t = await createTestApp({ template: 'demo' });
  f = await createInitiativesFixture(t.ctx.db);
  plan = await createSmallPlan(t.ctx.db);
  const c = f.categories;
  const [centrumOpen, centrumOverdue, centrumEscalated, centrumDone, centrumIdea] = await insertTestItems(
    t.ctx.db,
    f.municipalityId,
    [
      {
        areaCode: 'BU99990101',
        categoryId: c.pavement,
        lon: 5.1234567,
        lat: 52.0987654,
        email: 'a@example.org',
        title: 'Tegel los bij Jansen op nummer 4',
      },
      {
        areaCode: 'BU99990101',
        categoryId: c.pavement,
        deadlineOn: '2020-01-01',
        lon: 5.1231,
        lat: 52.0989,
        title: 'Geheime titel overdue',
      },
      {
        areaCode: 'BU99990102',
        categoryId: c.litter,
        deadlineOn: '2020-01-01',
        escalated: true,
        lon: 5.13,
        lat: 52.1,
      },
      {
        areaCode: 'BU99990102',
        categoryId: c.litter,
        status: 'done',
        receivedAt: daysAgo(40),
        lon: 5.131,
        lat: 52.101,
      },
      {
        areaCode: 'BU99990101',
        categoryId: c.smallIdea,
        lon: 5.12,
        lat: 52.09,
        description: 'Een bankje voor mevrouw De Vries',
      },
    ],
  );
  Object.assign(ids, { centrumOpen, centrumOverdue, centrumEscalated, centrumDone, centrumIdea });
  const [noordhoek1, noordhoek2, cancelled, hidden] = await insertTestItems(t.ctx.db, f.municipalityId, [
    { areaCode: 'BU99990202', categoryId: c.pavement, lon: 5.2, lat: 52.2, email: 'b@example.org' },
    { areaCode: 'BU99990202', categoryId: c.pavement, deadlineOn: '2020-01-01', lon: 5.2001, lat: 52.2001 },
    { areaCode: 'BU99990202', categoryId: c.pavement, status: 'cancelled', lon: 5.21, lat: 52.21 },
    { areaCode: 'BU99990202', categoryId: c.litter, public: false, lon: 5.22, lat: 52.22 },
  ]);
  Object.assign(ids, { noordhoek1, noordhoek2, cancelled, hidden });
});
afterAll(() => t.close());

const get = async (path: string, auth: Record<string, string>) =>
  t.request(`/api/v1${path}`, { headers: auth });

describe('statistics and dashboard are scoped to the actor’s areas', () => {
  it('gives an area officer only their areas and the office everything', async () => {
    const centrum = await bearerFor(t, demoEmails.officerCentrum);
    const res = await get('/initiatives/statistics', centrum);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: Array<{ areaCode: string; count: number; open: number }> };
    expect(new Set(body.rows.map((r) => r.areaCode))).toEqual(new Set(['BU99990101', 'BU99990102']));
    expect(body.rows.reduce((n, r) => n + r.count, 0)).toBe(5);

    const office = await bearerFor(t, demoEmails.coordinator);
    const all = (await (await get('/initiatives/statistics', office)).json()) as {
      rows: Array<{ count: number }>;
    };
    expect(all.rows.reduce((n, r) => n + r.count, 0)).toBe(9);
    const narrowed = (await (await get('/initiatives/statistics?area=WK999902', office)).json()) as {
      rows: Array<{ areaCode: string; count: number }>;
    };
    expect(narrowed.rows.every((r) => r.areaCode === 'BU99990202')).toBe(true);
    expect(narrowed.rows.reduce((n, r) => n + r.count, 0)).toBe(4);
  });

  it('refuses another area, people without areas and anonymous callers', async () => {
    const centrum = await bearerFor(t, demoEmails.officerCentrum);
    expect((await get('/initiatives/statistics?area=WK999902', centrum)).status).toBe(403);
    expect((await get('/initiatives/statistics?area=NOPE', centrum)).status).toBe(404);
    expect((await get('/initiatives/statistics', await bearerFor(t, demoEmails.department))).status).toBe(
      403,
    );
    expect((await get('/initiatives/statistics', anonymousJson(t))).status).toBe(401);
    const bad = await get('/initiatives/statistics?from=2026-13', centrum);
    expect(bad.status).toBe(400);
    const reversed = await get('/initiatives/statistics?from=2026-05&to=2026-01', centrum);
    expect(reversed.status).toBe(400);
    expect(
      ((await reversed.json()) as { invalidParams: Array<{ name: string }> }).invalidParams[0]?.name,
    ).toBe('from');
  });

  it('counts open, overdue and escalated items per department for the area officer only', async () => {
    const d = await getDashboard(await ctxFor(t.ctx.db, demoEmails.officerCentrum), { locale: 'nl' });
    expect(d.open).toEqual({ total: 4, overdue: 2, escalated: 1 });
    const publicSpace = d.departments.find((x) => x.organisationId === f.organisations.publicSpace);
    expect(publicSpace).toMatchObject({ open: 3, overdue: 2, escalated: 1 });
    expect(d.periodTotal).toBe(5);
    expect(d.byStatus.find((s) => s.status === 'done')?.count).toBe(1);
    const thisMonth = amsterdamDay(new Date()).slice(0, 7);
    expect(d.months.at(-1)).toEqual({ month: thisMonth, count: 4 });
    expect(d.months).toHaveLength(12);
    expect(d.weeks).toHaveLength(12);
    expect(d.scope.choices.every((a) => a.code.startsWith('WK999901') || a.code.startsWith('BU999901'))).toBe(
      true,
    );

    const office = await getDashboard(await ctxFor(t.ctx.db, demoEmails.coordinator), { locale: 'nl' });
    expect(office.open.total).toBe(7);
    expect(office.open.overdue).toBe(3);
  });

  it('groups the trends per area the officer covers and per category', async () => {
    const tr = await getTrends(await ctxFor(t.ctx.db, demoEmails.officerNoordhoek), { locale: 'nl' });
    expect(tr.areas.map((a) => a.code).sort()).toEqual(['WK999902', 'WK999904']);
    const noordhoek = tr.areas.find((a) => a.code === 'WK999902');
    expect(noordhoek?.total.total).toBe(4);
    expect(tr.total.total).toBe(4);
    const inWijk = await getTrends(await ctxFor(t.ctx.db, demoEmails.coordinator), {
      locale: 'nl',
      areaCode: 'WK999901',
      categoryId: f.categories.pavement,
    });
    expect(inWijk.areas.find((a) => a.code === 'BU99990101')?.total.total).toBe(2);
    expect(inWijk.byCategory.map((r) => r.key)).toEqual([f.categories.pavement]);
  });
});

describe('the public signal map', () => {
  it('shows nothing while the municipality has not opted in', async () => {
    await setPublicMap(t.ctx.db, f.municipalityId, false);
    const res = await t.request('/api/v1/initiatives/public-signals');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    const body = (await res.json()) as { features: unknown[]; properties: { enabled: boolean } };
    expect(body.features).toEqual([]);
    expect(body.properties.enabled).toBe(false);
  });

  it('shows rounded points of public categories only, without residents’ text', async () => {
    await setPublicMap(t.ctx.db, f.municipalityId, true);
    const res = await t.request('/api/v1/initiatives/public-signals?months=12');
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text) as {
      features: Array<{ geometry: { coordinates: number[] }; properties: Record<string, unknown> }>;
    };
    // pavement + litter are on the map; the idea is not; cancelled and withdrawn items are left out.
    const total = body.features.reduce((n, x) => n + Number(x.properties.count), 0);
    expect(total).toBe(6);
    for (const feature of body.features) {
      for (const c of feature.geometry.coordinates) expect(Math.round(c * 1000) / 1000).toBe(c);
      expect(Object.keys(feature.properties).sort()).toEqual(
        ['areaCode', 'areaName', 'category', 'categoryName', 'count', 'month', 'status'].sort(),
      );
    }
    // Two items 60 m apart share one rounded point.
    expect(body.features.find((x) => x.geometry.coordinates[0] === 5.123)?.properties.count).toBe(2);
    for (const secret of [
      'Jansen',
      'Geheime titel',
      'mevrouw De Vries',
      'Geheimstraat',
      'a@example.org',
      '5.1234567',
      ids.centrumOpen ?? 'x',
    ])
      expect(text).not.toContain(secret);
    const litter = (await (
      await t.request('/api/v1/initiatives/public-signals?months=12&category=zwerfafval')
    ).json()) as {
      features: Array<{ properties: { category: string } }>;
    };
    expect(litter.features.length).toBeGreaterThan(0);
    expect(litter.features.every((x) => x.properties.category === 'zwerfafval')).toBe(true);
    expect((await t.request('/api/v1/initiatives/public-signals?months=99')).status).toBe(400);
  });
});

describe('wijksignalen', () => {
  it('bundles items of one area, and only the area’s officers and the office see it', async () => {
    const centrum = await bearerFor(t, demoEmails.officerCentrum);
    const outside = await t.request('/api/v1/initiatives/neighbourhood-signals', {
      method: 'POST',
      headers: jsonWith(centrum),
      body: JSON.stringify({
        areaCode: 'WK999901',
        title: 'Losse tegels',
        explanation: 'Meldingen over losse tegels in het centrum.',
        itemIds: [ids.centrumOpen, ids.noordhoek1],
      }),
    });
    expect(outside.status).toBe(400);
    const notMine = await t.request('/api/v1/initiatives/neighbourhood-signals', {
      method: 'POST',
      headers: jsonWith(centrum),
      body: JSON.stringify({
        areaCode: 'WK999902',
        title: 'Niet van mij',
        explanation: 'Dit gebied is niet van mij.',
      }),
    });
    expect(notMine.status).toBe(403);

    const created = await t.request('/api/v1/initiatives/neighbourhood-signals', {
      method: 'POST',
      headers: jsonWith(centrum),
      body: JSON.stringify({
        areaCode: 'WK999901',
        title: 'Losse tegels',
        explanation: 'Meldingen over losse tegels in het centrum.',
        itemIds: [ids.centrumOpen, ids.centrumOverdue],
      }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    const signal = (await created.json()) as { id: string; itemCount: number; status: string };
    expect(signal).toMatchObject({ itemCount: 2, status: 'open' });

    const noordhoek = await bearerFor(t, demoEmails.officerNoordhoek);
    expect((await get(`/initiatives/neighbourhood-signals/${signal.id}`, noordhoek)).status).toBe(404);
    const theirs = (await (await get('/initiatives/neighbourhood-signals', noordhoek)).json()) as {
      items: unknown[];
    };
    expect(theirs.items).toEqual([]);
    const office = (await (
      await get('/initiatives/neighbourhood-signals', await bearerFor(t, demoEmails.coordinator))
    ).json()) as {
      items: Array<{ id: string }>;
    };
    expect(office.items.map((s) => s.id)).toContain(signal.id);

    // A stale If-Match is a 412 with the current ETag; a stale body version a 409.
    const patch = (headers: Record<string, string>, body: unknown) =>
      t.request(`/api/v1/initiatives/neighbourhood-signals/${signal.id}`, {
        method: 'PATCH',
        headers: { ...jsonWith(centrum), ...headers },
        body: JSON.stringify(body),
      });
    const ok = await patch(
      { 'If-Match': '"1"' },
      { addItemIds: [ids.centrumEscalated], removeItemIds: [ids.centrumOverdue] },
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    const stale = await patch({ 'If-Match': '"1"' }, { title: 'Andere titel' });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe('"2"');
    expect((await patch({}, { title: 'Andere titel', version: 1 })).status).toBe(409);
    expect((await patch({}, { addItemIds: [ids.noordhoek2], version: 2 })).status).toBe(400);

    const view = (await (await get(`/initiatives/neighbourhood-signals/${signal.id}`, centrum)).json()) as {
      items: Array<{ id: string; reachable: boolean }>;
    };
    expect(view.items.map((i) => i.id).sort()).toEqual([ids.centrumOpen, ids.centrumEscalated].sort());
    expect(view.items.find((i) => i.id === ids.centrumOpen)?.reachable).toBe(true);
  });

  it('links to a plan item, is sent on, and tells the residents the outcome', async () => {
    const officer = await bearerFor(t, demoEmails.officerNoordhoek);
    const post = async (path: string, body: unknown) =>
      t.request(`/api/v1/initiatives/neighbourhood-signals${path}`, {
        method: 'POST',
        headers: jsonWith(officer),
        body: JSON.stringify(body),
      });
    const created = (await (
      await post('', {
        areaCode: 'BU99990202',
        title: 'Stoep aan de Noordkade',
        explanation: 'Twee meldingen over dezelfde stoep binnen een maand.',
        itemIds: [ids.noordhoek1, ids.noordhoek2],
      })
    ).json()) as { id: string };
    const badLink = await post(`/${created.id}/plan-link`, {
      planId: plan.plan.id,
      planItemId: created.id,
      version: 1,
    });
    expect(badLink.status).toBe(400);
    const linked = await post(`/${created.id}/plan-link`, {
      planId: plan.plan.id,
      planItemId: plan.actionLine.id,
      version: 1,
    });
    expect(linked.status).toBe(200);
    expect(((await linked.json()) as { status: string; planItemId: string }).planItemId).toBe(
      plan.actionLine.id,
    );
    const view = (await (await get(`/initiatives/neighbourhood-signals/${created.id}`, officer)).json()) as {
      planItem: { itemTitle: string } | null;
    };
    expect(view.planItem?.itemTitle).toBe(plan.actionLine.title);

    expect((await post(`/${created.id}/sending`, { version: 2 })).status).toBe(400);
    const sent = await post(`/${created.id}/sending`, {
      organisationId: f.organisations.publicSpace,
      board: 'Wijkraad Noordhoek',
      version: 2,
    });
    expect(sent.status).toBe(200);
    expect(await sent.json()).toMatchObject({ status: 'sent', sentToBoard: 'Wijkraad Noordhoek' });

    const outcome = await post(`/${created.id}/outcome`, {
      outcome: 'De stoep aan de Noordkade wordt in maart opnieuw bestraat.',
      version: 3,
    });
    expect(outcome.status).toBe(200);
    expect(await outcome.json()).toMatchObject({ status: 'closed' });
    const events = await t.ctx.db
      .withTables<{ initiative_events: { item_id: string; event: string; public_text: string | null } }>()
      .selectFrom('initiative_events')
      .select(['item_id', 'public_text'])
      .where('event', '=', 'signal_outcome')
      .where('item_id', 'in', [ids.noordhoek1 ?? '', ids.noordhoek2 ?? ''])
      .execute();
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.public_text?.includes('opnieuw bestraat'))).toBe(true);
    const mails = await t.ctx.db
      .selectFrom('outbox_messages')
      .select(['recipient', 'body_text'])
      .where('body_text', 'like', '%opnieuw bestraat%')
      .execute();
    expect(mails.map((m) => m.recipient)).toEqual(['b@example.org']);
    // Closed: no more changes.
    expect((await post(`/${created.id}/sending`, { board: 'College', version: 4 })).status).toBe(409);
  });
});

describe('the OpenAPI document', () => {
  it('lists the signals endpoints with their media types', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>
      >;
    };
    expect(
      Object.keys(doc.paths['/initiatives/public-signals']?.get?.responses['200']?.content ?? {}),
    ).toEqual(['application/geo+json']);
    for (const path of [
      '/initiatives/statistics',
      '/initiatives/neighbourhood-signals',
      '/initiatives/neighbourhood-signals/{id}',
      '/initiatives/neighbourhood-signals/{id}/plan-link',
      '/initiatives/neighbourhood-signals/{id}/sending',
      '/initiatives/neighbourhood-signals/{id}/outcome',
    ])
      expect(doc.paths[path], path).toBeDefined();
  });
});

describe('the monthly counts behind the figures', () => {
  it('stay equal to a fresh count after inserts, status changes, moves and deletes', async () => {
    const db = t.ctx.db;
    const fresh = async () =>
      (
        await db
          .withTables<{
            initiative_items: {
              municipality_id: string;
              area_id: string;
              category_id: string;
              status: string;
              received_at: Date;
            };
          }>()
          .selectFrom('initiative_items')
          .select(['area_id', 'category_id', 'status', db.fn.countAll<number>().as('n')])
          .groupBy(['area_id', 'category_id', 'status'])
          .execute()
      )
        .map((r) => `${r.area_id}|${r.category_id}|${r.status}|${Number(r.n)}`)
        .sort();
    const kept = async () =>
      (
        await db
          .withTables<{
            initiative_item_counts: { area_id: string; category_id: string; status: string; n: number };
          }>()
          .selectFrom('initiative_item_counts')
          .select((eb) => ['area_id', 'category_id', 'status', eb.fn.sum<number>('n').as('n')])
          .groupBy(['area_id', 'category_id', 'status'])
          .having((eb) => eb.fn.sum('n'), '>', 0)
          .execute()
      )
        .map((r) => `${r.area_id}|${r.category_id}|${r.status}|${Number(r.n)}`)
        .sort();
    const weekKey = sql`date_trunc('week', received_at at time zone 'Europe/Amsterdam')::date`;
    const freshWeeks = async () =>
      (
        await sql<{ week: string; area_id: string; n: number }>`
          select ${weekKey} as week, area_id, count(*)::int as n from initiative_items group by 1, 2`.execute(
          db,
        )
      ).rows
        .map((r) => `${r.week}|${r.area_id}|${r.n}`)
        .sort();
    const keptWeeks = async () =>
      (
        await sql<{ week: string; area_id: string; n: number }>`
          select week, area_id, sum(n)::int as n from initiative_item_week_counts group by 1, 2 having sum(n) > 0`.execute(
          db,
        )
      ).rows
        .map((r) => `${r.week}|${r.area_id}|${r.n}`)
        .sort();
    expect(await kept()).toEqual(await fresh());
    expect(await keptWeeks()).toEqual(await freshWeeks());
    const items = db.withTables<{
      initiative_items: {
        id: string;
        status: string;
        category_id: string;
        area_id: string;
        area_path: string;
      };
    }>();
    await items
      .updateTable('initiative_items')
      .set({ status: 'in_progress' })
      .where('id', 'in', [ids.noordhoek1 ?? '', ids.centrumIdea ?? ''])
      .execute();
    const buurt = await db
      .selectFrom('areas')
      .select(['id', 'path'])
      .where('code', '=', 'BU99990103')
      .executeTakeFirstOrThrow();
    await items
      .updateTable('initiative_items')
      .set({ area_id: buurt.id, area_path: buurt.path, category_id: f.categories.litter })
      .where('id', '=', ids.centrumDone ?? '')
      .execute();
    await insertTestItems(db, f.municipalityId, [
      { areaCode: 'BU99990103', categoryId: f.categories.litter, receivedAt: daysAgo(400) },
    ]);
    await items
      .deleteFrom('initiative_items')
      .where('id', '=', ids.hidden ?? '')
      .execute();
    expect(await kept()).toEqual(await fresh());
  });
});
