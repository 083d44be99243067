import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { anonymous } from '../../../core/permissions/actor.ts';
import { type ItemRow, initiativesDb } from '../initiatives.tables.ts';
import { itemStatuses, openStatuses } from '../initiatives.ts';
import { loadItemRowByFollowToken } from '../item-access.ts';
import { itemResource } from '../items.repository.ts';
import { mayReadItem } from '../policy.ts';
import { ledgerTotals } from '../rules/budget.ts';
import {
  computeDeadline,
  escalationDate,
  extendDeadline,
  isEscalationDue,
  isOverdue,
} from '../rules/deadline.ts';
import { amsterdamDate } from '../rules/working-days.ts';
import { actorFor, demoEmails, voorbeeldId } from '../testing.ts';
import { demoFollowItemKey, demoItems, demoSignal } from './initiatives-demo-data.ts';
import { type InitiativesDemoResult, loadInitiativesDemo } from './load-initiatives-demo.ts';

// The demo loads into the core demo, is consistent with the module's rules (the same deadlines,
// budgets and permissions the services would produce) and loads only once.

let t: TestApp;
let m: string;
let loaded: InitiativesDemoResult;
let items: ItemRow[];
const today = new Date();
const todayDate = amsterdamDate(today);
const lines: string[] = [];

const db = () => initiativesDb(t.ctx.db);
const itemByTitle = (title: string) => {
  const row = items.find((i) => i.title === title);
  if (!row) throw new Error(`no demo item ${title}`);
  return row;
};
const titleOf = (key: string) => demoItems.find((i) => i.key === key)?.title ?? key;

async function counts() {
  const count = async (
    table: 'initiative_items' | 'initiative_events' | 'initiative_grants' | 'initiative_kinds',
  ) =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('municipality_id', '=', m)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    items: await count('initiative_items'),
    events: await count('initiative_events'),
    grants: await count('initiative_grants'),
    kinds: await count('initiative_kinds'),
  };
}

beforeAll(async () => {
  t = await createTestApp({ template: 'demo' });
  m = await voorbeeldId(t.ctx.db);
  loaded = await loadInitiativesDemo(t.ctx.db, (l) => lines.push(l), today);
  items = await db().selectFrom('initiative_items').selectAll().where('municipality_id', '=', m).execute();
}, 120_000);
afterAll(() => t?.close());

