import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageBrowser, pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { runWrite } from '../../../../core/audit/write.ts';
import { randomToken, sha256 } from '../../../../core/auth/tokens.ts';
import type { Db } from '../../../../core/db/database.ts';
import { systemActor } from '../../../../core/permissions/actor.ts';
import { initiativesDb, initiativesTx } from '../../../../modules/initiatives/initiatives.tables.ts';
import {
  createInitiativesFixture,
  demoEmails,
  type InitiativesFixture,
} from '../../../../modules/initiatives/testing.ts';

// The handling pages as HTML over HTTP without JavaScript: the work inbox per department with
// overdue written out, the item page with its forms (errors at their fields in the reader's
// language, the resident text preview, the lost update), transfer out of sight, the figures page;
// and who may not see any of it (residents, other departments, visitors who are not signed in).

let t: TestApp;
let fx: InitiativesFixture;
const text = pageText;
const items: Record<'pavement' | 'idea' | 'overdueLitter' | 'question', string> = {
  pavement: '',
  idea: '',
  overdueLitter: '',
  question: '',
};

async function area(db: Db, m: string, code: string) {
  return initiativesDb(db)
    .selectFrom('areas')
    .select(['id', 'path'])
    .where('municipality_id', '=', m)
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
}

/** An item written straight into the table (the intake form has its own tests). */
async function insertItem(
  db: Db,
  m: string,
  v: {
    reference: string;
    kindId: string;
    categoryId: string;
    owner: string;
    title: string;
    areaCode: string;
    deadlineOn: string;
    email?: string;
    status?: 'received' | 'in_progress' | 'done';
  },
): Promise<string> {
  const a = await area(db, m, v.areaCode);
  return runWrite({ db, actor: systemActor(m, 'test'), meta: {} }, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const row = await tx
      .insertInto('initiative_items')
      .values({
        municipality_id: m,
        reference: v.reference,
        kind_id: v.kindId,
        category_id: v.categoryId,
        title: v.title,
        description: `${v.title}: graag aandacht voor.`,
        area_id: a.id,
        area_path: a.path,
        owner_organisation_id: v.owner,
        status: v.status ?? 'received',
        channel: 'web',
        contact_name: v.email ? 'Fatima' : null,
        contact_email: v.email ?? null,
        follow_token_hash: sha256(randomToken()),
        attribute_values: '{}',
        received_at: new Date(`${v.deadlineOn}T08:00:00Z`),
        deadline_on: v.deadlineOn,
        escalate_on: v.deadlineOn,
        closed_at: v.status === 'done' ? new Date() : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('initiative_events')
      .values({
        municipality_id: m,
        item_id: row.id,
        event: 'received',
        to_status: 'received',
        public_text: 'Wij hebben uw melding ontvangen.',
        actor_label: 'melder',
      })
      .execute();
    audit({ action: 'initiatives.test.item', resourceType: 'initiative_item', resourceId: row.id });
    return row.id;
  });
}

const future = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
const past = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp({ template: 'demo', pages: true });
  fx = await createInitiativesFixture(t.ctx.db);
  const m = fx.municipalityId;
  items.pavement = await insertItem(t.ctx.db, m, {
    reference: 'M-2026-900001',
    kindId: fx.kinds.signal,
    categoryId: fx.categories.pavement,
    owner: fx.organisations.publicSpace,
    title: 'Losse tegel bij de bushalte Noorderhof',
    areaCode: 'BU99990202',
    deadlineOn: future,
    email: 'fatima@example.org',
  });
  items.overdueLitter = await insertItem(t.ctx.db, m, {
    reference: 'M-2026-900002',
    kindId: fx.kinds.signal,
    categoryId: fx.categories.litter,
    owner: fx.organisations.publicSpace,
    title: 'Zwerfafval achter het winkelcentrum',
    areaCode: 'BU99990202',
    deadlineOn: past,
  });
  items.idea = await insertItem(t.ctx.db, m, {
    reference: 'M-2026-900003',
    kindId: fx.kinds.idea,
    categoryId: fx.categories.smallIdea,
    owner: fx.organisations.wijkzaken,
    title: 'Bankje bij de speeltuin',
    areaCode: 'BU99990202',
    deadlineOn: future,
    email: 'joost@example.org',
  });
  items.question = await insertItem(t.ctx.db, m, {
    reference: 'M-2026-900004',
    kindId: fx.kinds.question,
    categoryId: fx.categories.careQuestion,
    owner: fx.organisations.socialDomain,
    title: 'Hulp bij de boodschappen',
    areaCode: 'BU99990202',
    deadlineOn: future,
  });
});
afterAll(() => t?.close());

