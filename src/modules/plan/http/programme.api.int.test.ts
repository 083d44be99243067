import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, demoMunicipalityId, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { createItem } from '../create-item.ts';
import { createPlan } from '../create-plan.ts';
import { effectCoverage } from '../programme/effect-coverage.ts';
import { programmeDb } from '../programme/programme.tables.ts';

// The programme through the HTTP API on a real database: a resident submits an idea without an
// account (honeypot, idempotency, bad input), confirms it by the mailed link and follows it; an
// assessor scores it, the rule says why; the coordinator decides and the project becomes an
// intervention; the coherence view and the effect coverage; who may do what.

let t: TestApp;
let m: string;
let ip = 0;
const coordinator = 'coordinator@voorbeeld.example';

async function mails(to: string) {
  return t.ctx.db
    .selectFrom('outbox_messages')
    .select(['subject', 'body_text'])
    .where('recipient', '=', to)
    .orderBy('created_at')
    .execute();
}

function tokenIn(body: string, segment: string): string {
  const found = body.match(new RegExp(`/projecten/${segment}/([A-Za-z0-9_.-]+)`));
  if (!found?.[1]) throw new Error(`no ${segment} link in ${body}`);
  return found[1];
}

function anon(extra: Record<string, string> = {}) {
  return { ...anonymousJson(t), 'x-forwarded-for': `203.0.113.${++ip}`, ...extra };
}

const idea = (email: string, extra: Record<string, unknown> = {}) => ({
  areaCode: 'WK999902',
  title: 'Buurtmoestuin Noorderhof',
  summary: 'Samen een moestuin op het binnenhof, met bakken op hoogte voor ouderen.',
  durability: 'De bewonersvereniging beheert de tuin; de woonstichting levert water.',
  budgetEuros: '8.500',
  submitterName: 'Fatma',
  submitterEmail: email,
  ...extra,
});

async function ideaRows(email: string) {
  return programmeDb(t.ctx.db)
    .selectFrom('project_ideas')
    .selectAll()
    .where('submitter_email', '=', email)
    .execute();
}

beforeAll(async () => {
  t = await createTestApp({ template: 'demo', env: { TRUST_PROXY: 'true' } });
  m = await demoMunicipalityId(t);
});
afterAll(() => t.close());

describe('the effect framework', () => {
  it('is public, with the Den Haag default: six effects, three substantially, durability', async () => {
    const res = await t.request('/api/v1/effect-framework');
    expect(res.status).toBe(200);
    const f = await res.json();
    expect(f.minSubstantial).toBe(3);
    expect(f.effects.map((e: { code: string }) => e.code)).toEqual([
      'social_cohesion',
      'positive_image',
      'access_to_facilities',
      'safety',
      'employment',
      'ownership',
    ]);
    expect(f.criteria).toMatchObject([{ code: 'durability', minScore: 'some', name: 'Duurzaamheid' }]);
  });

  it('is changed by a coordinator only, with a version check and clear errors', async () => {
    const f = await (await t.request('/api/v1/effect-framework')).json();
    const body = (extra: Record<string, unknown> = {}) =>
      JSON.stringify({
        version: f.version,
        minSubstantial: 3,
        effects: f.effects.map((e: Record<string, unknown>) => ({
          id: e.id,
          name: e.name,
          description: e.description,
          active: true,
        })),
        criteria: f.criteria.map((c: Record<string, unknown>) => ({
          id: c.id,
          name: c.name,
          description: c.description,
          minScore: c.minScore,
        })),
        assessorIds: [],
        ...extra,
      });
    const officer = jsonWith(await bearerFor(t, 'wijkambtenaar.noordoost@voorbeeld.example'));
    expect(
      (await t.request('/api/v1/effect-framework', { method: 'PUT', headers: officer, body: body() })).status,
    ).toBe(403);
    const boss = jsonWith(await bearerFor(t, coordinator));
    const tooMany = await t.request('/api/v1/effect-framework', {
      method: 'PUT',
      headers: boss,
      body: body({ minSubstantial: 7 }),
    });
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).invalidParams[0].name).toBe('minSubstantial');

    // Name Daan Visser an assessor; the next save with the old version is a conflict.
    const daan = await t.ctx.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', 'wijkambtenaar.noordoost@voorbeeld.example')
      .executeTakeFirstOrThrow();
    const ok = await t.request('/api/v1/effect-framework', {
      method: 'PUT',
      headers: boss,
      body: body({ assessorIds: [daan.id] }),
    });
    expect(ok.status).toBe(200);
    expect((await ok.json()).assessors).toEqual([{ id: daan.id, name: 'Daan Visser' }]);
    const stale = await t.request('/api/v1/effect-framework', { method: 'PUT', headers: boss, body: body() });
    expect(stale.status).toBe(409);
  });
});

