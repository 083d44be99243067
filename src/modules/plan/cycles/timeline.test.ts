import { describe, expect, it } from 'vitest';
import {
  type CycleRuleFacts,
  itemTimeline,
  occurrencesBetween,
  type TimelineItemFacts,
  timelineWindow,
} from './timeline.ts';

const corporation = 'org-woonstichting';
const department = 'org-openbare-ruimte';

const rule = (over: Partial<CycleRuleFacts>): CycleRuleFacts => ({
  deadlineId: 'd',
  cycleId: 'c',
  cycleName: 'Planning- en controlcyclus',
  title: 'Begroting',
  purpose: 'budget',
  organisationId: null,
  everyMonths: 12,
  month: 11,
  day: 15,
  startsOn: null,
  endsOn: null,
  ...over,
});

const rules: CycleRuleFacts[] = [
  rule({ deadlineId: 'kadernota', title: 'Kadernota', purpose: 'plan', month: 4, day: 15 }),
  rule({ deadlineId: 'begroting', title: 'Begroting', purpose: 'budget', month: 11, day: 15 }),
  rule({
    deadlineId: 'jaarplan',
    cycleId: 'ws',
    cycleName: 'Jaarplan Woonstichting',
    title: 'Jaarplan en begroting',
    purpose: 'budget',
    organisationId: corporation,
    month: 10,
    day: 1,
  }),
];

const item = (over: Partial<TimelineItemFacts>): TimelineItemFacts => ({
  id: 'i',
  level: 'intervention',
  status: 'planned',
  ownerOrganisationId: department,
  ownerIsDepartment: true,
  startDate: '2027-03-01',
  endDate: '2027-12-31',
  committedCents: 0,
  ...over,
});

describe('itemTimeline', () => {
  it('names the owner’s plan and budget deadlines before the start', () => {
    const t = itemTimeline(item({ committedCents: 500_000 }), rules, '2026-06-01');
    expect(t.inPlanBy).toMatchObject({ date: '2026-04-15', title: 'Kadernota' });
    expect(t.inBudgetBy).toMatchObject({ date: '2026-11-15', title: 'Begroting' });
    expect(t.flags).toEqual([]);
  });

  it('applies a partner’s own cycle, not the municipality’s', () => {
    const t = itemTimeline(
      item({ ownerOrganisationId: corporation, ownerIsDepartment: false, committedCents: 1 }),
      rules,
      '2026-06-01',
    );
    expect(t.inPlanBy).toBeNull();
    expect(t.inBudgetBy).toMatchObject({ date: '2026-10-01', cycleName: 'Jaarplan Woonstichting' });
  });

  it('flags an item without owner, and one whose budget deadline passed without money', () => {
    const t = itemTimeline(
      item({ ownerOrganisationId: null, ownerIsDepartment: false }),
      rules,
      '2027-03-02',
    );
    expect(t.flags).toEqual(['no_owner', 'no_money']);
    expect(t.inBudgetBy).toBeNull();
    expect(itemTimeline(item({}), rules, '2026-11-16').flags).toEqual(['no_money']);
  });

  it('warns while the budget deadline is still ahead, and says nothing long before', () => {
    expect(itemTimeline(item({}), rules, '2026-09-01').flags).toEqual(['money_due']);
    expect(itemTimeline(item({}), rules, '2026-06-01').flags).toEqual([]);
  });

  it('asks money only of open interventions, and flags items without dates', () => {
    expect(itemTimeline(item({ level: 'action_line' }), rules, '2027-06-01').flags).toEqual([]);
    expect(
      itemTimeline(item({ status: 'done', ownerOrganisationId: null }), rules, '2027-06-01').flags,
    ).toEqual([]);
    expect(itemTimeline(item({ startDate: null, endDate: null }), rules, '2027-06-01').flags).toEqual([
      'no_dates',
    ]);
    // Money unknown counts as none.
    expect(itemTimeline(item({ committedCents: null }), rules, '2027-06-01').flags).toEqual(['no_money']);
  });
});

describe('occurrencesBetween and timelineWindow', () => {
  it('lists every deadline in the window in date order', () => {
    const dates = occurrencesBetween(rules, '2026-01-01', '2026-12-31').map((o) => `${o.date} ${o.title}`);
    expect(dates).toEqual([
      '2026-04-15 Kadernota',
      '2026-10-01 Jaarplan en begroting',
      '2026-11-15 Begroting',
    ]);
  });

  it('widens the plan period to the dated items', () => {
    expect(
      timelineWindow({ start: '2026-01-01', end: '2029-12-31' }, [
        { startDate: '2025-09-01', endDate: null },
        { startDate: null, endDate: '2030-06-30' },
      ]),
    ).toEqual({ from: '2025-09-01', to: '2030-06-30' });
  });
});