describe('the initiatives demo of Gemeente Voorbeeld', () => {
  it('loads ~30 items with references, in every status, in Centrum, Noordhoek and Oosterpark', () => {
    expect(loaded.loaded).toBe(true);
    expect(items).toHaveLength(demoItems.length);
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(itemStatuses));
    for (const i of items) expect(i.reference).toMatch(/^M-\d{4}-\d{6}$/);
    expect(new Set(items.map((i) => i.reference)).size).toBe(items.length);
    const wijken = new Set(items.map((i) => i.area_path.split('/')[1]));
    expect(wijken).toEqual(new Set(['WK999901', 'WK999902', 'WK999904']));
    for (const i of items) expect(i.area_path.split('/')).toHaveLength(3);
  });

  it('has deadlines as the rules compute them: from receipt or reopening, moved by the time waited', async () => {
    const categories = await db()
      .selectFrom('initiative_categories')
      .selectAll()
      .where('municipality_id', '=', m)
      .execute();
    const settings = await db()
      .selectFrom('initiative_settings')
      .selectAll()
      .where('municipality_id', '=', m)
      .executeTakeFirstOrThrow();
    const cal = { liberationDayOff: settings.liberation_day_off };
    const events = await db()
      .selectFrom('initiative_events')
      .selectAll()
      .where('municipality_id', '=', m)
      .orderBy('created_at')
      .execute();
    for (const item of items) {
      const category = categories.find((c) => c.id === item.category_id);
      if (!category) throw new Error('category missing');
      const own = events.filter((e) => e.item_id === item.id);
      expect(own[0]?.event, item.title).toBe('received');
      const reopened = own.filter((e) => e.event === 'reopened').at(-1);
      const start = reopened?.created_at ?? item.received_at;
      let deadline = computeDeadline(
        start,
        { days: category.handling_days, dayType: category.day_type },
        cal,
      );
      let asked: Date | null = null;
      for (const e of own.filter((x) => x.created_at >= start)) {
        if (e.event === 'question') asked = e.created_at;
        if (asked && e.from_status === 'awaiting_resident' && e.to_status === 'in_progress') {
          deadline = extendDeadline(deadline, asked, e.created_at, cal);
          asked = null;
        }
      }
      expect(item.deadline_on, item.title).toBe(deadline);
      expect(item.escalate_on, item.title).toBe(
        escalationDate(deadline, settings.escalation_working_days, cal),
      );
      for (const e of own) expect(e.created_at.getTime()).toBeLessThanOrEqual(today.getTime());
    }
    // The mantelzorg question was answered: its deadline moved past the plain one.
    const answered = itemByTitle(titleOf('vraag-mantelzorg'));
    const category = categories.find((c) => c.id === answered.category_id);
    expect(
      answered.deadline_on >
        computeDeadline(
          answered.received_at,
          { days: category?.handling_days ?? 0, dayType: 'working' },
          cal,
        ),
    ).toBe(true);
  });

  it('has overdue items and one escalated item, and leaves nothing for the escalation job to do', () => {
    const overdue = items.filter((i) =>
      isOverdue({ status: i.status, deadlineOn: i.deadline_on }, todayDate),
    );
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    const escalated = items.filter((i) => i.escalated_at !== null);
    expect(escalated.map((i) => i.title)).toEqual([titleOf('tegel-havenbuurt')]);
    expect(openStatuses).toContain(escalated[0]?.status);
    for (const i of items) {
      expect(
        isEscalationDue(
          { status: i.status, escalateOn: i.escalate_on, escalatedAt: i.escalated_at },
          todayDate,
        ),
        i.title,
      ).toBe(false);
    }
  });

  it('keeps every budget’s reserved amount equal to its grants not withdrawn', async () => {
    const budgets = await db()
      .selectFrom('initiative_budgets')
      .selectAll()
      .where('municipality_id', '=', m)
      .execute();
    expect(budgets).toHaveLength(4);
    const grants = await db()
      .selectFrom('initiative_grants')
      .selectAll()
      .where('municipality_id', '=', m)
      .execute();
    const payments = await db()
      .selectFrom('initiative_payments')
      .selectAll()
      .where('municipality_id', '=', m)
      .execute();
    const accountings = await db()
      .selectFrom('initiative_accountings')
      .selectAll()
      .where('municipality_id', '=', m)
      .execute();
    expect(new Set(grants.map((g) => g.status))).toEqual(
      new Set(['granted', 'paid', 'accounted', 'withdrawn']),
    );
    expect(payments.length).toBeGreaterThanOrEqual(2);
    expect(new Set(accountings.map((a) => a.status))).toEqual(new Set(['approved', 'submitted']));
    for (const b of budgets) {
      const own = grants.filter((g) => g.budget_id === b.id);
      const sum = own.filter((g) => g.status !== 'withdrawn').reduce((n, g) => n + Number(g.amount_cents), 0);
      expect(Number(b.reserved_cents)).toBe(sum);
      expect(Number(b.reserved_cents)).toBeLessThanOrEqual(Number(b.amount_cents));
      expect(b.year).toBe(Number(todayDate.slice(0, 4)));
      expect(b.rules.length).toBeGreaterThan(100);
      const totals = ledgerTotals(
        { amountCents: Number(b.amount_cents) },
        own.map((g) => ({ id: g.id, amountCents: Number(g.amount_cents), status: g.status })),
        payments.map((p) => ({ grantId: p.grant_id, amountCents: Number(p.amount_cents) })),
        accountings.map((a) => ({
          grantId: a.grant_id,
          spentCents: Number(a.spent_cents),
          status: a.status,
          submittedAt: a.submitted_at,
        })),
      );
      expect(totals.granted).toBe(sum);
      expect(totals.remaining).toBe(Number(b.amount_cents) - sum);
    }
    // Every grant belongs to an initiative with a budget request, in the budget of its wijk.
    for (const g of grants) {
      const item = items.find((i) => i.id === g.item_id);
      const budget = budgets.find((b) => b.id === g.budget_id);
      expect(item?.requested_cents).toBeGreaterThan(0);
      const areaOfBudget = await db()
        .selectFrom('areas')
        .select('path')
        .where('id', '=', budget?.area_id ?? '')
        .executeTakeFirst();
      expect(item?.area_path.startsWith(`${areaOfBudget?.path}/`)).toBe(true);
    }
  });

  it('has two ratings, the unhappy one reopened its item', async () => {
    const ratings = await db()
      .selectFrom('initiative_ratings')
      .selectAll()
      .where('municipality_id', '=', m)
      .execute();
    expect(ratings).toHaveLength(2);
    const unhappy = ratings.find((r) => !r.satisfied);
    expect(unhappy?.reopened).toBe(true);
    expect(items.find((i) => i.id === unhappy?.item_id)?.status).toBe('reopened');
    expect(items.find((i) => i.id === ratings.find((r) => r.satisfied)?.item_id)?.status).toBe('done');
  });

  it('has transfers with reasons and a question answered by the resident', async () => {
    const events = await db()
      .selectFrom('initiative_events')
      .selectAll()
      .where('municipality_id', '=', m)
      .execute();
    const transfers = events.filter((e) => e.event === 'transferred');
    expect(transfers.length).toBeGreaterThanOrEqual(2);
    for (const tr of transfers) {
      expect(tr.reason).toBeTruthy();
      expect(tr.from_organisation_id).not.toBe(tr.to_organisation_id);
      expect(items.find((i) => i.id === tr.item_id)?.owner_organisation_id).toBe(tr.to_organisation_id);
    }
    expect(events.some((e) => e.event === 'question')).toBe(true);
    expect(events.some((e) => e.event === 'answer' && e.actor_person_id === null)).toBe(true);
    for (const e of events.filter((x) => x.to_status === 'decided')) expect(e.public_text).toBeTruthy();
  });

  it('routes to the people who handle it, and keeps contact data only where given', async () => {
    const karin = await actorFor(t.ctx.db, demoEmails.corporation);
    const priya = await actorFor(t.ctx.db, demoEmails.department);
    const portiek = itemByTitle(titleOf('portiek-noorderhof-vuil'));
    expect(mayReadItem(karin, itemResource(portiek))).toBe(true);
    expect(mayReadItem(karin, itemResource(itemByTitle(titleOf('tegel-markt'))))).toBe(false);
    expect(mayReadItem(priya, itemResource(itemByTitle(titleOf('groen-kerkstraat'))))).toBe(true);
    expect(itemByTitle(titleOf('groen-kerkstraat')).owner_person_id).toBe(priya.personId);
    const withContact = items.filter((i) => i.contact_email !== null || i.contact_phone !== null);
    expect(withContact.length).toBeGreaterThan(10);
    expect(withContact.length).toBeLessThan(items.length);
    for (const i of withContact) expect(i.consent_text && i.consent_at).toBeTruthy();
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('municipality_id', '=', m)
      .execute();
    const mine = audit.filter((a) => a.action.startsWith('initiatives.demo.'));
    expect(mine.map((a) => a.action).sort()).toEqual([
      'initiatives.demo.config',
      'initiatives.demo.items',
      'initiatives.demo.signal',
    ]);
    expect(JSON.stringify(mine)).not.toContain('@');
  });

  it('opens an item by its private follow link, and logs one link for testers', async () => {
    const token = loaded.followTokens[demoFollowItemKey] ?? '';
    const row = await loadItemRowByFollowToken({ db: t.ctx.db, actor: anonymous(m), meta: {} }, token);
    expect(row.title).toBe(titleOf(demoFollowItemKey));
    expect(row.status).toBe('awaiting_resident');
    expect(row.follow_token_hash).not.toContain(token);
    expect(lines.some((l) => l.includes(`/meldingen/volgen/${token}`))).toBe(true);
  });

  it('has a wijksignaal bundling three Noordhoek signals, sent to the corporation', async () => {
    const signals = await db()
      .selectFrom('neighbourhood_signals')
      .selectAll()
      .where('municipality_id', '=', m)
      .execute();
    expect(signals).toHaveLength(1);
    expect(signals[0]?.title).toBe(demoSignal.title);
    expect(signals[0]?.status).toBe('sent');
    const bundled = await db()
      .selectFrom('neighbourhood_signal_items')
      .select('item_id')
      .where('signal_id', '=', signals[0]?.id ?? '')
      .execute();
    expect(bundled).toHaveLength(3);
    for (const b of bundled)
      expect(items.find((i) => i.id === b.item_id)?.area_path).toMatch(/^GM9999\/WK999902\//);
  });

  it('continues the reference counter after the demo', async () => {
    const counters = await db()
      .selectFrom('initiative_reference_counters')
      .selectAll()
      .where('municipality_id', '=', m)
      .execute();
    for (const c of counters) {
      const numbers = items
        .filter((i) => i.reference.startsWith(`M-${c.year}-`))
        .map((i) => Number(i.reference.slice(7)));
      expect(c.last).toBe(Math.max(...numbers));
    }
  });

  it('adds nothing when loaded again', async () => {
    const before = await counts();
    const again = await loadInitiativesDemo(t.ctx.db, () => {}, today);
    expect(again.loaded).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
