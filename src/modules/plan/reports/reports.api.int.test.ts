import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerFor } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { responseValidator } from '../../social-map/http/social-map-api.testing.ts';
import { createBudgetLine } from '../financing/write-budget-line.ts';
import { holdReview } from '../reviews/hold-review.ts';
import { scheduleReview } from '../reviews/schedule-review.ts';
import { createSmallPlan, ctxFor, demoEmails, organisationId, type SmallPlan } from '../testing.ts';
import { reportDb } from './reports.tables.ts';

// The progress report through the HTTP API on a real database: the plan's figures from every
// part (roll-up, the verdicts of the last review held, budget lines), voices that item owners
// add, the four download formats, and who may read or write what.

let t: TestApp;
let small: SmallPlan;
let draft: SmallPlan;
let karin: Record<string, string>;
let resident: Record<string, string>;
let coordinator: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ template: 'demo' });
  small = await createSmallPlan(t.ctx.db);
  draft = await createSmallPlan(t.ctx.db, { state: 'draft', title: 'Concept wijkplan Noordhoek' });
  const officer = await ctxFor(t.ctx.db, demoEmails.officerNoordhoek);
  const corporation = await organisationId(t.ctx.db, 'Woonstichting Voorbeeld');
  const intervention = small.corporationIntervention.id;
  await createBudgetLine(officer, small.plan.id, intervention, {
    sourceKind: 'programme_budget',
    year: 2026,
    committedCents: 1_000_000,
    spentCents: 400_000,
  });
  await createBudgetLine(officer, small.plan.id, intervention, {
    sourceKind: 'partner',
    sourceOrganisationId: corporation,
    year: 2026,
    committedCents: 1_500_000,
  });
  const review = await scheduleReview(officer, small.plan.id, {
    title: 'Peilmoment voorjaar',
    scheduledOn: '2026-04-01',
  });
  await holdReview(officer, small.plan.id, review.id, {
    summary: 'De burendag heeft nog geen datum in het jaarplan van Welzijn.',
    assessments: [
      { itemId: small.goal.id, verdict: 'on_track' },
      { itemId: small.actionLine.id, verdict: 'on_track' },
      { itemId: intervention, verdict: 'on_track' },
      { itemId: small.welfareIntervention.id, verdict: 'needs_attention', note: 'Nog geen budget.' },
    ],
  });
  karin = await bearerFor(t, demoEmails.corporation);
  resident = await bearerFor(t, demoEmails.resident);
  coordinator = await bearerFor(t, demoEmails.coordinator);
});
afterAll(() => t.close());

const json = (headers: Record<string, string>, body: unknown) => ({
  method: 'POST',
  headers: { ...headers, 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

async function voiceCount(): Promise<number> {
  const r = await reportDb(t.ctx.db)
    .selectFrom('plan_report_voices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('voices', () => {
  it('an item owner adds a quote to their own intervention', async () => {
    const res = await t.request(
      `/api/v1/plans/${small.plan.id}/voices`,
      json(karin, {
        quote: 'Sinds de portiekgesprekken groeten de buren elkaar weer.',
        attribution: 'Bewoner van het Molenveld',
        itemId: small.corporationIntervention.id,
        consent: true,
      }),
    );
    expect(res.status).toBe(201);
    const voice = await res.json();
    expect(voice).toMatchObject({
      attribution: 'Bewoner van het Molenveld',
      item: { title: 'Portiekgesprekken Molenveld' },
    });
    expect(res.headers.get('location')).toBe(`/api/v1/plans/${small.plan.id}/voices/${voice.id}`);
  });

  it('refuses without consent, for another owner’s item, or for the whole plan, and writes nothing', async () => {
    const before = await voiceCount();
    const base = { quote: 'Mooi!', attribution: 'Een buurman' };
    const noConsent = await t.request(
      `/api/v1/plans/${small.plan.id}/voices`,
      json(karin, { ...base, itemId: small.corporationIntervention.id, consent: false }),
    );
    expect(noConsent.status).toBe(400);
    expect((await noConsent.json()).invalidParams).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'consent' })]),
    );
    const other = await t.request(
      `/api/v1/plans/${small.plan.id}/voices`,
      json(karin, { ...base, itemId: small.welfareIntervention.id, consent: true }),
    );
    expect(other.status).toBe(400);
    const whole = await t.request(
      `/api/v1/plans/${small.plan.id}/voices`,
      json(karin, { ...base, consent: true }),
    );
    expect(whole.status).toBe(400);
    const tooLong = await t.request(
      `/api/v1/plans/${small.plan.id}/voices`,
      json(karin, {
        ...base,
        quote: 'x'.repeat(401),
        itemId: small.corporationIntervention.id,
        consent: true,
      }),
    );
    expect(tooLong.status).toBe(400);
    expect(await voiceCount()).toBe(before);
  });

  it('a resident may read but not add (403); a draft is not there for them (404); anonymous is refused', async () => {
    const body = { quote: 'Hallo', attribution: 'Ik', consent: true };
    expect((await t.request(`/api/v1/plans/${small.plan.id}/voices`, json(resident, body))).status).toBe(403);
    expect((await t.request(`/api/v1/plans/${draft.plan.id}/voices`, json(resident, body))).status).toBe(404);
    // Anonymous: no bearer token, so the CSRF check or the sign-in check refuses it.
    expect([401, 403]).toContain(
      (await t.request(`/api/v1/plans/${small.plan.id}/voices`, json({}, body))).status,
    );
    const list = await t.request(`/api/v1/plans/${small.plan.id}/voices`, { headers: resident });
    expect(list.status).toBe(200);
    expect((await list.json()).items).toHaveLength(1);
  });

  it('only the one who added it or a manager removes a voice', async () => {
    const add = await t.request(
      `/api/v1/plans/${small.plan.id}/voices`,
      json(karin, {
        quote: 'Tijdelijk',
        attribution: 'Test',
        itemId: small.corporationIntervention.id,
        consent: true,
      }),
    );
    const { id } = await add.json();
    const url = `/api/v1/plans/${small.plan.id}/voices/${id}`;
    expect((await t.request(url, { method: 'DELETE', headers: resident })).status).toBe(403);
    expect((await t.request(url, { method: 'DELETE', headers: karin })).status).toBe(204);
    expect((await t.request(url, { method: 'DELETE', headers: karin })).status).toBe(404);
  });
});