const department = () => signedInBrowser(t, demoEmails.department, 'demo-openbareruimte-2026');
const coordinator = () => signedInBrowser(t, demoEmails.coordinator, 'demo-regie-2026');

async function versionOn(b: PageBrowser, path: string): Promise<string> {
  const html = await (await b.get(path)).text();
  const v = html.match(/name="version" value="(\d+)"/)?.[1];
  if (!v) throw new Error(`no version on ${path}`);
  return v;
}

async function mailsTo(to: string) {
  return t.ctx.db
    .selectFrom('outbox_messages')
    .select(['subject', 'body_text'])
    .where('recipient', '=', to)
    .orderBy('created_at')
    .execute();
}

describe('the work inbox', () => {
  it("shows a department what is routed to it, overdue written out, and nothing of others'", async () => {
    const b = await department();
    const res = await b.get('/meldingen/werkbak');
    expect(res.status).toBe(200);
    const page = text(await res.text());
    expect(page).toContain('Werkbak meldingen en initiatieven');
    expect(page).toContain('M-2026-900001');
    expect(page).toContain('Losse tegel bij de bushalte Noorderhof');
    expect(page).toMatch(/M-2026-900002 .*Over de termijn/);
    expect(page).toContain('Over de termijn: 1 Toon alleen wat over de termijn is');
    expect(page).not.toContain('M-2026-900003');
    expect(page).not.toContain('M-2026-900004');

    const overdue = text(await (await b.get('/meldingen/werkbak?termijn=over')).text());
    expect(overdue).toContain('M-2026-900002');
    expect(overdue).not.toContain('M-2026-900001');

    const escalated = text(await (await b.get('/meldingen/werkbak?termijn=geescaleerd')).text());
    expect(escalated).toContain('Er zijn geen meldingen die aan deze filters voldoen.');

    const search = text(await (await b.get('/meldingen/werkbak?q=bushalte')).text());
    expect(search).toContain('M-2026-900001');
    expect(search).not.toContain('M-2026-900002');

    // Filters that are not ours do no harm: a foreign cursor starts again at the first page.
    expect((await b.get('/meldingen/werkbak?categorie=geen-id')).status).toBe(200);
    const foreign = await b.get('/meldingen/werkbak?status=open&cursor=bm9wZQ');
    expect(foreign.status).toBe(302);
    expect(foreign.headers.get('location')).toBe('/meldingen/werkbak?status=open');

    const none = text(await (await b.get('/meldingen/werkbak?q=nergens-te-vinden')).text());
    expect(none).toContain('Er zijn geen meldingen die aan deze filters voldoen.');
  });

  it('gives the office every item, in English for the coordinator', async () => {
    const b = await coordinator();
    const page = text(await (await b.get('/meldingen/werkbak?bereik=all')).text());
    expect(page).toContain('Work inbox');
    for (const ref of ['M-2026-900001', 'M-2026-900002', 'M-2026-900003', 'M-2026-900004'])
      expect(page).toContain(ref);
    expect(page).toContain('Overdue');
  });

  it('sends visitors to sign in and refuses residents', async () => {
    const anon = new PageBrowser(t);
    const res = await anon.get('/meldingen/werkbak');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toContain('/inloggen');
    const resident = await signedInBrowser(t, demoEmails.resident, 'demo-bewoner-2026');
    expect([403, 404]).toContain((await resident.get('/meldingen/werkbak')).status);
  });
});

