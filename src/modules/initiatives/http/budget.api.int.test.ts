import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { createBudgetFixture, insertTestItem, type TestItem } from '../budget/budget-fixtures.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import type { InitiativesFixture } from '../testing.ts';

// The quick budget's API through the real HTTP app on a real database: budgets (who may open and
// change them, bad input, versions), grants (the money is reserved, the item decided, the
// resident told; every refusal with a clear 4xx and nothing written), payments, withdrawal, the
// initiator's accounting with receipts and photos through the private link, its review, and the
// ledger as JSON, CSV and XLSX.

let t: TestApp;
let f: InitiativesFixture;
let coordinator: Record<string, string>;
let officer: Record<string, string>; // Daan Visser: Noordhoek (WK999902) and Oosterpark
let centrumOfficer: Record<string, string>;
let department: Record<string, string>; // Openbare Ruimte
let resident: Record<string, string>;
let budgetId: string;
let party: TestItem; // Buurtfeest Vogelbuurt, in BU99990202
let idea: TestItem; // a small idea, not a budget request
let centrumItem: TestItem;

const post = (path: string, auth: Record<string, string>, body: unknown) =>
  t.request(path, { method: 'POST', headers: jsonWith(auth), body: JSON.stringify(body) });
const get = (path: string, auth: Record<string, string> = {}) => t.request(path, { headers: auth });
const problemOf = async (r: Response) =>
  (await r.json()) as {
    status: number;
    detail?: string;
    invalidParams?: Array<{ name: string; code: string }>;
  };

