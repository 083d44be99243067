import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { voorbeeld } from '../../../core/demo/voorbeeld-data.ts';
import { itemStatuses, openStatuses } from '../initiatives.ts';
import { isEscalationDue, isOverdue } from '../rules/deadline.ts';
import { amsterdamDate, isWorkingDay } from '../rules/working-days.ts';
import { amsterdamInstant, demoCalendar, playDemo, routeDemoItem } from './demo-history.ts';
import {
  demoBudgets,
  demoCategories,
  demoFollowItemKey,
  demoItems,
  demoPeople,
  demoSignal,
} from './initiatives-demo-data.ts';

// The demo scripts are played through the module's rules on the day of loading. Whatever day
// that is (a Monday, a Saturday, Christmas, the night the clocks change), every script must be
// possible and the demo must show what it promises.

const fixedDays = [
  '2026-06-08T10:00:00Z', // a Monday
  '2026-06-13T10:00:00Z', // a Saturday
  '2026-12-25T08:00:00Z', // Christmas
  '2027-01-01T00:30:00Z', // New Year, just after midnight
  '2026-04-06T12:00:00Z', // Easter Monday
  '2026-04-27T12:00:00Z', // King's Day
  '2026-03-29T01:30:00Z', // clocks go forward
  '2026-10-25T01:30:00Z', // clocks go back
  '2025-04-26T09:00:00Z', // King's Day on Saturday 26 April
].map((d) => new Date(d));

function checkDemoOn(today: Date): void {
  const todayDate = amsterdamDate(today);
  const played = playDemo(demoItems, today);
  expect(played).toHaveLength(demoItems.length);

  // Every state, and every decision.
  expect(new Set(played.map((p) => p.status))).toEqual(new Set(itemStatuses));
  expect(new Set(played.map((p) => p.decision).filter((d) => d !== null))).toEqual(
    new Set(['granted', 'rejected', 'referred']),
  );

  // Overdue and escalated items, consistent with the rules.
  const overdue = played.filter((p) => isOverdue(p, todayDate));
  expect(overdue.length).toBeGreaterThanOrEqual(3);
  const escalated = played.filter((p) => p.escalatedAt !== null);
  expect(escalated.map((p) => p.item.key)).toEqual(['tegel-havenbuurt']);
  for (const p of played) {
    expect(isEscalationDue(p, todayDate), p.item.key).toBe(false);
    expect(isWorkingDay(p.deadlineOn, demoCalendar), p.item.key).toBe(true);
    expect(p.escalateOn >= p.deadlineOn).toBe(true);
    expect(p.closedAt !== null, p.item.key).toBe(p.status === 'done' || p.status === 'cancelled');
    if (['decided', 'in_execution'].includes(p.status)) expect(p.decision, p.item.key).not.toBeNull();
    expect(p.decision === null, p.item.key).toBe(p.decidedAt === null);
    for (const e of p.events) expect(e.at.getTime()).toBeLessThan(today.getTime());
  }
  // Not-yet-overdue open items exist too (the inbox is not all red).
  expect(
    played.filter((p) => openStatuses.includes(p.status) && !isOverdue(p, todayDate)).length,
  ).toBeGreaterThan(5);

  // A question, its answer and the clock stop; a transfer with a reason.
  const answered = played.find((p) => p.item.key === 'vraag-mantelzorg');
  expect(answered?.events.map((e) => e.event)).toEqual(['received', 'in_progress', 'question', 'answer']);
  expect(played.find((p) => p.item.key === demoFollowItemKey)?.status).toBe('awaiting_resident');
  const transfers = played.flatMap((p) => p.events.filter((e) => e.event === 'transferred'));
  expect(transfers.length).toBeGreaterThanOrEqual(2);
  for (const t of transfers) expect(t.reason && t.publicText?.includes(t.reason)).toBeTruthy();

  // Two ratings, one unhappy that reopened the item.
  const ratings = played.flatMap((p) => p.ratings.map((r) => ({ ...r, key: p.item.key, status: p.status })));
  expect(ratings).toHaveLength(2);
  expect(ratings.find((r) => !r.satisfied)).toMatchObject({ reopened: true, status: 'reopened' });

  // Grants fit the budgets; payments and accountings are there.
  const grants = played.flatMap((p) => (p.grant ? [p.grant] : []));
  for (const b of demoBudgets) {
    const reserved = grants
      .filter((g) => g.budgetArea === b.area && g.status !== 'withdrawn')
      .reduce((n, g) => n + g.amountCents, 0);
    expect(reserved).toBeLessThanOrEqual(b.amountCents);
  }
  expect(new Set(grants.map((g) => g.status))).toEqual(
    new Set(['granted', 'paid', 'accounted', 'withdrawn']),
  );
  expect(grants.some((g) => g.accounting?.status === 'submitted')).toBe(true);

  // Contact data only on some; references in order of receipt.
  const withContact = played.filter((p) => p.item.contact);
  expect(withContact.length).toBeGreaterThan(10);
  expect(withContact.length).toBeLessThan(played.length);
  expect(played.map((p) => p.reference)).toEqual(
    [...played].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime()).map((p) => p.reference),
  );
}

describe('the initiatives demo scripts', () => {
  it.each(fixedDays.map((d) => [d.toISOString(), d] as const))('play on %s', (_, today) => {
    checkDemoOn(today);
  });

  it('play on any day from 2024 to 2035', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2035-12-31T23:59:59Z') }),
        (ms) => checkDemoOn(new Date(ms)),
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it('route the portiek signals in Noordhoek to the corporation, elsewhere to the category owner', () => {
    const route = (key: string) => {
      const item = demoItems.find((i) => i.key === key);
      if (!item) throw new Error(`no demo item ${key}`);
      return routeDemoItem(item);
    };
    expect(route('portiek-noorderhof-vuil')).toEqual({
      owner: 'woonstichting',
      person: 'karin',
      rulePosition: 10,
    });
    expect(route('portiek-parkzoom')).toEqual({ owner: 'wijkzaken', person: null, rulePosition: null });
    expect(route('groen-kerkstraat')).toMatchObject({ owner: 'openbare-ruimte', person: 'priya' });
    // The inactive rule for litter in Centrum does not apply.
    expect(route('afval-station')).toEqual({ owner: 'openbare-ruimte', person: null, rulePosition: null });
  });

  it('refer only to people, organisations and areas of the core demo', () => {
    const codes = new Set(voorbeeld.areas.map((a) => a.code));
    for (const i of demoItems) expect(codes.has(i.area), i.key).toBe(true);
    for (const b of demoBudgets) expect(voorbeeld.areas.find((a) => a.code === b.area)?.kind).toBe('wijk');
    for (const email of Object.values(demoPeople))
      expect(voorbeeld.users.some((u) => u.email === email)).toBe(true);
    const orgs = new Set(voorbeeld.organisations.map((o) => o.key));
    for (const c of demoCategories) expect(orgs.has(c.owner)).toBe(true);
    for (const key of demoSignal.items) {
      const item = demoItems.find((i) => i.key === key);
      expect(item?.area.startsWith('BU999902'), key).toBe(true);
    }
    expect(new Set(demoItems.map((i) => i.key)).size).toBe(demoItems.length);
  });

  it('turn a Dutch wall-clock time into the right instant, summer and winter', () => {
    expect(amsterdamInstant('2026-07-01', 9).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(amsterdamInstant('2026-01-15', 9).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(amsterdamInstant('2026-10-25', 23).toISOString()).toBe('2026-10-25T22:00:00.000Z');
  });
});