describe('GET /plans/{planId}/report', () => {
  it('brings status, review verdicts, finances and voices together for a reader of the plan', async () => {
    const res = await t.request(`/api/v1/plans/${small.plan.id}/report`, { headers: resident });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.plan).toMatchObject({ title: 'Wijkplan Noordhoek 2026–2029', area: { code: 'WK999902' } });
    expect(report.items.map((i: { level: string }) => i.level)).toEqual([
      'goal',
      'action_line',
      'intervention',
      'intervention',
    ]);
    const welfare = report.items.find((i: { id: string }) => i.id === small.welfareIntervention.id);
    expect(welfare.verdict).toEqual({ verdict: 'needs_attention', note: 'Nog geen budget.' });
    expect(report.reviews).toEqual([
      expect.objectContaining({ counts: { on_track: 3, needs_attention: 1, to_adjust: 0 } }),
    ]);
    expect(report.finances).toMatchObject({
      committedCents: 2_500_000,
      spentCents: 400_000,
      otherSourcesCents: 1_500_000,
      otherSharePercent: 60,
    });
    expect(report.voices.map((v: { attribution: string }) => v.attribution)).toEqual([
      'Bewoner van het Molenveld',
    ]);
    expect(report.voices[0]).not.toHaveProperty('addedById');
  });

  it('serves the PDF, the Word document, the workbook and a CSV table', async () => {
    const pdf = await t.request(`/api/v1/plans/${small.plan.id}/report?format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(
      /^attachment; filename="voortgangsrapportage-wijkplan-noordhoek/,
    );
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const docx = await t.request(`/api/v1/plans/${small.plan.id}/report`, {
      headers: { Accept: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    });
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const xlsx = await t.request(`/api/v1/plans/${small.plan.id}/report?format=xlsx`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const csv = await t.request(`/api/v1/plans/${small.plan.id}/report?format=csv&table=finances`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await csv.text();
    expect(text).toContain('Portiekgesprekken Molenveld;25000;4000;15000;60');
  });

  it('answers 400 for an unknown format or table and 404 for a draft, another id or no uuid', async () => {
    expect((await t.request(`/api/v1/plans/${small.plan.id}/report?format=odt`)).status).toBe(400);
    expect((await t.request(`/api/v1/plans/${small.plan.id}/report?format=csv&table=nope`)).status).toBe(400);
    expect((await t.request(`/api/v1/plans/${draft.plan.id}/report`, { headers: resident })).status).toBe(
      404,
    );
    expect((await t.request(`/api/v1/plans/${draft.plan.id}/report`, { headers: karin })).status).toBe(200);
    expect((await t.request('/api/v1/plans/00000000-0000-4000-8000-000000000000/report')).status).toBe(404);
    expect((await t.request('/api/v1/plans/nope/report')).status).toBe(400);
  });
});

describe('GET /programme/report', () => {
  it('is for the programme office: 401 anonymous, 403 for a resident', async () => {
    expect((await t.request('/api/v1/programme/report')).status).toBe(401);
    expect((await t.request('/api/v1/programme/report', { headers: resident })).status).toBe(403);
  });

  it('covers the current plans with their progress, last review and money', async () => {
    const res = await t.request('/api/v1/programme/report', { headers: coordinator });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.municipality).toBe('Gemeente Voorbeeld');
    const row = report.plans.find((p: { id: string }) => p.id === small.plan.id);
    expect(row).toMatchObject({ goals: 1, interventions: 2, lastReview: { counts: { needs_attention: 1 } } });
    expect(row.finance.committedCents).toBe(2_500_000);
    expect(report.plans.some((p: { id: string }) => p.id === draft.plan.id)).toBe(false);
    const xlsx = await t.request('/api/v1/programme/report?format=xlsx', { headers: coordinator });
    expect(xlsx.status).toBe(200);
  });
});

describe('the OpenAPI document', () => {
  it('lists the routes, and the JSON answers match their schemas', async () => {
    const doc = await (await t.request('/api/v1/openapi.json')).json();
    for (const path of [
      '/plans/{planId}/report',
      '/programme/report',
      '/plans/{planId}/voices',
      '/plans/{planId}/voices/{voiceId}',
    ])
      expect(Object.keys(doc.paths), path).toContain(path);
    const check = responseValidator(doc);
    const plan = await t.request(`/api/v1/plans/${small.plan.id}/report`, { headers: karin });
    expect(check('/plans/{planId}/report', 'get', 200, await plan.json())).toEqual([]);
    const programme = await t.request('/api/v1/programme/report', { headers: coordinator });
    expect(check('/programme/report', 'get', 200, await programme.json())).toEqual([]);
    const voices = await t.request(`/api/v1/plans/${small.plan.id}/voices`);
    expect(check('/plans/{planId}/voices', 'get', 200, await voices.json())).toEqual([]);
  });
});
