import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { createItem } from '../create-item.ts';
import { createBudgetLine } from '../financing/write-budget-line.ts';
import { createSmallPlan, ctxFor, demoEmails, organisationId } from '../testing.ts';

let t: TestApp;
let coordinator: Record<string, string>;
let corporation: Record<string, string>;
let resident: Record<string, string>;
let woonstichting: string;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = jsonWith(await bearerFor(t, demoEmails.coordinator));
  corporation = jsonWith(await bearerFor(t, demoEmails.corporation));
  resident = jsonWith(await bearerFor(t, demoEmails.resident));
  woonstichting = await organisationId(t.ctx.db, 'Woonstichting Voorbeeld');
});
afterAll(() => t.close());

const municipalCycle = {
  name: 'Planning- en controlcyclus',
  description: 'De vaste momenten waarop de raad kaders stelt, geld verdeelt en verantwoording krijgt.',
  deadlines: [
    { title: 'Inbreng kadernota', purpose: 'plan', month: 4, day: 15 },
    { title: 'Begroting naar de raad', purpose: 'budget', month: 11, day: 15 },
    { title: 'Jaarrekening', purpose: 'accounts', month: 7, day: 1 },
  ],
};

async function post(body: unknown, headers: Record<string, string>) {
  return t.request('/api/v1/planning-cycles', { method: 'POST', headers, body: JSON.stringify(body) });
}

async function cycleCount(): Promise<number> {
  const page = await (await t.request('/api/v1/planning-cycles?limit=200')).json();
  return page.items.length;
}

describe('planning cycles', () => {
  let municipalId: string;
  let corporationId: string;

  it('lets the programme office register the municipality’s own cycle and anyone read its dates', async () => {
    const res = await post(municipalCycle, coordinator);
    expect(res.status).toBe(201);
    const cycle = await res.json();
    municipalId = cycle.id;
    expect(res.headers.get('Location')).toBe(`/api/v1/planning-cycles/${cycle.id}`);
    expect(cycle.organisation).toBeNull();
    expect(
      cycle.deadlines.map((d: { title: string; everyMonths: number }) => [d.title, d.everyMonths]),
    ).toEqual([
      ['Inbreng kadernota', 12],
      ['Begroting naar de raad', 12],
      ['Jaarrekening', 12],
    ]);

    const one = await t.request(`/api/v1/planning-cycles/${cycle.id}`);
    expect(one.status).toBe(200);
    expect(one.headers.get('ETag')).toBe('"1"');

    const dates = await (
      await t.request('/api/v1/planning-cycles/deadlines?from=2027-01-01&to=2027-12-31')
    ).json();
    expect(
      dates.items.map((o: { date: string; deadline: { title: string } }) => `${o.date} ${o.deadline.title}`),
    ).toEqual([
      '2027-04-15 Inbreng kadernota',
      '2027-07-01 Jaarrekening',
      '2027-11-15 Begroting naar de raad',
    ]);
  });

  it('lets a housing corporation keep its own cycle, and nobody else’s', async () => {
    const own = await post(
      {
        organisationId: woonstichting,
        name: 'Jaarplan Woonstichting Voorbeeld',
        deadlines: [{ title: 'Jaarplan en begroting vastgesteld', purpose: 'budget', month: 10, day: 1 }],
      },
      corporation,
    );
    expect(own.status).toBe(201);
    corporationId = (await own.json()).id;
    const police = await organisationId(t.ctx.db, 'Politie basisteam Voorbeeld');
    const before = await cycleCount();
    expect((await post({ ...municipalCycle, organisationId: police }, corporation)).status).toBe(403);
    expect((await post(municipalCycle, corporation)).status).toBe(403);
    expect((await post(municipalCycle, resident)).status).toBe(403);
    expect((await post(municipalCycle, anonymousJson(t))).status).toBe(401);
    const patch = await t.request(`/api/v1/planning-cycles/${municipalId}`, {
      method: 'PATCH',
      headers: corporation,
      body: JSON.stringify({ version: 1, name: 'Overgenomen' }),
    });
    expect(patch.status).toBe(403);
    expect(await cycleCount()).toBe(before);

    const filtered = await (
      await t.request(`/api/v1/planning-cycles?organisationId=${woonstichting}`)
    ).json();
    expect(filtered.items.map((c: { name: string }) => c.name)).toEqual([
      'Planning- en controlcyclus',
      'Jaarplan Woonstichting Voorbeeld',
    ]);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const before = await cycleCount();
    const bad = await post(
      {
        name: 'Halfjaarcyclus',
        deadlines: [
          { title: 'Voorjaarsnota', purpose: 'plan', month: 2, day: 30 },
          { title: 'Najaar', purpose: 'nonsense', month: 13, day: 1, everyMonths: 5 },
        ],
      },
      coordinator,
    );
    expect(bad.status).toBe(400);
    expect(bad.headers.get('Content-Type')).toContain('application/problem+json');
    const names = (await bad.json()).invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'deadlines.0.day',
        'deadlines.1.purpose',
        'deadlines.1.month',
        'deadlines.1.everyMonths',
      ]),
    );
    expect((await post({ name: 'Leeg', deadlines: [] }, coordinator)).status).toBe(400);
    expect((await t.request('/api/v1/planning-cycles/deadlines?from=2027-01-01&to=2040-01-01')).status).toBe(
      400,
    );
    expect((await t.request('/api/v1/planning-cycles/not-a-uuid')).status).toBe(400);
    expect(await cycleCount()).toBe(before);
  });

  it('changes a cycle from the version the editor saw, and tells a late editor', async () => {
    const first = await t.request(`/api/v1/planning-cycles/${corporationId}`, {
      method: 'PATCH',
      headers: corporation,
      body: JSON.stringify({
        version: 1,
        deadlines: [
          { title: 'Bod op de woonvisie', purpose: 'plan', month: 7, day: 1 },
          { title: 'Jaarplan en begroting vastgesteld', purpose: 'budget', month: 10, day: 1 },
        ],
      }),
    });
    expect(first.status).toBe(200);
    expect((await first.json()).version).toBe(2);
    const late = await t.request(`/api/v1/planning-cycles/${corporationId}`, {
      method: 'PATCH',
      headers: coordinator,
      body: JSON.stringify({ version: 1, name: 'Iets anders' }),
    });
    expect(late.status).toBe(409);
    const now = await (await t.request(`/api/v1/planning-cycles/${corporationId}`)).json();
    expect(now.name).toBe('Jaarplan Woonstichting Voorbeeld');
    expect(now.deadlines).toHaveLength(2);
  });
});