async function budgetRow(id: string) {
  return initiativesDb(t.ctx.db)
    .selectFrom('initiative_budgets')
    .select(['amount_cents', 'reserved_cents', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}
async function grantCount() {
  const r = await initiativesDb(t.ctx.db)
    .selectFrom('initiative_grants')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

beforeAll(async () => {
  t = await createTestApp();
  f = await createBudgetFixture(t.ctx.db);
  coordinator = await bearerFor(t, 'coordinator@voorbeeld.example');
  officer = await bearerFor(t, 'wijkambtenaar.noordoost@voorbeeld.example');
  centrumOfficer = await bearerFor(t, 'wijkambtenaar.centrum@voorbeeld.example');
  department = await bearerFor(t, 'openbareruimte.medewerker@voorbeeld.example');
  resident = await bearerFor(t, 'bewoner@voorbeeld.example');
  party = await insertTestItem(t.ctx.db, f, {
    title: 'Buurtfeest Vogelbuurt',
    requestedCents: 120_000,
    contactEmail: 'feest@example.org',
  });
  idea = await insertTestItem(t.ctx.db, f, { title: 'Bankje bij de speeltuin', kind: 'idea' });
  centrumItem = await insertTestItem(t.ctx.db, f, { title: 'Plantenbakken Markt', areaCode: 'BU99990101' });
});
afterAll(() => t.close());

const budgetInput = {
  areaCode: 'WK999902',
  year: 2026,
  amountCents: 500_000,
  maxPerInitiativeCents: 150_000,
  rules: 'Voor activiteiten die bewoners samen organiseren. Geen vaste lasten, geen salarissen.',
};

describe('budgets', () => {
  it('the coordinator opens one per area and year; everyone reads amount, rules and what is left', async () => {
    const created = await post('/api/v1/initiatives/budgets', coordinator, budgetInput);
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"v1"');
    const body = (await created.json()) as { id: string; availableCents: number; area: { name: string } };
    budgetId = body.id;
    expect(created.headers.get('location')).toBe(`/api/v1/initiatives/budgets/${budgetId}`);
    expect(body).toMatchObject({ availableCents: 500_000, area: { name: 'Noordhoek' } });

    const list = await get('/api/v1/initiatives/budgets?year=2026');
    expect(list.status).toBe(200);
    const items = ((await list.json()) as { items: Array<{ id: string; rules: string }> }).items;
    expect(items.map((b) => b.id)).toEqual([budgetId]);
    expect(items[0]?.rules).toContain('Geen vaste lasten');
    const one = await get(`/api/v1/initiatives/budgets/${budgetId}`);
    expect(one.status).toBe(200);
    expect(one.headers.get('etag')).toBe('"v1"');
    expect((await get('/api/v1/initiatives/budgets/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('bad input is explained per field; nobody else may open one; a second for the same year conflicts', async () => {
    const bad = await post('/api/v1/initiatives/budgets', coordinator, {
      ...budgetInput,
      year: 2027,
      rules: '',
      amountCents: 0,
    });
    expect(bad.status).toBe(400);
    const names = (await problemOf(bad)).invalidParams?.map((p) => p.name);
    expect(names).toContain('rules');
    const zero = await post('/api/v1/initiatives/budgets', coordinator, {
      ...budgetInput,
      year: 2027,
      amountCents: 0,
    });
    expect((await problemOf(zero)).invalidParams).toEqual([
      expect.objectContaining({ name: 'amountCents', code: 'initiatives.budget.error.amountPositive' }),
    ]);
    const unknownArea = await post('/api/v1/initiatives/budgets', coordinator, {
      ...budgetInput,
      areaCode: 'WK000000',
    });
    expect((await problemOf(unknownArea)).invalidParams?.[0]?.name).toBe('areaCode');
    const maxTooHigh = await post('/api/v1/initiatives/budgets', coordinator, {
      ...budgetInput,
      year: 2027,
      maxPerInitiativeCents: 600_000,
    });
    expect((await problemOf(maxTooHigh)).invalidParams?.[0]).toMatchObject({
      name: 'maxPerInitiativeCents',
      code: 'initiatives.budget.error.maxAboveAmount',
    });
    expect((await post('/api/v1/initiatives/budgets', officer, { ...budgetInput, year: 2027 })).status).toBe(
      403,
    );
    expect((await post('/api/v1/initiatives/budgets', resident, { ...budgetInput, year: 2027 })).status).toBe(
      403,
    );
    const anonymous = await t.request('/api/v1/initiatives/budgets', {
      method: 'POST',
      headers: anonymousJson(t),
      body: JSON.stringify({ ...budgetInput, year: 2027 }),
    });
    expect(anonymous.status).toBe(401);
    const twice = await post('/api/v1/initiatives/budgets', coordinator, budgetInput);
    expect(twice.status).toBe(409);
    expect((await problemOf(twice)).detail).toContain('al een budget');
    const rows = await initiativesDb(t.ctx.db).selectFrom('initiative_budgets').select('id').execute();
    expect(rows).toHaveLength(1);
  });

  it('changes need the current version (If-Match → 412, body → 409)', async () => {
    const patch = (auth: Record<string, string>, body: unknown, ifMatch?: string) =>
      t.request(`/api/v1/initiatives/budgets/${budgetId}`, {
        method: 'PATCH',
        headers: { ...jsonWith(auth), ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
        body: JSON.stringify(body),
      });
    expect((await patch(coordinator, { amountCents: 600_000 }, '"v9"')).status).toBe(412);
    expect((await patch(coordinator, { amountCents: 600_000, version: 9 })).status).toBe(409);
    expect((await patch(coordinator, { amountCents: 600_000 })).status).toBe(400);
    expect((await patch(officer, { amountCents: 600_000, version: 1 })).status).toBe(403);
    const ok = await patch(
      coordinator,
      { amountCents: 600_000, rulesEn: 'For activities residents organise together.' },
      '"v1"',
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"v2"');
    expect(await ok.json()).toMatchObject({
      amountCents: 600_000,
      availableCents: 600_000,
      rulesEn: 'For activities residents organise together.',
    });
  });
});

describe('grants', () => {
  const grantPath = (item: TestItem) => `/api/v1/initiatives/items/${item.id}/grant`;

  it('refuses what does not fit, with the reason at the field, and writes nothing', async () => {
    const overMax = await post(grantPath(party), officer, { budgetId, amountCents: 150_001 });
    expect(overMax.status).toBe(400);
    const p = await problemOf(overMax);
    expect(p.invalidParams?.[0]).toMatchObject({
      name: 'amountCents',
      code: 'initiatives.budget.error.overMax',
    });
    expect(JSON.stringify(p)).toContain('1.500');
    const zero = await post(grantPath(party), officer, { budgetId, amountCents: 0 });
    expect((await problemOf(zero)).invalidParams?.[0]?.code).toBe('initiatives.budget.error.amountPositive');
    const notBudget = await post(grantPath(idea), officer, { budgetId, amountCents: 10_000 });
    expect((await problemOf(notBudget)).invalidParams?.[0]?.code).toBe(
      'initiatives.budget.error.notBudgetKind',
    );
    const outside = await post(grantPath(centrumItem), coordinator, { budgetId, amountCents: 10_000 });
    expect((await problemOf(outside)).invalidParams?.[0]?.code).toBe('initiatives.budget.error.outsideArea');
    const noBudget = await post(grantPath(party), officer, { budgetId: 'nope', amountCents: 10_000 });
    expect(noBudget.status).toBe(400);
    expect(await grantCount()).toBe(0);
  });

  it('only the area’s officers and the office grant; others do not even see the item', async () => {
    expect((await post(grantPath(centrumItem), officer, { budgetId, amountCents: 10_000 })).status).toBe(404);
    expect((await post(grantPath(party), centrumOfficer, { budgetId, amountCents: 10_000 })).status).toBe(
      404,
    );
    expect((await post(grantPath(party), department, { budgetId, amountCents: 10_000 })).status).toBe(404);
    expect((await post(grantPath(party), resident, { budgetId, amountCents: 10_000 })).status).toBe(404);
    expect((await get(grantPath(party), department)).status).toBe(404);
    expect(await grantCount()).toBe(0);
  });

  it('the area officer grants: the money is reserved, the item decided as granted, the resident told', async () => {
    const res = await post(grantPath(party), officer, {
      budgetId,
      amountCents: 120_000,
      note: 'Past binnen de regels.',
    });
    expect(res.status).toBe(201);
    const grant = (await res.json()) as { id: string; status: string; amountCents: number };
    expect(grant).toMatchObject({ status: 'granted', amountCents: 120_000 });
    expect((await budgetRow(budgetId)).reserved_cents).toBe(120_000);
    const item = await initiativesDb(t.ctx.db)
      .selectFrom('initiative_items')
      .select(['status', 'decision', 'answer', 'version'])
      .where('id', '=', party.id)
      .executeTakeFirstOrThrow();
    expect(item).toMatchObject({ status: 'decided', decision: 'granted', version: 2 });
    expect(item.answer).toContain('1.200');
    const events = await initiativesDb(t.ctx.db)
      .selectFrom('initiative_events')
      .select(['event', 'public_text', 'to_status'])
      .where('item_id', '=', party.id)
      .execute();
    expect(events).toEqual([expect.objectContaining({ event: 'decided_granted', to_status: 'decided' })]);
    expect(events[0]?.public_text).toContain('1.200');
    const mail = await t.ctx.db
      .selectFrom('outbox_messages')
      .select(['body_text'])
      .where('recipient', '=', 'feest@example.org')
      .execute();
    expect(mail.map((m) => m.body_text).join('\n')).toContain('1.200');

    const twice = await post(grantPath(party), officer, { budgetId, amountCents: 10_000 });
    expect(twice.status).toBe(409);
    expect((await budgetRow(budgetId)).reserved_cents).toBe(120_000);
    const read = await get(grantPath(party), officer);
    expect(read.status).toBe(200);

    // While the money is reserved and unpaid the item cannot be cancelled: withdraw first.
    const version = (
      await initiativesDb(t.ctx.db)
        .selectFrom('initiative_items')
        .select('version')
        .where('id', '=', party.id)
        .executeTakeFirstOrThrow()
    ).version;
    const cancel = await post(`/api/v1/initiatives/items/${party.id}/transitions`, officer, {
      toStatus: 'cancelled',
      reason: 'Gaat niet door.',
      version,
    });
    expect(cancel.status).toBe(422);
  });

  it('grants nothing for an item that is cancelled or finished', async () => {
    for (const status of ['cancelled', 'done'] as const) {
      const gone = await insertTestItem(t.ctx.db, f, { title: `Afgelopen (${status})`, status });
      const res = await post(grantPath(gone), officer, { budgetId, amountCents: 10_000 });
      expect(res.status).toBe(409);
    }
    expect((await budgetRow(budgetId)).reserved_cents).toBe(120_000);
  });

  it('the amount cannot go below what is granted', async () => {
    const res = await t.request(`/api/v1/initiatives/budgets/${budgetId}`, {
      method: 'PATCH',
      headers: jsonWith(coordinator),
      body: JSON.stringify({ amountCents: 119_999, maxPerInitiativeCents: 100_000, version: 2 }),
    });
    expect(res.status).toBe(400);
    const p = await problemOf(res);
    expect(p.invalidParams?.[0]).toMatchObject({
      name: 'amountCents',
      code: 'initiatives.budget.error.belowReserved',
    });
    expect(JSON.stringify(p)).toContain('1.200');
    expect((await budgetRow(budgetId)).amount_cents).toBe(600_000);
  });

  it('a grant that no longer fits is refused with what is left', async () => {
    const small = await post('/api/v1/initiatives/budgets', coordinator, {
      ...budgetInput,
      areaCode: 'BU99990202',
      amountCents: 50_000,
      maxPerInitiativeCents: 50_000,
    });
    const smallId = ((await small.json()) as { id: string }).id;
    const a = await insertTestItem(t.ctx.db, f, { title: 'Rommelmarkt' });
    const b = await insertTestItem(t.ctx.db, f, { title: 'Zwerfvuilprikkers' });
    expect((await post(grantPath(a), officer, { budgetId: smallId, amountCents: 30_000 })).status).toBe(201);
    const refused = await post(grantPath(b), officer, { budgetId: smallId, amountCents: 30_000 });
    expect(refused.status).toBe(409);
    expect((await problemOf(refused)).detail).toMatch(/nog €\s200 beschikbaar/);
    expect((await budgetRow(smallId)).reserved_cents).toBe(30_000);
  });
});

describe('payments and withdrawal', () => {
  let grantId: string;
  beforeAll(async () => {
    const r = await get(`/api/v1/initiatives/items/${party.id}/grant`, coordinator);
    grantId = ((await r.json()) as { id: string }).id;
  });
  const pay = (auth: Record<string, string>, body: unknown) =>
    post(`/api/v1/initiatives/grants/${grantId}/payments`, auth, body);

  it('finance pays, at most the grant; the grant is paid when it is all paid', async () => {
    expect((await pay(officer, { amountCents: 40_000, paidOn: '2026-03-02' })).status).toBe(403);
    const bad = await pay(coordinator, { amountCents: 40_000, paidOn: '2 maart' });
    expect((await problemOf(bad)).invalidParams?.[0]?.name).toBe('paidOn');
    const first = await pay(coordinator, {
      amountCents: 40_000,
      paidOn: '2026-03-02',
      reference: 'BET-2026-0142',
    });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ status: 'granted', paidCents: 40_000 });
    const tooMuch = await pay(coordinator, { amountCents: 80_001, paidOn: '2026-03-09' });
    expect(tooMuch.status).toBe(400);
    expect(JSON.stringify(await problemOf(tooMuch))).toContain('800');
    const rest = await pay(coordinator, { amountCents: 80_000, paidOn: '2026-03-09' });
    expect(await rest.json()).toMatchObject({ status: 'paid', paidCents: 120_000 });
    const list = await get(`/api/v1/initiatives/grants/${grantId}/payments`, officer);
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(2);
  });

  it('a paid grant cannot be withdrawn; a fresh one can, and its money goes back', async () => {
    const paid = await post(`/api/v1/initiatives/grants/${grantId}/withdrawal`, officer, {
      reason: 'Vergissing',
    });
    expect(paid.status).toBe(409);
    const item = await insertTestItem(t.ctx.db, f, { title: 'Geveltuintjes' });
    const g = await post(`/api/v1/initiatives/items/${item.id}/grant`, officer, {
      budgetId,
      amountCents: 50_000,
    });
    const id = ((await g.json()) as { id: string }).id;
    expect((await budgetRow(budgetId)).reserved_cents).toBe(170_000);
    const noReason = await post(`/api/v1/initiatives/grants/${id}/withdrawal`, officer, { reason: '' });
    expect(noReason.status).toBe(400);
    const withdrawn = await post(`/api/v1/initiatives/grants/${id}/withdrawal`, officer, {
      reason: 'De initiatiefnemer ziet ervan af.',
    });
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    expect((await budgetRow(budgetId)).reserved_cents).toBe(120_000);
    const payWithdrawn = await post(`/api/v1/initiatives/grants/${id}/payments`, coordinator, {
      amountCents: 1,
      paidOn: '2026-03-09',
    });
    expect(payWithdrawn.status).toBe(409);
    // Granted again later: the same row, granted anew.
    const again = await post(`/api/v1/initiatives/items/${item.id}/grant`, officer, {
      budgetId,
      amountCents: 20_000,
    });
    expect(again.status).toBe(201);
    expect(((await again.json()) as { id: string }).id).toBe(id);
    expect((await budgetRow(budgetId)).reserved_cents).toBe(140_000);
  });
});

describe('the initiator’s accounting and its review', () => {
  const accountingPath = () => `/api/v1/initiatives/follow/${party.token}/accounting`;
  let grantId: string;
  beforeAll(async () => {
    const r = await get(`/api/v1/initiatives/items/${party.id}/grant`, coordinator);
    grantId = ((await r.json()) as { id: string }).id;
  });

  it('the initiator sends a report with receipts and photos through the private link', async () => {
    const view = await get(accountingPath());
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({
      mayAccount: true,
      grant: { amountCents: 120_000, paidCents: 120_000 },
    });
    expect((await get(`/api/v1/initiatives/follow/${'x'.repeat(43)}/accounting`)).status).toBe(404);

    const short = await t.request(accountingPath(), {
      method: 'POST',
      headers: anonymousJson(t),
      body: JSON.stringify({ report: 'Leuk', spentCents: 100 }),
    });
    expect(short.status).toBe(400);
    expect((await problemOf(short)).invalidParams?.[0]).toMatchObject({
      name: 'report',
      code: 'initiatives.budget.error.reportShort',
    });

    const form = new FormData();
    form.set('report', 'Het buurtfeest was op 14 juni met zo’n 200 buren, een springkussen en een barbecue.');
    form.set('spentCents', '118550');
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    form.append('receipts', new File([pdf], 'bon-springkussen.pdf', { type: 'application/pdf' }));
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } })
      .withMetadata({ exif: { IFD0: { Copyright: 'secret camera' } } })
      .png()
      .toBuffer();
    form.append('photos', new File([new Uint8Array(png)], 'feest.png', { type: 'image/png' }));
    const { 'Content-Type': _, ...headers } = anonymousJson(t);
    const sent = await t.request(accountingPath(), { method: 'POST', headers, body: form });
    expect(sent.status).toBe(201);
    const body = (await sent.json()) as {
      mayAccount: boolean;
      files: Array<{ purpose: string; href: string }>;
    };
    expect(body.mayAccount).toBe(false);
    expect(body.files.map((x) => x.purpose).sort()).toEqual(['accounting_photo', 'receipt']);
    expect(body.files[0]?.href).toContain('?t=');
    const stored = await initiativesDb(t.ctx.db)
      .selectFrom('initiative_files')
      .select(['purpose', 'bytes'])
      .where('item_id', '=', party.id)
      .execute();
    const photo = stored.find((s) => s.purpose === 'accounting_photo');
    expect(Buffer.from(photo?.bytes ?? []).includes('secret camera')).toBe(false);

    const again = await t.request(accountingPath(), {
      method: 'POST',
      headers: anonymousJson(t),
      body: JSON.stringify({ report: 'Nog een keer hetzelfde verslag.', spentCents: 100 }),
    });
    expect(again.status).toBe(409);
  });

  it('a wrong file is refused by name and nothing is kept', async () => {
    const other = await insertTestItem(t.ctx.db, f, { title: 'Buurtmoestuin' });
    expect(
      (await post(`/api/v1/initiatives/items/${other.id}/grant`, officer, { budgetId, amountCents: 10_000 }))
        .status,
    ).toBe(201);
    const form = new FormData();
    form.set('report', 'De moestuin is aangelegd met zaden en gereedschap.');
    form.set('spentCents', '9000');
    form.append(
      'receipts',
      new File([new TextEncoder().encode('<html>nee</html>')], 'bon.html', { type: 'text/html' }),
    );
    const { 'Content-Type': _, ...headers } = anonymousJson(t);
    const res = await t.request(`/api/v1/initiatives/follow/${other.token}/accounting`, {
      method: 'POST',
      headers,
      body: form,
    });
    expect(res.status).toBe(400);
    const p = await problemOf(res);
    expect(p.invalidParams?.[0]?.name).toBe('receipts');
    expect(JSON.stringify(p)).toContain('bon.html');
    const n = await initiativesDb(t.ctx.db).selectFrom('initiative_accountings').select('id').execute();
    expect(n).toHaveLength(1);
  });

  it('the officer asks for more, the initiator completes it, the officer approves', async () => {
    const review = (body: unknown, auth = officer) =>
      post(`/api/v1/initiatives/grants/${grantId}/accounting/review`, auth, body);
    expect((await review({ outcome: 'needs_more' })).status).toBe(400);
    expect((await review({ outcome: 'approved' }, department)).status).toBe(404);
    expect((await review({ outcome: 'approved' }, centrumOfficer)).status).toBe(404);
    const more = await review({ outcome: 'needs_more', note: 'De bon van de barbecue ontbreekt.' });
    expect(more.status).toBe(200);
    const view = (await (await get(accountingPath())).json()) as {
      mayAccount: boolean;
      accountings: Array<{ status: string; reviewNote: string }>;
    };
    expect(view.mayAccount).toBe(true);
    expect(view.accountings[0]).toMatchObject({
      status: 'needs_more',
      reviewNote: 'De bon van de barbecue ontbreekt.',
    });
    const mail = await t.ctx.db
      .selectFrom('outbox_messages')
      .select('body_text')
      .where('recipient', '=', 'feest@example.org')
      .execute();
    expect(mail.map((m) => m.body_text).join('\n')).toContain('De bon van de barbecue ontbreekt.');

    const second = await t.request(accountingPath(), {
      method: 'POST',
      headers: anonymousJson(t),
      body: JSON.stringify({ report: 'Hierbij ook de bon van de barbecue (per post).', spentCents: 118_550 }),
    });
    expect(second.status).toBe(201);
    expect((await review({ outcome: 'approved', note: 'Dank!' })).status).toBe(200);
    expect((await review({ outcome: 'approved' })).status).toBe(409);
    const grant = (await (await get(`/api/v1/initiatives/grants/${grantId}/accounting`, officer)).json()) as {
      accountings: Array<{ status: string }>;
    };
    expect(grant.accountings.map((a) => a.status)).toEqual(['needs_more', 'approved']);
  });
});

describe('the ledger', () => {
  it('shows per grant and in total what was granted, paid, accounted for and is left', async () => {
    const res = await get(`/api/v1/initiatives/budgets/${budgetId}/ledger`, officer);
    expect(res.status).toBe(200);
    const l = (await res.json()) as {
      totals: Record<string, number>;
      entries: Array<{
        item: { title: string };
        status: string;
        grantedCents: number;
        paidCents: number;
        accountedCents: number;
      }>;
    };
    expect(l.totals).toEqual({
      amountCents: 600_000,
      grantedCents: 150_000,
      paidCents: 120_000,
      accountedCents: 118_550,
      toPayCents: 30_000,
      availableCents: 450_000,
    });
    expect(l.entries.find((e) => e.item.title === 'Buurtfeest Vogelbuurt')).toMatchObject({
      status: 'accounted',
      grantedCents: 120_000,
      paidCents: 120_000,
      accountedCents: 118_550,
    });
  });

  it('as CSV and XLSX for finance', async () => {
    const csv = await get(`/api/v1/initiatives/budgets/${budgetId}/ledger?format=csv`, coordinator);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('grootboek-WK999902-2026.csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('Nummer;Initiatief;Buurt')).toBe(true);
    expect(text).toContain(';Buurtfeest Vogelbuurt;');
    expect(text).toContain(';1200,00;1200,00;1185,50;0,00;');
    expect(text.trimEnd().split('\r\n').at(-1)).toContain('Totaal;');

    const xlsx = await get(`/api/v1/initiatives/budgets/${budgetId}/ledger`, {
      ...coordinator,
      Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const sheet = wb.getWorksheet('Grootboek');
    const row = sheet
      ?.getRows(2, sheet.rowCount - 1)
      ?.find((r) => r.getCell(2).value === 'Buurtfeest Vogelbuurt');
    expect(row?.getCell(6).value).toBe(1200);
    expect(row?.getCell(8).value).toBe(1185.5);
    expect(wb.getWorksheet('Betalingen')?.rowCount).toBe(3);

    const en = await get(`/api/v1/initiatives/budgets/${budgetId}/ledger?format=csv`, {
      ...coordinator,
      'Accept-Language': 'en',
    });
    expect(await en.text()).toContain(';1200.00;');
  });

  it('is not for departments, other areas or residents', async () => {
    expect((await get(`/api/v1/initiatives/budgets/${budgetId}/ledger`, department)).status).toBe(404);
    expect((await get(`/api/v1/initiatives/budgets/${budgetId}/ledger`, centrumOfficer)).status).toBe(404);
    expect((await get(`/api/v1/initiatives/budgets/${budgetId}/ledger?format=csv`, resident)).status).toBe(
      404,
    );
    expect((await get(`/api/v1/initiatives/budgets/${budgetId}/ledger`)).status).toBe(401);
  });
});

describe('the OpenAPI document', () => {
  it('describes the budget endpoints', async () => {
    const res = await get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    for (const path of [
      '/initiatives/budgets',
      '/initiatives/budgets/{id}',
      '/initiatives/budgets/{id}/ledger',
      '/initiatives/items/{id}/grant',
      '/initiatives/grants/{id}/withdrawal',
      '/initiatives/grants/{id}/payments',
      '/initiatives/grants/{id}/accounting',
      '/initiatives/grants/{id}/accounting/review',
      '/initiatives/follow/{token}/accounting',
    ])
      expect(doc.paths, path).toHaveProperty([path]);
    expect(doc.components.schemas).toHaveProperty('InitiativeGrantInput');
  });
});
