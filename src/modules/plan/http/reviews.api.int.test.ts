import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { createItem } from '../create-item.ts';
import { addDays } from '../reviews/reminders.ts';
import { reviewsDb } from '../reviews/reviews.tables.ts';
import { runReviewRemindersJob } from '../reviews/run-review-reminders-job.ts';
import { createSmallPlan, ctxFor, demoEmails, organisationId, type SmallPlan } from '../testing.ts';
import { updateItem } from '../update-item.ts';

// Review moments and versions through the HTTP API on a real database: schedule, remind, hold
// (every item a verdict, then a version), compare two versions, and what others may not do.

let t: TestApp;
let small: SmallPlan;
let draft: SmallPlan;
let officer: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ template: 'demo' });
  small = await createSmallPlan(t.ctx.db);
  draft = await createSmallPlan(t.ctx.db, { state: 'draft', title: 'Concept wijkplan Noordhoek' });
  officer = jsonWith(await bearerFor(t, demoEmails.officerNoordhoek));
});
afterAll(() => t.close());

const today = new Date().toISOString().slice(0, 10);
const base = () => `/api/v1/plans/${small.plan.id}`;

async function schedule(body: Record<string, unknown>, headers = officer, planId = small.plan.id) {
  return t.request(`/api/v1/plans/${planId}/reviews`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
}

interface ReviewJson {
  id: string;
  state: string;
  version: number;
  versionId: string | null;
  versionNumber: number | null;
  counts: Record<string, number>;
  remindOn: string;
  assessments: Array<{ itemId: string; verdict: string; note: string }>;
}

async function count(table: 'plan_reviews' | 'plan_versions' | 'plan_review_assessments') {
  const row = await reviewsDb(t.ctx.db)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('scheduling review moments', () => {
  it('schedules one and lists it with its remind day', async () => {
    const res = await schedule({
      title: 'Peilmoment voorjaar',
      scheduledOn: '2026-03-10',
      remindDaysBefore: 21,
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as ReviewJson;
    expect(res.headers.get('location')).toBe(`${base()}/reviews/${created.id}`);
    expect(created).toMatchObject({ state: 'scheduled', remindOn: '2026-02-17', versionId: null });
    const list = (await (await t.request(`${base()}/reviews`, { headers: officer })).json()) as {
      items: ReviewJson[];
    };
    expect(list.items.map((r) => r.id)).toContain(created.id);
    // Adopted plans are public, and so are their review moments.
    expect((await t.request(`${base()}/reviews`)).status).toBe(200);
  });

  it('refuses bad input with the fields named, and writes nothing', async () => {
    const before = await count('plan_reviews');
    const res = await schedule({ title: '', scheduledOn: '2026-02-30', remindDaysBefore: 200 });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { invalidParams: Array<{ name: string }> };
    expect(problem.invalidParams.map((p) => p.name).sort()).toEqual([
      'remindDaysBefore',
      'scheduledOn',
      'title',
    ]);
    expect(await count('plan_reviews')).toBe(before);
  });

  it('is for plan managers: 401 without sign-in, 403 for a reader, 404 for a draft one may not read', async () => {
    const body = { title: 'Peilmoment', scheduledOn: '2026-06-01' };
    expect((await schedule(body, anonymousJson(t))).status).toBe(401);
    const resident = jsonWith(await bearerFor(t, demoEmails.resident));
    expect((await schedule(body, resident)).status).toBe(403);
    const coAuthor = jsonWith(await bearerFor(t, demoEmails.corporation));
    expect((await schedule(body, coAuthor)).status).toBe(403);
    expect((await schedule(body, resident, draft.plan.id)).status).toBe(404);
    expect((await t.request(`/api/v1/plans/${draft.plan.id}/reviews`, { headers: resident })).status).toBe(
      404,
    );
    const readOnly = jsonWith(await bearerFor(t, demoEmails.officerNoordhoek, ['read']));
    expect((await schedule(body, readOnly)).status).toBe(403);
  });

  it('moves a scheduled review with its version, and refuses a stale one', async () => {
    const r = (await (
      await schedule({ title: 'Peilmoment zomer', scheduledOn: '2026-07-01' })
    ).json()) as ReviewJson;
    const patch = (version: number) =>
      t.request(`${base()}/reviews/${r.id}`, {
        method: 'PATCH',
        headers: officer,
        body: JSON.stringify({
          title: 'Peilmoment zomer',
          scheduledOn: '2026-07-08',
          remindDaysBefore: 7,
          version,
        }),
      });
    const moved = await patch(r.version);
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as ReviewJson).remindOn).toBe('2026-07-01');
    expect((await patch(r.version)).status).toBe(409);
    const del = await t.request(`${base()}/reviews/${r.id}`, { method: 'DELETE', headers: officer });
    expect(del.status).toBe(204);
    expect((await t.request(`${base()}/reviews/${r.id}`, { headers: officer })).status).toBe(404);
  });
});

describe('reminders before a review moment', () => {
  it('mails each owner once with their items, and never twice', async () => {
    const plan = await createSmallPlan(t.ctx.db, { title: 'Wijkplan herinneringen' });
    const r = (await (
      await schedule(
        { title: 'Peilmoment herfst', scheduledOn: addDays(today, 10), remindDaysBefore: 14 },
        officer,
        plan.plan.id,
      )
    ).json()) as ReviewJson;
    const first = await runReviewRemindersJob(t.ctx);
    expect(first.messages).toBeGreaterThanOrEqual(2);
    const mails = await reviewsDb(t.ctx.db)
      .selectFrom('outbox_messages')
      .select(['recipient', 'subject', 'body_text'])
      .where('purpose', '=', 'plan-review-reminder')
      .where('body_text', 'like', '%Wijkplan herinneringen%')
      .execute();
    const karin = mails.find((m) => m.recipient === demoEmails.corporation);
    expect(karin?.subject).toContain('Peilmoment herfst');
    expect(karin?.body_text).toContain('Portiekgesprekken Molenveld');
    expect(karin?.body_text).toContain(
      `/wijkplannen/${plan.plan.id}/onderdelen/${plan.corporationIntervention.id}/bewerken`,
    );
    expect(karin?.body_text).not.toContain('Burendag');
    // Welzijn's intervention has no contact person: the organisation's address gets it.
    expect(mails.find((m) => m.recipient === 'info@welzijn.voorbeeld.example')?.body_text).toContain(
      'Burendag',
    );
    const again = await runReviewRemindersJob(t.ctx);
    expect(again.messages).toBe(0);
    const detail = (await (await t.request(`/api/v1/plans/${plan.plan.id}/reviews/${r.id}`)).json()) as {
      reminderSentAt: string | null;
    };
    expect(detail.reminderSentAt).not.toBeNull();
  });

  it('does not remind before the remind day', async () => {
    const plan = await createSmallPlan(t.ctx.db, { title: 'Wijkplan later' });
    await schedule(
      { title: 'Peilmoment later', scheduledOn: addDays(today, 30), remindDaysBefore: 14 },
      officer,
      plan.plan.id,
    );
    await runReviewRemindersJob(t.ctx);
    const mails = await reviewsDb(t.ctx.db)
      .selectFrom('outbox_messages')
      .select('id')
      .where('body_text', 'like', '%Wijkplan later%')
      .execute();
    expect(mails).toHaveLength(0);
  });
});

describe('holding a review and comparing versions', () => {
  it('needs a verdict for every item, then saves the plan as a version; compare shows what changed', async () => {
    const plan = await createSmallPlan(t.ctx.db, { title: 'Wijkplan peilen' });
    const p = `/api/v1/plans/${plan.plan.id}`;
    const first = (await (
      await t.request(`${p}/versions`, {
        method: 'POST',
        headers: officer,
        body: JSON.stringify({ label: 'Vastgesteld' }),
      })
    ).json()) as { id: string; number: number };
    expect(first.number).toBe(1);

    const r = (await (
      await schedule({ title: 'Peilmoment najaar', scheduledOn: addDays(today, 5) }, officer, plan.plan.id)
    ).json()) as ReviewJson;
    const put = (assessments: unknown[]) =>
      t.request(`${p}/reviews/${r.id}/assessments`, {
        method: 'PUT',
        headers: officer,
        body: JSON.stringify({ assessments }),
      });

    // "Needs attention" without a word is not a verdict; an item of another plan is not ours.
    const noNote = await put([
      { itemId: plan.corporationIntervention.id, verdict: 'needs_attention', note: '' },
    ]);
    expect(noNote.status).toBe(400);
    expect(((await noNote.json()) as { invalidParams: Array<{ name: string }> }).invalidParams[0]?.name).toBe(
      'assessments.0.note',
    );
    expect((await put([{ itemId: small.goal.id, verdict: 'on_track' }])).status).toBe(400);
    expect((await put([{ itemId: plan.goal.id, verdict: 'great' }])).status).toBe(400);

    const saved = await put([
      { itemId: plan.goal.id, verdict: 'on_track' },
      {
        itemId: plan.corporationIntervention.id,
        verdict: 'to_adjust',
        note: 'Start schuift naar het voorjaar.',
      },
    ]);
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as ReviewJson).counts).toEqual({
      on_track: 1,
      needs_attention: 0,
      to_adjust: 1,
    });

    // Two items still lack a verdict: nothing is held, no version is made.
    const versionsBefore = await count('plan_versions');
    const early = await t.request(`${p}/reviews/${r.id}/hold`, {
      method: 'POST',
      headers: officer,
      body: JSON.stringify({}),
    });
    expect(early.status).toBe(400);
    expect(await count('plan_versions')).toBe(versionsBefore);

    // Between the reminder and the review the owners update their items.
    const ctx = await ctxFor(t.ctx.db, demoEmails.officerNoordhoek);
    await updateItem(ctx, plan.plan.id, plan.corporationIntervention.id, {
      version: plan.corporationIntervention.version,
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      progress: 50,
    });
    await updateItem(ctx, plan.plan.id, plan.welfareIntervention.id, {
      version: plan.welfareIntervention.version,
      ownerOrganisationId: await organisationId(t.ctx.db, 'Woonstichting Voorbeeld'),
      status: 'stopped',
    });
    const added = await createItem(ctx, plan.plan.id, {
      parentId: plan.actionLine.id,
      title: 'Koffie in de portiek',
    });

    const hold = await t.request(`${p}/reviews/${r.id}/hold`, {
      method: 'POST',
      headers: officer,
      body: JSON.stringify({
        summary: 'Portiekgesprekken later, burendag vervalt.',
        assessments: [
          { itemId: plan.actionLine.id, verdict: 'needs_attention', note: 'Minder bereik dan gehoopt.' },
          { itemId: plan.welfareIntervention.id, verdict: 'to_adjust', note: 'Vervalt.' },
          { itemId: added.id, verdict: 'on_track' },
        ],
        version: r.version + 1,
      }),
    });
    expect(hold.status).toBe(200);
    const held = (await hold.json()) as ReviewJson;
    expect(held).toMatchObject({ state: 'held', versionNumber: 2 });
    expect(held.assessments).toHaveLength(5);

    // Held is history: no more verdicts, no second hold, no cancelling.
    expect((await put([{ itemId: plan.goal.id, verdict: 'to_adjust', note: 'Toch niet' }])).status).toBe(409);
    expect((await t.request(`${p}/reviews/${r.id}`, { method: 'DELETE', headers: officer })).status).toBe(
      409,
    );

    const version = (await (await t.request(`${p}/versions/${held.versionId}`)).json()) as {
      reviewId: string;
      snapshot: { items: Array<{ id: string; verdict: { verdict: string } | null }> };
    };
    expect(version.reviewId).toBe(r.id);
    expect(
      version.snapshot.items.find((i) => i.id === plan.corporationIntervention.id)?.verdict?.verdict,
    ).toBe('to_adjust');

    const cmp = await t.request(`${p}/versions/compare?from=${first.id}&to=${held.versionId}`);
    expect(cmp.status).toBe(200);
    const diff = (await cmp.json()) as Record<
      string,
      Array<{ item?: { id: string }; id?: string; from?: unknown; to?: unknown }>
    >;
    expect(diff.added?.map((i) => i.id)).toEqual([added.id]);
    expect(diff.dropped).toEqual([]);
    expect(diff.retimed?.[0]).toMatchObject({
      item: { id: plan.corporationIntervention.id },
      from: { startDate: '2026-03-01', endDate: '2026-10-31' },
      to: { startDate: '2026-04-01', endDate: '2027-03-31' },
    });
    expect(diff.reowned?.[0]).toMatchObject({
      item: { id: plan.welfareIntervention.id },
      from: { owner: 'Welzijn Voorbeeld' },
      to: { owner: 'Woonstichting Voorbeeld' },
    });
    expect(diff.statusChanged?.[0]).toMatchObject({ from: 'planned', to: 'stopped' });
    expect(diff.progressChanged?.find((c) => c.item?.id === plan.corporationIntervention.id)).toMatchObject({
      from: 30,
      to: 50,
    });

    // Newest first, a page at a time.
    const page = await t.request(`${p}/versions?limit=1`);
    const body = (await page.json()) as { items: Array<{ number: number }> };
    expect(body.items.map((v) => v.number)).toEqual([2]);
    expect(page.headers.get('link')).toContain('rel="next"');

    expect((await t.request(`${p}/versions/compare?from=${first.id}&to=not-a-version`)).status).toBe(400);
    expect((await t.request(`${p}/versions/compare?from=${first.id}&to=${small.plan.id}`)).status).toBe(404);
    // A version of one plan is not found under another.
    expect((await t.request(`${base()}/versions/${first.id}`)).status).toBe(404);
  });

  it('a draft plan’s versions are a 404 for those who may not read it', async () => {
    const resident = jsonWith(await bearerFor(t, demoEmails.resident));
    expect((await t.request(`/api/v1/plans/${draft.plan.id}/versions`, { headers: resident })).status).toBe(
      404,
    );
    const res = await t.request(`/api/v1/plans/${draft.plan.id}/versions`, {
      method: 'POST',
      headers: resident,
      body: JSON.stringify({ label: 'x' }),
    });
    expect(res.status).toBe(404);
  });

  it('publishes its routes in the OpenAPI document', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    for (const path of [
      '/plans/{planId}/reviews',
      '/plans/{planId}/reviews/{reviewId}',
      '/plans/{planId}/reviews/{reviewId}/assessments',
      '/plans/{planId}/reviews/{reviewId}/hold',
      '/plans/{planId}/versions',
      '/plans/{planId}/versions/compare',
      '/plans/{planId}/versions/{versionId}',
    ])
      expect(Object.keys(doc.paths), path).toContain(path);
  });
});
