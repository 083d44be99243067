import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, demoMunicipalityId, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { financingDb } from '../financing/financing.tables.ts';
import { type FinancingFixture, insertFinancingFixture } from '../financing/financing-fixtures.ts';

// The financing API through the real HTTP app: budget lines of an item with permissions, bad
// input (a clear 4xx and nothing written), ETag/If-Match, the programme's figures and the CSV.

let t: TestApp;
let m: string;
let f: FinancingFixture;
let draft: FinancingFixture;
let officer: Record<string, string>; // Daan Visser, area officer of Noordhoek
let otherOfficer: Record<string, string>; // Eva de Vries, area officer of Centrum
let karin: Record<string, string>; // Woonstichting Voorbeeld, co-author
let henk: Record<string, string>; // resident
let coordinator: Record<string, string>;
let woonstichtingId: string;

const linesPath = (fx: FinancingFixture, itemId: string) =>
  `/api/v1/plans/${fx.planId}/items/${itemId}/budget-lines`;

async function lineCount(): Promise<number> {
  const r = await financingDb(t.ctx.db)
    .selectFrom('plan_budget_lines')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

beforeAll(async () => {
  t = await createTestApp();
  m = await demoMunicipalityId(t);
  f = await insertFinancingFixture(t.ctx.db, m);
  draft = await insertFinancingFixture(t.ctx.db, m, { state: 'draft', title: 'Concept wijkplan' });
  officer = await bearerFor(t, 'wijkambtenaar.noordoost@voorbeeld.example');
  otherOfficer = await bearerFor(t, 'wijkambtenaar.centrum@voorbeeld.example');
  karin = await bearerFor(t, 'k.deboer@woonstichting.voorbeeld.example');
  henk = await bearerFor(t, 'bewoner@voorbeeld.example');
  coordinator = await bearerFor(t, 'coordinator@voorbeeld.example');
  woonstichtingId = (
    await t.ctx.db
      .selectFrom('organisations')
      .select('id')
      .where('municipality_id', '=', m)
      .where('name', '=', 'Woonstichting Voorbeeld')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t.close());

const post = (path: string, auth: Record<string, string>, body: unknown) =>
  t.request(path, { method: 'POST', headers: jsonWith(auth), body: JSON.stringify(body) });

describe('budget lines of an item', () => {
  it('the area officer adds lines; everyone reads them with the share from other sources', async () => {
    const programme = await post(linesPath(f, f.interventionId), officer, {
      sourceKind: 'programme_budget',
      description: 'Bijdrage wijkbudget',
      year: 2026,
      committedCents: 30_000_00,
      spentCents: 10_000_00,
    });
    expect(programme.status).toBe(201);
    const line = (await programme.json()) as { id: string; version: number; sourceKind: string };
    expect(line).toMatchObject({ sourceKind: 'programme_budget', version: 1 });
    expect(programme.headers.get('Location')).toBe(`${linesPath(f, f.interventionId)}/${line.id}`);
    expect(programme.headers.get('ETag')).toBe('"v1"');

    const partner = await post(linesPath(f, f.interventionId), karin, {
      sourceKind: 'partner',
      sourceOrganisationId: woonstichtingId,
      description: 'Herinrichting binnenterrein',
      year: 2026,
      committedCents: 25_000_00,
    });
    expect(partner.status).toBe(201);

    const read = await t.request(linesPath(f, f.interventionId));
    expect(read.status).toBe(200);
    const body = (await read.json()) as {
      items: Array<{ sourceOrganisation: { name: string } | null }>;
      summary: { committedCents: number; otherSourcesCents: number; otherSharePercent: number };
      canEdit: boolean;
    };
    expect(body.items).toHaveLength(2);
    expect(body.items[1]?.sourceOrganisation?.name).toBe('Woonstichting Voorbeeld');
    expect(body.summary).toMatchObject({
      committedCents: 55_000_00,
      otherSourcesCents: 25_000_00,
      otherSharePercent: 45.5,
    });
    expect(body.canEdit).toBe(false);

    // A goal adds up the interventions below it.
    const goal = (await (await t.request(linesPath(f, f.goalId))).json()) as {
      items: unknown[];
      interventions: Array<{ item: { id: string }; summary: { committedCents: number } }>;
      summary: { committedCents: number };
    };
    expect(goal.items).toEqual([]);
    expect(goal.summary.committedCents).toBe(55_000_00);
    expect(goal.interventions.map((i) => i.item.id)).toEqual([f.interventionId, f.otherInterventionId]);
  });

  it('refuses what is not allowed: 401 signed out, 403 for readers and for another co-author’s part', async () => {
    const before = await lineCount();
    const body = { sourceKind: 'programme_budget', year: 2026, committedCents: 100 };
    const anon = await t.request(linesPath(f, f.interventionId), {
      method: 'POST',
      headers: anonymousJson(t),
      body: JSON.stringify(body),
    });
    expect(anon.status).toBe(401);
    expect((await post(linesPath(f, f.interventionId), henk, body)).status).toBe(403);
    expect((await post(linesPath(f, f.interventionId), otherOfficer, body)).status).toBe(403);
    // Karin writes for the corporation, not for Welzijn's intervention.
    expect((await post(linesPath(f, f.otherInterventionId), karin, body)).status).toBe(403);
    expect(await lineCount()).toBe(before);
  });

  it('keeps a draft plan’s money hidden from those who may not read the draft (404)', async () => {
    const add = await post(linesPath(draft, draft.interventionId), officer, {
      sourceKind: 'fund',
      sourceName: 'Oranje Fonds',
      year: 2026,
      committedCents: 5_000_00,
    });
    expect(add.status).toBe(201);
    expect((await t.request(linesPath(draft, draft.interventionId))).status).toBe(404);
    expect((await t.request(linesPath(draft, draft.interventionId), { headers: henk })).status).toBe(404);
    expect((await t.request(linesPath(draft, draft.interventionId), { headers: otherOfficer })).status).toBe(
      404,
    );
    expect((await t.request(linesPath(draft, draft.interventionId), { headers: officer })).status).toBe(200);
    // An item of another plan under this plan's id is not found.
    expect((await t.request(linesPath(f, draft.interventionId), { headers: officer })).status).toBe(404);
  });

  it('answers bad input with a 4xx naming the field, and writes nothing', async () => {
    const before = await lineCount();
    const bad = async (body: unknown, field: string) => {
      const res = await post(linesPath(f, f.interventionId), officer, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get('Content-Type')).toContain('application/problem+json');
      const p = (await res.json()) as { invalidParams: Array<{ name: string; reason: string }> };
      expect(p.invalidParams.map((i) => i.name)).toContain(field);
      for (const i of p.invalidParams) expect(i.reason).not.toMatch(/^plan\./);
    };
    const ok = { sourceKind: 'partner', sourceName: 'Stichting Buurtfonds', year: 2026, committedCents: 100 };
    await bad({ ...ok, committedCents: -1 }, 'committedCents');
    await bad({ ...ok, committedCents: 1.5 }, 'committedCents');
    await bad({ ...ok, spentCents: 10 ** 15 }, 'spentCents');
    await bad({ ...ok, year: 1850 }, 'year');
    await bad({ ...ok, sourceKind: 'lottery' }, 'sourceKind');
    await bad({ ...ok, sourceName: '' }, 'sourceName');
    await bad(
      { ...ok, sourceOrganisationId: '00000000-0000-4000-8000-000000000000' },
      'sourceOrganisationId',
    );
    const malformed = await t.request(linesPath(f, f.interventionId), {
      method: 'POST',
      headers: jsonWith(officer),
      body: '{"sourceKind":',
    });
    expect(malformed.status).toBe(400);
    const onGoal = await post(linesPath(f, f.goalId), officer, ok);
    expect(onGoal.status).toBe(422);
    expect(((await onGoal.json()) as { detail: string }).detail).toContain('interventies');
    expect((await t.request(`/api/v1/plans/${f.planId}/items/not-a-uuid/budget-lines`)).status).toBe(400);
    expect(await lineCount()).toBe(before);
  });
});

describe('changing and removing a line', () => {
  it('changes with If-Match, refuses a stale or foreign ETag (412) or body version (409), then removes', async () => {
    const created = (await (
      await post(linesPath(f, f.interventionId), officer, {
        sourceKind: 'national_programme',
        sourceName: 'Nationaal Programma Leefbaarheid en Veiligheid',
        year: 2027,
        committedCents: 40_000_00,
      })
    ).json()) as { id: string };
    const path = `${linesPath(f, f.interventionId)}/${created.id}`;
    const get = await t.request(path);
    expect(get.status).toBe(200);
    const etag = get.headers.get('ETag') ?? '';
    const patch = (headers: Record<string, string>, body: unknown) =>
      t.request(path, { method: 'PATCH', headers, body: JSON.stringify(body) });

    const changed = await patch({ ...jsonWith(karin), 'If-Match': etag }, { spentCents: 12_000_00 });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).toBe('"v2"');
    expect(((await changed.json()) as { spentCents: number }).spentCents).toBe(12_000_00);

    expect((await patch({ ...jsonWith(officer), 'If-Match': etag }, { spentCents: 1 })).status).toBe(412);
    expect(
      (await patch({ ...jsonWith(officer), 'If-Match': 'W/"nonsense"' }, { spentCents: 1 })).status,
    ).toBe(412);
    expect((await patch(jsonWith(officer), { spentCents: 1, version: 1 })).status).toBe(409);
    expect((await patch(jsonWith(officer), { spentCents: 1 })).status).toBe(400);
    expect((await patch({ ...jsonWith(officer), 'If-Match': '"v2"' }, { committedCents: -5 })).status).toBe(
      400,
    );
    expect((await patch({ ...jsonWith(henk), 'If-Match': '"v2"' }, { spentCents: 1 })).status).toBe(403);
    // The line under another item's path does not exist.
    const elsewhere = `${linesPath(f, f.otherInterventionId)}/${created.id}`;
    expect((await t.request(elsewhere)).status).toBe(404);

    const after = (await (await t.request(path)).json()) as { spentCents: number; version: number };
    expect(after).toMatchObject({ spentCents: 12_000_00, version: 2 });

    expect(
      (await t.request(path, { method: 'DELETE', headers: { ...officer, 'If-Match': '"v1"' } })).status,
    ).toBe(412);
    expect((await t.request(path, { method: 'DELETE', headers: henk })).status).toBe(403);
    expect(
      (await t.request(path, { method: 'DELETE', headers: { ...officer, 'If-Match': '"v2"' } })).status,
    ).toBe(204);
    expect((await t.request(path)).status).toBe(404);
  });

  it('writes an audit entry for each change', async () => {
    const actions = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('municipality_id', '=', m)
      .where('resource_type', '=', 'plan_budget_line')
      .execute();
    const kinds = new Set(actions.map((a) => a.action));
    expect(kinds).toEqual(
      new Set(['plan.budget_line.create', 'plan.budget_line.update', 'plan.budget_line.delete']),
    );
  });
});

describe('the programme’s finances', () => {
  it('adds up every project with money, with the share from other sources, for the programme office', async () => {
    const res = await t.request('/api/v1/programme/finances?year=2026', { headers: coordinator });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      projects: Array<{
        item: { id: string };
        plan: { areaCode: string };
        summary: { otherSharePercent: number };
      }>;
      summary: { committedCents: number; otherSourcesCents: number; otherSharePercent: number };
      years: number[];
    };
    const ids = body.projects.map((p) => p.item.id);
    expect(ids).toContain(f.interventionId);
    expect(ids).toContain(draft.interventionId); // coordinators see drafts too
    const sum = body.projects.reduce((s, p) => s + p.summary.otherSharePercent, 0);
    expect(sum).toBeGreaterThan(0);
    expect(body.summary.committedCents).toBeGreaterThanOrEqual(60_000_00);
    expect(body.years).toContain(2026);

    const area = (await (
      await t.request('/api/v1/programme/finances?areaCode=WK999901', { headers: coordinator })
    ).json()) as { projects: unknown[] };
    expect(area.projects).toEqual([]);
  });

  it('is for staff: 401 signed out, 403 for residents and partners, 400 for a bad year', async () => {
    expect((await t.request('/api/v1/programme/finances')).status).toBe(401);
    expect((await t.request('/api/v1/programme/finances', { headers: henk })).status).toBe(403);
    expect((await t.request('/api/v1/programme/finances', { headers: karin })).status).toBe(403);
    expect((await t.request('/api/v1/programme/finances?year=abc', { headers: coordinator })).status).toBe(
      400,
    );
    // An area officer sees the public plans and the drafts of their own areas only.
    const eva = (await (await t.request('/api/v1/programme/finances', { headers: otherOfficer })).json()) as {
      projects: Array<{ item: { id: string } }>;
    };
    expect(eva.projects.map((p) => p.item.id)).not.toContain(draft.interventionId);
  });

  it('exports every line as CSV for the finance department', async () => {
    const res = await t.request('/api/v1/programme/finances/budget-lines.csv?year=2026', {
      headers: coordinator,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte order mark Excel needs
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('Plan;Gebied;Onderdeel;')).toBe(true);
    const rows = text.trim().split('\r\n');
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(text).toContain('Woonstichting Voorbeeld;Herinrichting binnenterrein;2026;25000,00;0,00');
    const en = await t.request('/api/v1/programme/finances/budget-lines.csv?year=2026', {
      headers: { ...coordinator, 'Accept-Language': 'en' },
    });
    expect(await en.text()).toContain(';25000.00;');
    expect((await t.request('/api/v1/programme/finances/budget-lines.csv', { headers: henk })).status).toBe(
      403,
    );
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/plans/{planId}/items/{itemId}/budget-lines',
        '/plans/{planId}/items/{itemId}/budget-lines/{lineId}',
        '/programme/finances',
        '/programme/finances/budget-lines.csv',
      ]),
    );
  });
});
