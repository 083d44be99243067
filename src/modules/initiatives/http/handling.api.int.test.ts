import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { runWrite } from '../../../core/audit/write.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { insertTestItem, type TestItem } from '../handling/handling-test-items.ts';
import { initiativesDb, initiativesTx } from '../initiatives.tables.ts';
import { computeDeadline, extendDeadline } from '../rules/deadline.ts';
import { createInitiativesFixture, demoEmails, type InitiativesFixture } from '../testing.ts';

// The handling API through the real HTTP app on a real database: the whitelist of steps and the
// refused ones, transfers, questions and answers with the clock stop, corrections that re-route,
// ratings that reopen, who sees what (404 for what is routed elsewhere), lost updates, figures.

let t: TestApp;
let f: InitiativesFixture;
let coordinator: Record<string, string>;
let priya: Record<string, string>; // Afdeling Openbare Ruimte
let karin: Record<string, string>; // Woonstichting Voorbeeld (partner)
let eva: Record<string, string>; // area officer Centrum
let henk: Record<string, string>; // resident
const cal = { liberationDayOff: false };

beforeAll(async () => {
  t = await createTestApp();
  f = await createInitiativesFixture(t.ctx.db);
  coordinator = await bearerFor(t, demoEmails.coordinator);
  priya = await bearerFor(t, demoEmails.department);
  karin = await bearerFor(t, demoEmails.corporation);
  eva = await bearerFor(t, demoEmails.officerCentrum);
  henk = await bearerFor(t, demoEmails.resident);
});
afterAll(() => t.close());

const itemPath = (id: string) => `/api/v1/initiatives/items/${id}`;
const send = (method: string, path: string, auth: Record<string, string>, body: unknown, extra = {}) =>
  t.request(path, { method, headers: { ...jsonWith(auth), ...extra }, body: JSON.stringify(body) });
const post = (path: string, auth: Record<string, string>, body: unknown, extra = {}) =>
  send('POST', path, auth, body, extra);
const get = (path: string, auth: Record<string, string>) => t.request(path, { headers: auth });
const publicPost = (path: string, body: unknown) =>
  t.request(path, { method: 'POST', headers: anonymousJson(t), body: JSON.stringify(body) });

async function row(id: string) {
  return initiativesDb(t.ctx.db)
    .selectFrom('initiative_items')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}