describe('a resident submits a project idea without an account', () => {
  it('refuses bad input with invalidParams and keeps nothing', async () => {
    const res = await t.request('/api/v1/project-ideas', {
      method: 'POST',
      headers: anon(),
      body: JSON.stringify(idea('not-an-address', { title: '', areaCode: 'WK999902', budgetEuros: 'veel' })),
    });
    expect(res.status).toBe(400);
    const names = (await res.json()).invalidParams.map((p: { name: string }) => p.name).sort();
    expect(names).toEqual(['budgetEuros', 'submitterEmail', 'title']);
    const unknownArea = await t.request('/api/v1/project-ideas', {
      method: 'POST',
      headers: anon(),
      body: JSON.stringify(idea('x@example.org', { areaCode: 'WK000000' })),
    });
    expect(unknownArea.status).toBe(404);
    expect(await ideaRows('x@example.org')).toHaveLength(0);
  });

  it('answers a filled-in honeypot as usual and keeps nothing', async () => {
    const res = await t.request('/api/v1/project-ideas', {
      method: 'POST',
      headers: anon(),
      body: JSON.stringify(idea('bot@example.org', { honeypot: 'https://spam.example' })),
    });
    expect(res.status).toBe(202);
    expect(await ideaRows('bot@example.org')).toHaveLength(0);
    expect(await mails('bot@example.org')).toHaveLength(0);
    const nonsense = await t.request('/api/v1/project-ideas', {
      method: 'POST',
      headers: anon(),
      body: JSON.stringify({ honeypot: 'x', title: 1 }),
    });
    expect(nonsense.status).toBe(202);
  });

  it('submits once per idempotency key, confirms by the mailed link, and follows it by a private link', async () => {
    const email = 'fatma@example.org';
    const headers = anon({ 'Idempotency-Key': 'moestuin-noorderhof-1' });
    for (let i = 0; i < 2; i++) {
      const res = await t.request('/api/v1/project-ideas', {
        method: 'POST',
        headers,
        body: JSON.stringify(idea(email)),
      });
      expect(res.status).toBe(202);
      expect((await res.json()).confirmed).toBe(false);
    }
    const rows = await ideaRows(email);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'unconfirmed',
      budget_cents: 850_000,
      submitter_kind: 'resident',
    });

    // Unconfirmed ideas are nobody's business yet.
    const boss = jsonWith(await bearerFor(t, coordinator));
    expect((await t.request(`/api/v1/project-ideas/${rows[0]?.id}`, { headers: boss })).status).toBe(404);

    const [confirmMail] = await mails(email);
    const token = tokenIn(confirmMail?.body_text ?? '', 'bevestigen');
    const bad = await t.request('/api/v1/project-ideas/confirm', {
      method: 'POST',
      headers: anon(),
      body: JSON.stringify({ token: `${token}x` }),
    });
    expect(bad.status).toBe(422);
    const confirmed = await t.request('/api/v1/project-ideas/confirm', {
      method: 'POST',
      headers: anon(),
      body: JSON.stringify({ token }),
    });
    expect(confirmed.status).toBe(200);
    const { followToken, alreadyConfirmed } = await confirmed.json();
    expect(alreadyConfirmed).toBe(false);
    const again = await (
      await t.request('/api/v1/project-ideas/confirm', {
        method: 'POST',
        headers: anon(),
        body: JSON.stringify({ token }),
      })
    ).json();
    expect(again.alreadyConfirmed).toBe(true);

    const received = (await mails(email)).at(-1);
    expect(tokenIn(received?.body_text ?? '', 'volgen')).toBe(followToken);
    const status = await (await t.request(`/api/v1/project-ideas/follow/${followToken}`)).json();
    expect(status).toMatchObject({ title: 'Buurtmoestuin Noorderhof', status: 'submitted', decisions: [] });
    // The confirm token does not open the status page.
    expect((await t.request(`/api/v1/project-ideas/follow/${token}`)).status).toBe(422);
  });
});