describe('the item page', () => {
  it('is not there for residents and other departments', async () => {
    const path = `/meldingen/behandelen/${items.pavement}`;
    const anon = new PageBrowser(t);
    const res = await anon.get(path);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toContain('/inloggen');
    const resident = await signedInBrowser(t, demoEmails.resident, 'demo-bewoner-2026');
    expect((await resident.get(path)).status).toBe(404);
    const partner = await signedInBrowser(t, demoEmails.corporation, 'demo-woonstichting-2026');
    expect((await partner.get(path)).status).toBe(404);
    const b = await department();
    expect((await b.get(`/meldingen/behandelen/${items.idea}`)).status).toBe(404);
    expect((await b.get('/meldingen/behandelen/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await b.get('/meldingen/behandelen/niet-een-id')).status).toBe(404);
  });

  it('shows the item, its contact and history, and decides with a preview and errors at the fields', async () => {
    const b = await department();
    const path = `/meldingen/behandelen/${items.pavement}`;
    const page = text(await (await b.get(path)).text());
    expect(page).toContain('Status: Ontvangen');
    expect(page).toContain('fatima@example.org');
    expect(page).toContain('Afdeling Openbare Ruimte');
    expect(page).toContain('Wij hebben uw melding ontvangen.');
    expect(page).toContain('Besluiten en antwoorden');

    // No answer: the message sits at the field, in Dutch.
    const version = await versionOn(b, path);
    const bad = await b.submit(path, { intent: 'decide', decision: 'granted', answer: '', version });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('href="#field-answer"');
    expect(text(badHtml)).toContain('Schrijf het antwoord dat de melder te lezen krijgt.');

    // The preview shows the resident's message and saves nothing.
    const answer = 'We leggen de tegel deze week opnieuw vast.';
    const preview = await b.submit(path, {
      intent: 'decide',
      decision: 'granted',
      answer,
      version,
      preview: '1',
    });
    expect(preview.status).toBe(200);
    const previewHtml = await preview.text();
    expect(previewHtml).toContain('data-testid="resident-preview"');
    expect(text(previewHtml)).toContain(answer);
    expect(text(previewHtml)).toContain('M-2026-900001');
    expect(text(await (await b.get(path)).text())).toContain('Status: Ontvangen');

    const ok = await b.submit(path, { intent: 'decide', decision: 'granted', answer, version });
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe(`${path}?saved=decide`);
    const after = text(await (await b.get(`${path}?saved=decide`)).text());
    expect(after).toContain('Het besluit is opgeslagen');
    expect(after).toContain('Status: Besloten (Toegekend)');
    expect(after).toContain(answer);
    const mails = await mailsTo('fatima@example.org');
    expect(mails.at(-1)?.body_text).toContain(answer);

    // The same form again with the old version: a lost update, nothing saved, the input kept.
    const late = await b.submit(path, {
      intent: 'transition',
      toStatus: 'done',
      note: 'Klaar.',
      version,
    });
    expect(late.status).toBe(409);
    const lateText = text(await late.text());
    expect(lateText).toContain('Iemand anders heeft deze melding intussen gewijzigd');
    expect(lateText).toContain('Klaar.');
    expect(text(await (await b.get(path)).text())).toContain('Status: Besloten');
  });

  it('assigns a person of the department; the item then shows under "mine"', async () => {
    const b = await department();
    const path = `/meldingen/behandelen/${items.pavement}`;
    expect(text(await (await b.get('/meldingen/werkbak?bereik=mine&status=')).text())).not.toContain(
      'M-2026-900001',
    );
    const html = await (await b.get(path)).text();
    const priya = html.match(/<option value="([0-9a-f-]{36})">Priya Ramdin<\/option>/)?.[1];
    expect(priya).toBeTruthy();
    const res = await b.submit(path, {
      intent: 'assign',
      personId: priya ?? '',
      version: await versionOn(b, path),
    });
    expect(res.status).toBe(302);
    const page = text(await (await b.get(`${path}?saved=assign`)).text());
    expect(page).toContain('De behandelaar is toegewezen.');
    expect(page).toMatch(/Behandelaar Priya Ramdin/);
    expect(text(await (await b.get('/meldingen/werkbak?bereik=mine&status=')).text())).toContain(
      'M-2026-900001',
    );
  });

  it('asks the resident a question, changes the status and explains a missing reason', async () => {
    const b = await department();
    const path = `/meldingen/behandelen/${items.overdueLitter}`;
    const page = text(await (await b.get(path)).text());
    expect(page).toContain('Over de termijn');
    expect(page).toContain('De melder heeft geen contactgegevens achtergelaten');

    const empty = await b.submit(path, { intent: 'ask', question: '', version: await versionOn(b, path) });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('href="#field-question"');
    const asked = await b.submit(path, {
      intent: 'ask',
      question: 'Gaat het om de hoek bij de Jumbo of bij de bibliotheek?',
      version: await versionOn(b, path),
    });
    expect(asked.status).toBe(302);
    expect(text(await (await b.get(path)).text())).toContain('Status: Vraag aan de melder');

    const noReason = await b.submit(path, {
      intent: 'transition',
      toStatus: 'cancelled',
      reason: '',
      version: await versionOn(b, path),
    });
    expect(noReason.status).toBe(400);
    const noReasonHtml = await noReason.text();
    expect(noReasonHtml).toContain('href="#field-reason"');
    expect(text(noReasonHtml)).toContain('Geef een reden op');

    const resumed = await b.submit(path, {
      intent: 'transition',
      toStatus: 'in_progress',
      note: 'Zelf gaan kijken.',
      version: await versionOn(b, path),
    });
    expect(resumed.status).toBe(302);
    const now = text(await (await b.get(path)).text());
    expect(now).toContain('Status: In behandeling');
    expect(now).toContain('Zelf gaan kijken.');
  });

  it('transfers with a reason; the item then leaves the department', async () => {
    const b = await department();
    const path = `/meldingen/behandelen/${items.overdueLitter}`;
    const noReason = await b.submit(path, {
      intent: 'transfer',
      organisationId: fx.organisations.housing,
      transferReason: '',
      version: await versionOn(b, path),
    });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain('href="#field-transferReason"');

    const preview = await b.submit(path, {
      intent: 'transfer',
      organisationId: fx.organisations.housing,
      transferReason: 'Het afval ligt op het terrein van de woonstichting.',
      version: await versionOn(b, path),
      preview: '1',
    });
    expect(preview.status).toBe(200);
    expect(text(await preview.text())).toContain('Woonstichting Voorbeeld');

    const moved = await b.submit(path, {
      intent: 'transfer',
      organisationId: fx.organisations.housing,
      transferReason: 'Het afval ligt op het terrein van de woonstichting.',
      version: await versionOn(b, path),
    });
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe('/meldingen/werkbak?saved=transfer');
    expect(text(await (await b.get('/meldingen/werkbak?saved=transfer')).text())).toContain(
      'De melding is overgedragen. U kunt haar niet meer behandelen',
    );
    expect((await b.get(path)).status).toBe(404);

    const partner = await signedInBrowser(t, demoEmails.corporation, 'demo-woonstichting-2026');
    const theirs = text(await (await partner.get(path)).text());
    expect(theirs).toContain('Zwerfafval achter het winkelcentrum');
    expect(theirs).toContain('Het afval ligt op het terrein van de woonstichting.');
  });

  it('changes the category for the office (English) and links to the budget page', async () => {
    const b = await coordinator();
    const path = `/meldingen/behandelen/${items.idea}`;
    const page = text(await (await b.get(path)).text());
    expect(page).toContain('Decide and answer');
    const version = await versionOn(b, path);
    const changed = await b.submit(path, {
      intent: 'change',
      categoryId: fx.categories.neighbourhoodInitiative,
      'current-categoryId': fx.categories.smallIdea,
      areaCode: 'BU99990202',
      'current-areaCode': 'BU99990202',
      address: 'Speeltuin Noorderhof',
      'current-address': '',
      version,
    });
    expect(changed.status).toBe(302);
    const after = text(await (await b.get(path)).text());
    expect(after).toContain('Buurtinitiatief');
    expect(after).toContain('Speeltuin Noorderhof');
    expect(await (await b.get(path)).text()).toContain(`/meldingen/behandelen/${items.idea}/budget`);
  });
});

describe('the figures page', () => {
  it('shows open and overdue per department as a chart and a table', async () => {
    const b = await coordinator();
    const res = await b.get('/meldingen/cijfers');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<svg role="img"');
    const page = text(html);
    expect(page).toContain('Figures per department');
    expect(page).toContain('Open and overdue per department');
    expect(page).toContain('Woonstichting Voorbeeld');

    const bad = text(await (await b.get('/meldingen/cijfers?van=2026-05-01&tot=2026-01-01')).text());
    expect(bad).toContain('Choose a start date before the end date.');
  });

  it('is for staff only', async () => {
    const anon = new PageBrowser(t);
    expect((await anon.get('/meldingen/cijfers')).status).toBe(302);
    const resident = await signedInBrowser(t, demoEmails.resident, 'demo-bewoner-2026');
    expect([403, 404]).toContain((await resident.get('/meldingen/cijfers')).status);
  });
});

describe('on the demo municipality with its items in every state', () => {
  let full: TestApp;
  beforeAll(async () => {
    full = await createTestApp({ template: 'full', pages: true });
  });
  afterAll(() => full?.close());

  it('shows every demo item of the first inbox page and the figures to the office', async () => {
    const b = await signedInBrowser(full, demoEmails.coordinator, 'demo-regie-2026');
    const inbox = await b.get('/meldingen/werkbak?bereik=all&status=&volgorde=newest');
    expect(inbox.status).toBe(200);
    const paths = [...new Set((await inbox.text()).match(/\/meldingen\/behandelen\/[0-9a-f-]{36}/g) ?? [])];
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const res = await b.get(path);
      expect(res.status, path).toBe(200);
      const page = text(await res.text());
      expect(page, path).toContain('History');
      expect(page, path).not.toMatch(/initiatives\.(handling|handlingPages|status)\./);
    }
    const figures = await b.get('/meldingen/cijfers');
    expect(figures.status).toBe(200);
    expect(await figures.text()).toContain('<svg role="img"');
    const department = await signedInBrowser(full, demoEmails.department, 'demo-openbareruimte-2026');
    const theirs = await department.get('/meldingen/werkbak');
    expect(theirs.status).toBe(200);
    expect(await theirs.text()).toContain('data-testid="inbox-table"');
  });
});