async function events(id: string) {
  return initiativesDb(t.ctx.db)
    .selectFrom('initiative_events')
    .selectAll()
    .where('item_id', '=', id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
async function mailsTo(email: string) {
  return t.ctx.db
    .selectFrom('outbox_messages')
    .select(['subject', 'body_text', 'purpose'])
    .where('recipient', '=', email)
    .orderBy('created_at')
    .execute();
}
async function item(v: Parameters<typeof insertTestItem>[2]): Promise<TestItem> {
  return insertTestItem(t.ctx.db, f, v);
}
async function step(id: string, body: Record<string, unknown>, auth = coordinator) {
  const version = (await row(id)).version;
  return post(`${itemPath(id)}/transitions`, auth, { ...body, version });
}

describe('an item submitted through intake', () => {
  it('is handled to an answer the resident reads on their private page', async () => {
    const submitted = await t.request('/api/v1/initiatives/items', {
      method: 'POST',
      headers: anonymousJson(t),
      body: JSON.stringify({
        categoryId: f.categories.smallIdea,
        description: 'Een bankje bij het speelveld zodat ouders even kunnen zitten.',
        areaCode: 'BU99990102',
        contactEmail: 'idee@voorbeeld.example',
        consent: true,
      }),
    });
    expect(submitted.status).toBeLessThan(300);
    const receipt = (await submitted.json()) as { id: string; followToken: string };
    const view = (await (await get(itemPath(receipt.id), coordinator)).json()) as {
      item: { version: number; ownerOrganisationId: string };
    };
    expect(view.item.ownerOrganisationId).toBe(f.organisations.wijkzaken);
    const decided = await post(`${itemPath(receipt.id)}/transitions`, coordinator, {
      toStatus: 'decided',
      decision: 'granted',
      answer: 'Het bankje komt er in juni.',
      version: view.item.version,
    });
    expect(decided.status).toBe(200);
    const followed = (await (
      await t.request(`/api/v1/initiatives/follow/${receipt.followToken}`)
    ).json()) as {
      status: string;
      answer: string;
    };
    expect(followed).toMatchObject({ status: 'decided', answer: 'Het bankje komt er in juni.' });
    expect((await mailsTo('idee@voorbeeld.example')).at(-1)?.body_text).toContain(
      'Het bankje komt er in juni.',
    );
  });
});

describe('transitions', () => {
  it('walks the whitelist to done; each step tells the resident and moves the version on', async () => {
    const email = 'stap@voorbeeld.example';
    const it1 = await item({ category: 'pavement', email });
    const get1 = await get(itemPath(it1.id), priya);
    expect(get1.status).toBe(200);
    expect(get1.headers.get('ETag')).toBe('"v1"');
    const view = (await get1.json()) as {
      allowedNext: string[];
      may: { handle: boolean };
      ownerName: string;
    };
    expect(view.allowedNext).toEqual(['in_progress', 'awaiting_resident', 'decided', 'cancelled']);
    expect(view.may.handle).toBe(true);
    expect(view.ownerName).toBe('Afdeling Openbare Ruimte');

    const started = await post(`${itemPath(it1.id)}/transitions`, priya, {
      toStatus: 'in_progress',
      version: 1,
      note: 'Ploeg langs sturen',
    });
    expect(started.status).toBe(200);
    expect(started.headers.get('ETag')).toBe('"v2"');
    const decided = await post(
      `${itemPath(it1.id)}/transitions`,
      priya,
      { toStatus: 'decided', decision: 'granted', answer: 'Wij leggen de tegel deze week opnieuw.' },
      { 'If-Match': '"v2"' },
    );
    expect(decided.status).toBe(200);
    const body = (await decided.json()) as {
      status: string;
      decision: string;
      answer: string;
      decidedAt: string;
    };
    expect(body).toMatchObject({ status: 'decided', decision: 'granted' });
    expect(body.decidedAt).not.toBeNull();
    expect((await step(it1.id, { toStatus: 'in_execution' }, priya)).status).toBe(200);
    expect((await step(it1.id, { toStatus: 'done' }, priya)).status).toBe(200);
    const done = await row(it1.id);
    expect(done.status).toBe('done');
    expect(done.closed_at).not.toBeNull();

    const history = await events(it1.id);
    expect(history.map((e) => e.event)).toEqual([
      'received',
      'in_progress',
      'decided_granted',
      'in_execution',
      'done',
    ]);
    expect(history[1]?.internal_note).toBe('Ploeg langs sturen');
    const decidedEvent = history[2];
    expect(decidedEvent?.public_text).toContain('Wij leggen de tegel deze week opnieuw.');
    // The resident got every step by mail, in the same words as their page shows.
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(4);
    expect(mails[1]?.body_text).toBe(decidedEvent?.public_text);
    expect(mails.every((m) => m.purpose === 'initiatives-resident-update')).toBe(true);
  });

  it('refuses steps off the whitelist (422) and decisions or cancellations without their text (400)', async () => {
    const it1 = await item({ category: 'pavement' });
    const off = await step(it1.id, { toStatus: 'done' });
    expect(off.status).toBe(422);
    const problem = (await off.json()) as { detail: string };
    expect(problem.detail).toBe('Deze stap is niet mogelijk vanuit de huidige status.');

    const noAnswer = await step(it1.id, { toStatus: 'decided', decision: 'rejected' });
    expect(noAnswer.status).toBe(400);
    const p2 = (await noAnswer.json()) as { invalidParams: Array<{ name: string; reason: string }> };
    expect(p2.invalidParams[0]?.name).toBe('answer');
    expect(p2.invalidParams[0]?.reason).toBe('Schrijf het antwoord dat de melder te lezen krijgt.');

    const noDecision = await step(it1.id, { toStatus: 'decided', answer: 'Nee.' });
    expect(
      ((await noDecision.json()) as { invalidParams: Array<{ name: string }> }).invalidParams[0]?.name,
    ).toBe('decision');
    const noReason = await step(it1.id, { toStatus: 'cancelled' });
    expect(noReason.status).toBe(400);
    expect(
      ((await noReason.json()) as { invalidParams: Array<{ name: string }> }).invalidParams[0]?.name,
    ).toBe('reason');
    // A question goes through /questions (it needs the question).
    const waiting = await step(it1.id, { toStatus: 'awaiting_resident' });
    expect(waiting.status).toBe(400);
    // In English when asked in English.
    const en = await post(`${itemPath(it1.id)}/transitions?lang=en`, coordinator, {
      toStatus: 'in_execution',
      version: 1,
    });
    expect(en.status).toBe(422);
    const bad = await post(`${itemPath(it1.id)}/transitions`, coordinator, { toStatus: 'gone', version: 1 });
    expect(bad.status).toBe(400);
    const noVersion = await post(`${itemPath(it1.id)}/transitions`, coordinator, { toStatus: 'in_progress' });
    expect(noVersion.status).toBe(400);

    // Only a granted item is carried out: a rejected one cannot be.
    const rejected = await item({
      category: 'pavement',
      status: 'decided',
      decision: 'rejected',
      answer: 'Nee.',
    });
    expect((await step(rejected.id, { toStatus: 'in_execution' })).status).toBe(422);
    expect((await row(rejected.id)).status).toBe('decided');

    const unchanged = await row(it1.id);
    expect(unchanged).toMatchObject({ status: 'received', version: 1 });
    expect((await events(it1.id)).map((e) => e.event)).toEqual(['received']);
  });

  it('cancels with a reason the resident reads, and reopens with a new handling time', async () => {
    const it1 = await item({ category: 'smallIdea', email: 'annuleren@voorbeeld.example' });
    const cancelled = await step(it1.id, {
      toStatus: 'cancelled',
      reason: 'Dubbele melding van M-2026-000001.',
    });
    expect(cancelled.status).toBe(200);
    expect((await events(it1.id)).at(-1)?.public_text).toContain('Dubbele melding van M-2026-000001.');
    const reopened = await step(it1.id, { toStatus: 'reopened' });
    expect(reopened.status).toBe(200);
    const r = await row(it1.id);
    expect(r.status).toBe('reopened');
    expect(r.closed_at).toBeNull();
    expect(r.deadline_on).toBe(computeDeadline(new Date(), { days: 3, dayType: 'working' }, cal));
  });
});

describe('transfers', () => {
  it('hands an item on with a reason: logged from → to, the resident told who has it, the old owner loses sight', async () => {
    const email = 'overdracht@voorbeeld.example';
    const it1 = await item({ category: 'pavement', email, areaCode: 'BU99990201' });
    const before = await row(it1.id);
    const housing = f.organisations.housing;
    const noReason = await post(`${itemPath(it1.id)}/transfers`, priya, {
      organisationId: housing,
      version: 1,
    });
    expect(noReason.status).toBe(400);
    const same = await post(`${itemPath(it1.id)}/transfers`, priya, {
      organisationId: f.organisations.publicSpace,
      reason: 'x',
      version: 1,
    });
    expect(same.status).toBe(400);
    const nowhere = await post(`${itemPath(it1.id)}/transfers`, priya, {
      organisationId: '00000000-0000-4000-8000-000000000000',
      reason: 'x',
      version: 1,
    });
    expect(nowhere.status).toBe(400);

    const moved = await post(`${itemPath(it1.id)}/transfers`, priya, {
      organisationId: housing,
      reason: 'De tegel ligt op grond van de woonstichting.',
      version: 1,
    });
    expect(moved.status).toBe(200);
    const after = await row(it1.id);
    expect(after.owner_organisation_id).toBe(housing);
    expect(after.deadline_on).toBe(before.deadline_on);
    const transfer = (await events(it1.id)).at(-1);
    expect(transfer).toMatchObject({
      event: 'transferred',
      from_organisation_id: f.organisations.publicSpace,
      to_organisation_id: housing,
      reason: 'De tegel ligt op grond van de woonstichting.',
    });
    expect(transfer?.public_text).toContain('Woonstichting Voorbeeld');
    const mail = (await mailsTo(email)).at(-1);
    expect(mail?.body_text).toContain('Woonstichting Voorbeeld');

    expect((await get(itemPath(it1.id), priya)).status).toBe(404);
    const forKarin = await get(itemPath(it1.id), karin);
    expect(forKarin.status).toBe(200);
    const view = (await forKarin.json()) as { organisationNames: Record<string, string> };
    expect(view.organisationNames[f.organisations.publicSpace]).toBe('Afdeling Openbare Ruimte');
  });

  it('assigns a person of the owner organisation, and nobody from elsewhere', async () => {
    const it1 = await item({ category: 'pavement' });
    const priyaId = (
      await t.ctx.db
        .selectFrom('people')
        .select('id')
        .where('email', '=', demoEmails.department)
        .executeTakeFirstOrThrow()
    ).id;
    const karinId = (
      await t.ctx.db
        .selectFrom('people')
        .select('id')
        .where('email', '=', demoEmails.corporation)
        .executeTakeFirstOrThrow()
    ).id;
    const wrong = await send('PUT', `${itemPath(it1.id)}/assignee`, coordinator, {
      personId: karinId,
      version: 1,
    });
    expect(wrong.status).toBe(400);
    const ok = await send('PUT', `${itemPath(it1.id)}/assignee`, coordinator, {
      personId: priyaId,
      version: 1,
    });
    expect(ok.status).toBe(200);
    expect((await row(it1.id)).owner_person_id).toBe(priyaId);
    const mine = (await (await get('/api/v1/initiatives/items?scope=mine', priya)).json()) as {
      items: Array<{ id: string; ownerPersonName: string }>;
    };
    expect(mine.items.map((i) => i.id)).toEqual([it1.id]);
    expect(mine.items[0]?.ownerPersonName).toBe('Priya Ramdin');
  });
});

describe('a question to the resident and the answer', () => {
  it('stops the clock: the deadline moves on by the working days waited', async () => {
    const email = 'vraag@voorbeeld.example';
    const it1 = await item({
      category: 'careQuestion',
      email,
      deadlineOn: '2099-06-01',
      escalateOn: '2099-06-08',
    });
    const asked = await post(`${itemPath(it1.id)}/questions`, coordinator, {
      question: 'Om welke dagen gaat het?',
      version: 1,
    });
    expect(asked.status).toBe(200);
    expect((await row(it1.id)).status).toBe('awaiting_resident');
    const question = (await events(it1.id)).at(-1);
    expect(question?.event).toBe('question');
    expect(question?.public_text).toContain('Om welke dagen gaat het?');
    expect((await mailsTo(email)).at(-1)?.body_text).toContain('Om welke dagen gaat het?');

    // The question went out eight days ago.
    const askedAt = new Date(Date.now() - 8 * 86_400_000);
    await initiativesDb(t.ctx.db)
      .updateTable('initiative_events')
      .set({ created_at: askedAt })
      .where('id', '=', question?.id as string)
      .execute();
    const empty = await publicPost(`/api/v1/initiatives/follow/${it1.followToken}/answer`, { text: '' });
    expect(empty.status).toBe(400);
    const wrongToken = await publicPost(`/api/v1/initiatives/follow/${'x'.repeat(43)}/answer`, {
      text: 'Hoi',
    });
    expect(wrongToken.status).toBe(404);
    const answered = await publicPost(`/api/v1/initiatives/follow/${it1.followToken}/answer`, {
      text: 'Vooral op dinsdag en donderdag.',
    });
    expect(answered.status).toBe(200);
    const expected = extendDeadline('2099-06-01', askedAt, new Date(), cal);
    expect(expected > '2099-06-01').toBe(true);
    expect(await answered.json()).toEqual({ status: 'in_progress', deadlineOn: expected });
    const r = await row(it1.id);
    expect(r).toMatchObject({ status: 'in_progress', deadline_on: expected });
    expect(r.escalate_on > expected).toBe(true);
    const answer = (await events(it1.id)).at(-1);
    expect(answer).toMatchObject({
      event: 'answer',
      from_status: 'awaiting_resident',
      to_status: 'in_progress',
    });
    expect(answer?.public_text).toContain('Vooral op dinsdag en donderdag.');
    // The coordinator asked, so the coordinator hears the answer.
    const told = (await mailsTo(demoEmails.coordinator)).filter((m) => m.purpose === 'initiatives-handling');
    expect(told.at(-1)?.body_text).toContain('Vooral op dinsdag en donderdag.');
    expect(told.at(-1)?.body_text).toContain(`/meldingen/behandelen/${it1.id}`);

    const again = await publicPost(`/api/v1/initiatives/follow/${it1.followToken}/answer`, {
      text: 'Nog iets',
    });
    expect(again.status).toBe(422);
  });

  it('cannot ask about a closed item', async () => {
    const it1 = await item({ category: 'pavement', status: 'done', closedAt: new Date() });
    const asked = await post(`${itemPath(it1.id)}/questions`, coordinator, {
      question: 'Nog vragen?',
      version: 1,
    });
    expect(asked.status).toBe(422);
  });
});

describe('correcting category or location', () => {
  it('a new category re-routes to its owner and recomputes the deadline from the receipt', async () => {
    const email = 'categorie@voorbeeld.example';
    const receivedAt = new Date('2099-03-02T09:00:00Z'); // a Monday
    const it1 = await item({
      category: 'pavement',
      email,
      receivedAt,
      deadlineOn: '2099-03-09',
      escalateOn: '2099-03-16',
    });
    const changed = await send('PATCH', itemPath(it1.id), priya, {
      categoryId: f.categories.smallIdea,
      version: 1,
    });
    expect(changed.status).toBe(200);
    const r = await row(it1.id);
    expect(r.category_id).toBe(f.categories.smallIdea);
    expect(r.kind_id).toBe(f.kinds.idea);
    expect(r.owner_organisation_id).toBe(f.organisations.wijkzaken);
    expect(r.deadline_on).toBe(computeDeadline(receivedAt, { days: 3, dayType: 'working' }, cal));
    expect(r.deadline_on).toBe('2099-03-05');
    const changeEvents = (await events(it1.id)).filter((e) => e.event !== 'received');
    expect(changeEvents.map((e) => e.event)).toEqual(['transferred']);
    expect(changeEvents[0]?.internal_note).toContain('category_id');
    expect((await mailsTo(email)).at(-1)?.body_text).toContain('Team Wijkzaken');
    // Routed away from Openbare Ruimte: Priya no longer sees it.
    expect((await get(itemPath(it1.id), priya)).status).toBe(404);
  });

  it('a new location runs the routing rules again: a rule for the area hands it to the partner', async () => {
    const wk = await t.ctx.db
      .selectFrom('areas')
      .select('id')
      .where('code', '=', 'WK999902')
      .executeTakeFirstOrThrow();
    await runWrite(
      { db: t.ctx.db, actor: systemActor(f.municipalityId, 'test'), meta: {} },
      async (wtx, audit) => {
        await initiativesTx(wtx)
          .insertInto('initiative_routing_rules')
          .values({
            municipality_id: f.municipalityId,
            position: 1,
            category_id: f.categories.litter,
            area_id: wk.id,
            target_organisation_id: f.organisations.housing,
          })
          .execute();
        audit({ action: 'initiatives.test.rule', resourceType: 'initiative_config' });
      },
    );
    const it1 = await item({ category: 'litter', areaCode: 'BU99990101' });
    const moved = await send('PATCH', itemPath(it1.id), coordinator, { areaCode: 'BU99990203', version: 1 });
    expect(moved.status).toBe(200);
    const r = await row(it1.id);
    expect(r.owner_organisation_id).toBe(f.organisations.housing);
    expect(r.area_path.endsWith('BU99990203')).toBe(true);
    const transfer = (await events(it1.id)).at(-1);
    expect(transfer).toMatchObject({ event: 'transferred', to_organisation_id: f.organisations.housing });
    expect((await get(itemPath(it1.id), karin)).status).toBe(200);
  });

  it('moves the location within the owner’s reach without a transfer; refuses unknown areas and categories', async () => {
    const it1 = await item({ category: 'pavement' });
    const moved = await send('PATCH', itemPath(it1.id), coordinator, {
      areaCode: 'BU99990102',
      address: 'Kerkstraat 3',
      version: 1,
    });
    expect(moved.status).toBe(200);
    const r = await row(it1.id);
    expect(r.address).toBe('Kerkstraat 3');
    expect(r.owner_organisation_id).toBe(f.organisations.publicSpace);
    expect((await events(it1.id)).map((e) => e.event)).toEqual(['received', 'changed']);
    const unknownArea = await send('PATCH', itemPath(it1.id), coordinator, {
      areaCode: 'BU00000000',
      version: 2,
    });
    expect(unknownArea.status).toBe(400);
    const unknownCategory = await send('PATCH', itemPath(it1.id), coordinator, {
      categoryId: '00000000-0000-4000-8000-000000000000',
      version: 2,
    });
    expect(unknownCategory.status).toBe(400);
    const gemeente = await send('PATCH', itemPath(it1.id), coordinator, { areaCode: 'GM9999', version: 2 });
    expect(gemeente.status).toBe(400);
  });
});

describe('the resident’s rating', () => {
  const day = 86_400_000;

  it('an unhappy rating within the reopen period reopens the item and tells the resident', async () => {
    const email = 'oordeel@voorbeeld.example';
    const it1 = await item({
      category: 'pavement',
      status: 'done',
      email,
      closedAt: new Date(Date.now() - 2 * day),
      decision: 'granted',
      answer: 'Gerepareerd.',
    });
    const bad = await publicPost(`/api/v1/initiatives/follow/${it1.followToken}/rating`, { reason: 'x' });
    expect(bad.status).toBe(400);
    const rated = await publicPost(`/api/v1/initiatives/follow/${it1.followToken}/rating`, {
      satisfied: false,
      reason: 'De tegel ligt alweer los.',
    });
    expect(rated.status).toBe(200);
    expect(await rated.json()).toEqual({ reopened: true, status: 'reopened' });
    const r = await row(it1.id);
    expect(r).toMatchObject({ status: 'reopened', closed_at: null, decision: null });
    expect(r.deadline_on).toBe(computeDeadline(new Date(), { days: 5, dayType: 'working' }, cal));
    expect((await events(it1.id)).map((e) => e.event)).toEqual(['received', 'reopened']);
    const rating = await initiativesDb(t.ctx.db)
      .selectFrom('initiative_ratings')
      .selectAll()
      .where('item_id', '=', it1.id)
      .executeTakeFirstOrThrow();
    expect(rating).toMatchObject({ satisfied: false, reason: 'De tegel ligt alweer los.', reopened: true });
    expect((await mailsTo(email)).at(-1)?.body_text).toContain('De tegel ligt alweer los.');
    // The mail carries the resident's private link; the history, which staff read too, never does.
    expect((await mailsTo(email)).at(-1)?.body_text).toContain(it1.followToken);
    const reopenedEvent = (await events(it1.id)).find((e) => e.event === 'reopened');
    expect(reopenedEvent?.public_text).toBeTruthy();
    expect(reopenedEvent?.public_text).not.toContain(it1.followToken);
    // Open again: no rating until it is closed again.
    const again = await publicPost(`/api/v1/initiatives/follow/${it1.followToken}/rating`, {
      satisfied: true,
    });
    expect(again.status).toBe(422);
  });

  it('a happy rating is recorded once; too late to reopen or to rate is said so', async () => {
    const happy = await item({ category: 'litter', status: 'done', closedAt: new Date(Date.now() - day) });
    const ok = await publicPost(`/api/v1/initiatives/follow/${happy.followToken}/rating`, {
      satisfied: true,
    });
    expect(await ok.json()).toEqual({ reopened: false, status: 'done' });
    const twice = await publicPost(`/api/v1/initiatives/follow/${happy.followToken}/rating`, {
      satisfied: true,
    });
    expect(twice.status).toBe(422);

    // 20 days after closing: past reopen_days (14), still within the rating window.
    const late = await item({
      category: 'litter',
      status: 'done',
      closedAt: new Date(Date.now() - 20 * day),
    });
    const lateRating = await publicPost(`/api/v1/initiatives/follow/${late.followToken}/rating`, {
      satisfied: false,
      reason: 'Te laat opgeruimd.',
    });
    expect(await lateRating.json()).toEqual({ reopened: false, status: 'done' });

    const old = await item({ category: 'litter', status: 'done', closedAt: new Date(Date.now() - 60 * day) });
    const tooLate = await publicPost(`/api/v1/initiatives/follow/${old.followToken}/rating`, {
      satisfied: false,
    });
    expect(tooLate.status).toBe(422);
    const open = await item({ category: 'litter' });
    expect(
      (await publicPost(`/api/v1/initiatives/follow/${open.followToken}/rating`, { satisfied: true })).status,
    ).toBe(422);
  });
});

describe('who sees what', () => {
  it('a department sees only what is routed to it; others get 404, residents 403, strangers 401', async () => {
    const care = await item({ category: 'careQuestion', title: 'Vraag over mantelzorg' });
    const tile = await item({ category: 'pavement', title: 'Tegel bij de kerk' });
    expect((await get(itemPath(care.id), priya)).status).toBe(404);
    expect((await get(`${itemPath(care.id)}/events`, priya)).status).toBe(404);
    expect((await step(care.id, { toStatus: 'in_progress' }, priya)).status).toBe(404);
    expect((await post(`${itemPath(care.id)}/questions`, priya, { question: 'x', version: 1 })).status).toBe(
      404,
    );
    expect((await send('PATCH', itemPath(care.id), priya, { address: 'x', version: 1 })).status).toBe(404);
    expect((await get(itemPath(tile.id), karin)).status).toBe(404);
    expect((await get(itemPath(tile.id), henk)).status).toBe(404);
    expect((await get('/api/v1/initiatives/items', henk)).status).toBe(403);
    expect((await t.request('/api/v1/initiatives/items')).status).toBe(401);
    expect((await t.request(itemPath(tile.id))).status).toBe(401);

    const list = async (auth: Record<string, string>, query = '') => {
      const all: Array<{ id: string; ownerOrganisationId: string; areaCode: string }> = [];
      let next: string | null = `/api/v1/initiatives/items?limit=3${query}`;
      while (next) {
        const res: Response = await get(next, auth);
        expect(res.status).toBe(200);
        const body = (await res.json()) as { items: typeof all; _links: { next?: { href: string } } };
        all.push(...body.items);
        next = body._links.next
          ? new URL(body._links.next.href).pathname + new URL(body._links.next.href).search
          : null;
      }
      return all;
    };
    const forPriya = await list(priya);
    expect(forPriya.length).toBeGreaterThan(0);
    expect(forPriya.every((i) => i.ownerOrganisationId === f.organisations.publicSpace)).toBe(true);
    expect(forPriya.map((i) => i.id)).toContain(tile.id);
    expect(forPriya.map((i) => i.id)).not.toContain(care.id);
    expect(new Set(forPriya.map((i) => i.id)).size).toBe(forPriya.length);

    const forKarin = await list(karin);
    expect(forKarin.every((i) => i.ownerOrganisationId === f.organisations.housing)).toBe(true);
    // Eva covers Centrum (WK999901): every item there, whoever has it, and nothing elsewhere.
    const forEva = await list(eva);
    expect(forEva.every((i) => i.areaCode.startsWith('BU999901'))).toBe(true);
    expect(forEva.map((i) => i.id)).toEqual(expect.arrayContaining([care.id, tile.id]));
    const everything = await list(coordinator, '&sort=newest');
    expect(everything.length).toBeGreaterThanOrEqual(forPriya.length + forKarin.length);
  });

  it('filters: status, overdue, category, reference search, organisation scope, with a total', async () => {
    const late = await item({
      category: 'litter',
      deadlineOn: '2020-01-06',
      escalateOn: '2020-01-13',
      title: 'Zwerfvuil speeltuin',
    });
    const res = await get(
      `/api/v1/initiatives/items?overdue=true&categoryId=${f.categories.litter}&withTotal=true`,
      coordinator,
    );
    const body = (await res.json()) as { items: Array<{ id: string; overdue: boolean }>; total: number };
    expect(body.items.map((i) => i.id)).toContain(late.id);
    expect(body.items.every((i) => i.overdue)).toBe(true);
    expect(body.total).toBe(body.items.length);
    const byRef = (await (
      await get(`/api/v1/initiatives/items?q=${late.reference}`, coordinator)
    ).json()) as {
      items: Array<{ id: string }>;
    };
    expect(byRef.items.map((i) => i.id)).toEqual([late.id]);
    const byWord = (await (await get('/api/v1/initiatives/items?q=speeltuin', coordinator)).json()) as {
      items: Array<{ id: string }>;
    };
    expect(byWord.items.map((i) => i.id)).toEqual([late.id]);
    const closed = (await (await get('/api/v1/initiatives/items?status=closed', coordinator)).json()) as {
      items: Array<{ status: string }>;
    };
    expect(closed.items.every((i) => ['done', 'cancelled'].includes(i.status))).toBe(true);
    const orgScope = (await (await get('/api/v1/initiatives/items?scope=organisation', priya)).json()) as {
      items: Array<{ ownerOrganisationId: string }>;
    };
    expect(orgScope.items.every((i) => i.ownerOrganisationId === f.organisations.publicSpace)).toBe(true);
    // The coordinator has no organisation: nothing in that scope.
    const none = (await (await get('/api/v1/initiatives/items?scope=organisation', coordinator)).json()) as {
      items: unknown[];
    };
    expect(none.items).toEqual([]);
    expect((await get('/api/v1/initiatives/items?cursor=nonsense', coordinator)).status).toBe(400);
    expect((await get('/api/v1/initiatives/items?status=lost', coordinator)).status).toBe(400);
  });
});

describe('lost updates', () => {
  it('two editors from the same version: the second gets 409 (or 412 with If-Match) and nothing is lost', async () => {
    const it1 = await item({ category: 'pavement' });
    const etag = (await get(itemPath(it1.id), priya)).headers.get('ETag') as string;
    const first = await post(`${itemPath(it1.id)}/transitions`, priya, {
      toStatus: 'decided',
      decision: 'granted',
      answer: 'Wij repareren het.',
      version: 1,
    });
    expect(first.status).toBe(200);
    const second = await post(`${itemPath(it1.id)}/transitions`, coordinator, {
      toStatus: 'cancelled',
      reason: 'Dubbel',
      version: 1,
    });
    expect(second.status).toBe(409);
    expect(((await second.json()) as { detail: string }).detail).toContain(
      'Iemand anders heeft deze melding',
    );
    const stale = await send(
      'PATCH',
      itemPath(it1.id),
      coordinator,
      { address: 'Elders 1' },
      { 'If-Match': etag },
    );
    expect(stale.status).toBe(412);
    const garbage = await send(
      'PATCH',
      itemPath(it1.id),
      coordinator,
      { address: 'Elders 1' },
      { 'If-Match': 'x' },
    );
    expect(garbage.status).toBe(412);
    const r = await row(it1.id);
    expect(r).toMatchObject({
      status: 'decided',
      decision: 'granted',
      answer: 'Wij repareren het.',
      version: 2,
    });
    expect(r.address).toBeNull();
    expect((await events(it1.id)).map((e) => e.event)).toEqual(['received', 'decided_granted']);
  });

  it('two steps at the same moment from the same version: exactly one goes through', async () => {
    const it1 = await item({ category: 'pavement' });
    const [a, b] = await Promise.all([
      send('PATCH', itemPath(it1.id), priya, { address: 'Dorpsstraat 1', version: 1 }),
      send('PATCH', itemPath(it1.id), coordinator, { address: 'Dorpsstraat 2', version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 'Dorpsstraat 1' : 'Dorpsstraat 2';
    expect(await row(it1.id)).toMatchObject({ address: winner, version: 2 });
  });
});

describe('department figures', () => {
  it('counts open, overdue and escalated per organisation, and satisfaction per organisation and category', async () => {
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const yearBack = new Date(`${today}T00:00:00Z`);
    yearBack.setUTCFullYear(yearBack.getUTCFullYear() - 1);
    const from = yearBack.toISOString().slice(0, 10);
    const before = (await (
      await get(`/api/v1/initiatives/figures?from=${from}&to=${today}`, coordinator)
    ).json()) as {
      organisations: Array<{
        organisationId: string;
        open: number;
        overdue: number;
        escalated: number;
        satisfied: number;
        unsatisfied: number;
      }>;
      categories: Array<{ categoryId: string; satisfied: number; unsatisfied: number }>;
    };
    const social = (b: typeof before) =>
      b.organisations.find((o) => o.organisationId === f.organisations.socialDomain) ?? {
        open: 0,
        overdue: 0,
        escalated: 0,
        satisfied: 0,
        unsatisfied: 0,
      };
    const careCat = (b: typeof before) =>
      b.categories.find((c) => c.categoryId === f.categories.careQuestion) ?? {
        satisfied: 0,
        unsatisfied: 0,
      };

    await item({ category: 'careQuestion' });
    await item({ category: 'careQuestion', deadlineOn: '2020-02-03', escalateOn: '2020-02-10' });
    await item({
      category: 'careQuestion',
      deadlineOn: '2020-02-03',
      escalateOn: '2020-02-10',
      escalatedAt: new Date(),
    });
    const closed = await item({ category: 'careQuestion', status: 'done', closedAt: new Date() });
    await publicPost(`/api/v1/initiatives/follow/${closed.followToken}/rating`, { satisfied: true });

    const res = await get(`/api/v1/initiatives/figures?from=${from}&to=${today}`, coordinator);
    expect(res.status).toBe(200);
    const after = (await res.json()) as typeof before;
    expect(social(after).open - social(before).open).toBe(3);
    expect(social(after).overdue - social(before).overdue).toBe(2);
    expect(social(after).escalated - social(before).escalated).toBe(1);
    expect(social(after).satisfied - social(before).satisfied).toBe(1);
    expect(careCat(after).satisfied - careCat(before).satisfied).toBe(1);

    // A department sees its own figures only.
    const forPriya = (await (
      await get(`/api/v1/initiatives/figures?from=${from}&to=${today}`, priya)
    ).json()) as typeof before;
    expect(forPriya.organisations.every((o) => o.organisationId === f.organisations.publicSpace)).toBe(true);
    expect((await get('/api/v1/initiatives/figures?from=2026-05-01&to=2026-04-01', coordinator)).status).toBe(
      400,
    );
    // A day that does not exist is a clear 400, not a database error.
    expect((await get('/api/v1/initiatives/figures?from=2026-02-30&to=2026-03-31', coordinator)).status).toBe(
      400,
    );
    expect((await get('/api/v1/initiatives/figures', henk)).status).toBe(403);
  });
});

describe('the API document', () => {
  it('describes the handling routes', async () => {
    const res = await t.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/initiatives/items/{id}/transitions',
        '/initiatives/items/{id}/transfers',
        '/initiatives/items/{id}/questions',
        '/initiatives/figures',
      ]),
    );
  });
});