describe('assessment, decision, intervention, coherence', () => {
  it('goes from scores with reasons to an accepted project in the plan', async () => {
    const email = 'fatma@example.org';
    const [row] = await ideaRows(email);
    const id = row?.id as string;
    const boss = jsonWith(await bearerFor(t, coordinator));
    const resident = jsonWith(await bearerFor(t, 'bewoner@voorbeeld.example'));
    const centrum = jsonWith(await bearerFor(t, 'wijkambtenaar.centrum@voorbeeld.example'));
    const partner = jsonWith(await bearerFor(t, 'k.deboer@woonstichting.voorbeeld.example'));

    // Who sees it: not a resident, not the officer of another wijk, not a partner.
    for (const h of [resident, centrum, partner])
      expect((await t.request(`/api/v1/project-ideas/${id}`, { headers: h })).status).toBe(404);
    expect(
      (await (await t.request('/api/v1/project-ideas', { headers: centrum })).json()).items,
    ).toHaveLength(0);
    const listRes = await t.request('/api/v1/project-ideas?area=WK999902', { headers: boss });
    expect(listRes.status).toBe(200);
    const list = await listRes.json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await t.request('/api/v1/project-ideas', { headers: anon() })).status).toBe(401);

    const view = await (await t.request(`/api/v1/project-ideas/${id}`, { headers: boss })).json();
    expect(view.evaluation.outcome).toBe('incomplete');
    const effects = view.framework.effects as Array<{ id: string; code: string }>;
    const durability = view.framework.criteria[0].id as string;
    const substantial = new Set(['social_cohesion', 'ownership', 'positive_image']);
    const scores = [
      ...effects.map((e) => ({
        criterionId: e.id,
        score: substantial.has(e.code) ? 'substantial' : 'none',
        motivation: `Motivering voor ${e.code}.`,
      })),
      { criterionId: durability, score: 'some', motivation: 'De bewonersvereniging neemt het beheer over.' },
    ];

    // An unknown criterion or an empty motivation is a 400 and saves nothing.
    const badScores = await t.request(`/api/v1/project-ideas/${id}/assessments`, {
      method: 'PUT',
      headers: boss,
      body: JSON.stringify({
        scores: [
          { ...scores[0], motivation: '' },
          { ...scores[1], criterionId: id },
        ],
      }),
    });
    expect(badScores.status).toBe(400);
    // Area officer of the wijk (not an assessor before the framework test named him): Daan is an assessor now.
    const daan = jsonWith(await bearerFor(t, 'wijkambtenaar.noordoost@voorbeeld.example'));
    const daanScores = await t.request(`/api/v1/project-ideas/${id}/assessments`, {
      method: 'PUT',
      headers: daan,
      body: JSON.stringify({ scores }),
    });
    expect(daanScores.status).toBe(200);
    const assessed = await (
      await t.request(`/api/v1/project-ideas/${id}/assessments`, {
        method: 'PUT',
        headers: boss,
        body: JSON.stringify({ scores }),
      })
    ).json();
    expect(assessed.idea.status).toBe('in_assessment');
    expect(assessed.assessments).toHaveLength(14);
    expect(assessed.evaluation.outcome).toBe('meets');
    expect(assessed.evaluation.reasons[0]).toMatchObject({ key: 'plan.programme.rule.effectsMet', ok: true });
    expect(assessed.evaluation.reasons[0].text).toContain('3 van de 6');

    // A plan for Noordhoek with two goals, one action line.
    const ctx = { db: t.ctx.db, actor: systemActor(m), meta: {} };
    const plan = await createPlan(ctx, {
      areaCode: 'WK999902',
      title: 'Wijkplan Noordhoek (test)',
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
      state: 'adopted',
    });
    const goal = await createItem(ctx, plan.id, { title: 'Bewoners kennen en helpen elkaar' });
    const otherGoal = await createItem(ctx, plan.id, { title: 'Jongeren hebben een plek' });
    const line = await createItem(ctx, plan.id, { parentId: goal.id, title: 'Ontmoeten rond groen' });

    // Deciding: partners and officers may not; a missing action line or a stale version is refused.
    const decide = (h: Record<string, string>, body: Record<string, unknown>) =>
      t.request(`/api/v1/project-ideas/${id}/decision`, {
        method: 'POST',
        headers: h,
        body: JSON.stringify(body),
      });
    const version = assessed.idea.version as number;
    expect(
      (await decide(daan, { decision: 'accept', reason: 'Goed idee.', actionLineId: line.id, version }))
        .status,
    ).toBe(403);
    const noLine = await decide(boss, { decision: 'accept', reason: 'Goed idee.', version });
    expect(noLine.status).toBe(400);
    expect((await noLine.json()).invalidParams[0].name).toBe('actionLineId');
    expect(
      (await decide(boss, { decision: 'accept', reason: 'x', actionLineId: goal.id, version })).status,
    ).toBe(400);
    expect(
      (await decide(boss, { decision: 'accept', reason: 'x', actionLineId: line.id, version: version - 1 }))
        .status,
    ).toBe(409);

    const accepted = await decide(boss, {
      decision: 'accept',
      reason: 'Het idee dient drie effecten substantieel en de bewoners beheren de tuin zelf.',
      actionLineId: line.id,
      version,
    });
    expect(accepted.status).toBe(200);
    const decided = await accepted.json();
    expect(decided.idea).toMatchObject({ status: 'accepted', planId: plan.id, goalIds: [goal.id] });
    expect(decided.decisions).toMatchObject([
      { decision: 'accept', ruleOutcome: 'meets', decidedBy: 'Yusuf Demir' },
    ]);
    const item = await t.ctx.db
      .selectFrom('plan_items' as never)
      .selectAll()
      .where('id' as never, '=', decided.idea.planItemId as never)
      .executeTakeFirstOrThrow();
    expect(item).toMatchObject({
      level: 'intervention',
      parent_id: line.id,
      title: 'Buurtmoestuin Noorderhof',
    });

    // Decided once: no second decision.
    expect(
      (await decide(boss, { decision: 'reject', reason: 'x', version: decided.idea.version })).status,
    ).toBe(400);

    const mail = (await mails(email)).at(-1);
    expect(mail?.subject).toContain('aangenomen');
    expect(mail?.body_text).toContain('de bewoners beheren de tuin zelf');
    const follow = await (
      await t.request(`/api/v1/project-ideas/follow/${tokenIn(mail?.body_text ?? '', 'volgen')}`)
    ).json();
    expect(follow).toMatchObject({
      status: 'accepted',
      planId: plan.id,
      decisions: [{ decision: 'accept' }],
    });

    // Coherence: the idea serves the first goal; the second goal has no project.
    const coherence = await (
      await t.request('/api/v1/programme/coherence?area=WK999902', { headers: boss })
    ).json();
    expect(coherence.goalsWithoutIdea).toEqual([otherGoal.id]);
    expect(coherence.ideasWithoutGoal).not.toContain(id);
    expect(coherence.goals.find((g: { id: string }) => g.id === goal.id).ideaIds).toEqual([id]);
    expect((await t.request('/api/v1/programme/coherence?area=WK999902', { headers: partner })).status).toBe(
      403,
    );
    expect((await t.request('/api/v1/programme/coherence?area=XX', { headers: boss })).status).toBe(404);

    const coverage = await effectCoverage(t.ctx.db, m, [plan.id]);
    expect(coverage.projectCount).toBe(1);
    expect(
      coverage.effects
        .filter((e) => e.substantialProjects === 1)
        .map((e) => e.code)
        .sort(),
    ).toEqual(['ownership', 'positive_image', 'social_cohesion']);
  });

  it('asks to revise, and the submitter sends a revised idea through the status link', async () => {
    const email = 'wim@example.org';
    await t.request('/api/v1/project-ideas', {
      method: 'POST',
      headers: anon(),
      body: JSON.stringify(idea(email, { title: 'Repair Café' })),
    });
    const confirmToken = tokenIn((await mails(email))[0]?.body_text ?? '', 'bevestigen');
    const { followToken } = await (
      await t.request('/api/v1/project-ideas/confirm', {
        method: 'POST',
        headers: anon(),
        body: JSON.stringify({ token: confirmToken }),
      })
    ).json();
    const [row] = await ideaRows(email);
    const boss = jsonWith(await bearerFor(t, coordinator));
    // Before any decision the submitter cannot revise.
    const early = await t.request(`/api/v1/project-ideas/follow/${followToken}/revision`, {
      method: 'POST',
      headers: anon(),
      body: JSON.stringify({ title: 'Repair Café De Schakel', summary: 'Elke maand repareren.' }),
    });
    expect(early.status).toBe(400);
    expect((await early.json()).detail).toBeTruthy();
    const res = await t.request(`/api/v1/project-ideas/${row?.id}/decision`, {
      method: 'POST',
      headers: boss,
      body: JSON.stringify({
        decision: 'revise',
        reason: 'Beschrijf hoe jongeren meedoen.',
        version: row?.version,
      }),
    });
    expect(res.status).toBe(200);
    expect((await mails(email)).at(-1)?.body_text).toContain('Beschrijf hoe jongeren meedoen.');
    const revised = await t.request(`/api/v1/project-ideas/follow/${followToken}/revision`, {
      method: 'POST',
      headers: anon(),
      body: JSON.stringify({
        title: 'Repair Café De Schakel',
        summary: 'Elke maand repareren, met jongeren die leren.',
      }),
    });
    expect(revised.status).toBe(204);
    const status = await (await t.request(`/api/v1/project-ideas/follow/${followToken}`)).json();
    expect(status).toMatchObject({
      title: 'Repair Café De Schakel',
      status: 'submitted',
      decisions: [{ decision: 'revise' }],
    });
  });

  it('takes ideas from signed-in partners without e-mail confirmation', async () => {
    const partner = jsonWith(await bearerFor(t, 'k.deboer@woonstichting.voorbeeld.example'));
    const res = await t.request('/api/v1/project-ideas', {
      method: 'POST',
      headers: partner,
      body: JSON.stringify(idea('k.deboer@woonstichting.voorbeeld.example', { title: 'Portiekgesprekken' })),
    });
    expect(res.status).toBe(202);
    expect((await res.json()).confirmed).toBe(true);
    const [row] = await ideaRows('k.deboer@woonstichting.voorbeeld.example');
    expect(row).toMatchObject({ status: 'submitted', submitter_kind: 'partner' });
    // The submitter sees their own idea.
    expect((await t.request(`/api/v1/project-ideas/${row?.id}`, { headers: partner })).status).toBe(200);
  });
});