describe('the plan timeline', () => {
  it('shows items by owner with their deadlines and flags items without owner or money in time', async () => {
    const small = await createSmallPlan(t.ctx.db, { state: 'draft' });
    const officer = await ctxFor(t.ctx.db, demoEmails.officerNoordhoek);
    const orphan = await createItem(officer, small.plan.id, {
      parentId: small.actionLine.id,
      title: 'Bankjes op het plein',
      startDate: '2026-05-01',
      endDate: '2026-06-30',
    });
    await createBudgetLine(officer, small.plan.id, small.corporationIntervention.id, {
      sourceKind: 'partner',
      sourceOrganisationId: woonstichting,
      year: 2026,
      committedCents: 1_250_000,
    });

    const officerAuth = jsonWith(await bearerFor(t, demoEmails.officerNoordhoek));
    const res = await t.request(`/api/v1/plans/${small.plan.id}/timeline`, { headers: officerAuth });
    expect(res.status).toBe(200);
    const timeline = await res.json();
    expect(timeline.window).toEqual({ from: '2026-01-01', to: '2029-12-31' });
    const lanes = Object.fromEntries(
      timeline.lanes.map((l: { owner: { name: string } | null; entries: unknown[] }) => [
        l.owner?.name ?? '-',
        l.entries,
      ]),
    );
    expect(Object.keys(lanes)).toEqual(['Welzijn Voorbeeld', 'Woonstichting Voorbeeld', '-']);
    const entry = (id: string) =>
      timeline.lanes
        .flatMap((l: { entries: Array<{ item: { id: string } }> }) => l.entries)
        .find((e: { item: { id: string } }) => e.item.id === id);
    // The corporation's intervention starting March 2026 had to be in its budget of 1 October 2025.
    const corp = entry(small.corporationIntervention.id);
    expect(corp.inBudgetBy).toMatchObject({ date: '2025-10-01', title: 'Jaarplan en begroting vastgesteld' });
    expect(corp.committedCents).toBe(1_250_000);
    expect(corp.flags).toEqual([]);
    // Welzijn has no cycle: its Burendag of September 2026 started without money.
    expect(entry(small.welfareIntervention.id)).toMatchObject({ inBudgetBy: null, flags: ['no_money'] });
    expect(entry(orphan.id).flags).toEqual(['no_owner', 'no_money']);
    // Goals and action lines have no owner here either, but ask no money.
    expect(entry(small.goal.id).flags).toEqual(['no_owner', 'no_dates']);
    expect(timeline.flagCounts).toMatchObject({ no_owner: 3, no_money: 2 });
    expect(timeline.deadlines.some((d: { title: string; date: string }) => d.date === '2026-10-01')).toBe(
      true,
    );

    // A draft is for its makers: a resident does not find it.
    expect((await t.request(`/api/v1/plans/${small.plan.id}/timeline`, { headers: resident })).status).toBe(
      404,
    );
    expect((await t.request(`/api/v1/plans/${small.plan.id}/timeline`)).status).toBe(404);
  });
});

describe('the OpenAPI document', () => {
  it('describes the planning-cycle, timeline and wijktoets routes', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/planning-cycles',
        '/planning-cycles/deadlines',
        '/planning-cycles/{cycleId}',
        '/plans/{planId}/timeline',
        '/neighbourhood-checks',
        '/neighbourhood-checks/{checkId}',
        '/neighbourhood-checks/{checkId}/answers/{areaCode}',
        '/neighbourhood-checks/{checkId}/close',
      ]),
    );
  });
});
