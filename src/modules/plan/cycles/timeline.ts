import type { ItemLevel, ItemStatus } from '../plan.ts';
import {
  addDays,
  type DeadlinePurpose,
  type DeadlineRule,
  expandDeadline,
  lastOnOrBefore,
} from './deadlines.ts';

// The plan's timeline as plain data: which deadlines of which organisations apply to an item,
// by when it must be in its owner's plan and budget, and which items need attention because they
// have no owner or no money in time. Pure: the service gathers the facts and passes `today`.

/** How far ahead a budget deadline counts as coming up (the officer still has time to act). */
export const moneyHorizonDays = 90;

export const timelineFlags = ['no_owner', 'no_money', 'money_due', 'no_dates'] as const;
export type TimelineFlag = (typeof timelineFlags)[number];

export interface CycleRuleFacts extends DeadlineRule {
  deadlineId: string;
  cycleId: string;
  cycleName: string;
  title: string;
  purpose: DeadlinePurpose;
  /** The organisation whose cycle it is; null for the municipality's own cycle. */
  organisationId: string | null;
}

export interface TimelineItemFacts {
  id: string;
  level: ItemLevel;
  status: ItemStatus;
  ownerOrganisationId: string | null;
  /** Whether the owner is a department of the municipality (the municipality's cycles apply). */
  ownerIsDepartment: boolean;
  startDate: string | null;
  endDate: string | null;
  /** Money committed to the item from any source, in cents; null when not known. */
  committedCents: number | null;
}

export interface DeadlineOccurrence {
  date: string;
  deadlineId: string;
  cycleId: string;
  cycleName: string;
  title: string;
  purpose: DeadlinePurpose;
  organisationId: string | null;
}

export interface ItemTimeline {
  itemId: string;
  /** The last deadline of the owner's plan cycle before the item starts: it must be in by then. */
  inPlanBy: DeadlineOccurrence | null;
  /** The same for the owner's budget: the money must be committed by then. */
  inBudgetBy: DeadlineOccurrence | null;
  flags: TimelineFlag[];
}

/** Does the rule's cycle apply to items of this owner? */
export function appliesTo(rule: Pick<CycleRuleFacts, 'organisationId'>, item: TimelineItemFacts): boolean {
  if (item.ownerOrganisationId === null) return false;
  if (rule.organisationId === null) return item.ownerIsDepartment;
  return rule.organisationId === item.ownerOrganisationId;
}

function occurrence(rule: CycleRuleFacts, date: string): DeadlineOccurrence {
  return {
    date,
    deadlineId: rule.deadlineId,
    cycleId: rule.cycleId,
    cycleName: rule.cycleName,
    title: rule.title,
    purpose: rule.purpose,
    organisationId: rule.organisationId,
  };
}

/** The latest occurrence on or before `date` over the rules of one purpose (ties: the first rule). */
export function lastDeadlineBefore(
  rules: CycleRuleFacts[],
  purpose: DeadlinePurpose,
  date: string,
): DeadlineOccurrence | null {
  let best: DeadlineOccurrence | null = null;
  for (const rule of rules) {
    if (rule.purpose !== purpose) continue;
    const d = lastOnOrBefore(rule, date);
    if (d !== null && (best === null || d > best.date)) best = occurrence(rule, d);
  }
  return best;
}

const finished: ReadonlySet<ItemStatus> = new Set(['done', 'stopped']);

export function itemTimeline(item: TimelineItemFacts, rules: CycleRuleFacts[], today: string): ItemTimeline {
  const own = rules.filter((r) => appliesTo(r, item));
  const inPlanBy = item.startDate ? lastDeadlineBefore(own, 'plan', item.startDate) : null;
  const inBudgetBy = item.startDate ? lastDeadlineBefore(own, 'budget', item.startDate) : null;
  const flags: TimelineFlag[] = [];
  const open = !finished.has(item.status);
  if (open && item.ownerOrganisationId === null) flags.push('no_owner');
  if (item.startDate === null && item.endDate === null) flags.push('no_dates');
  // Money is asked per intervention (a project); goals and action lines live off their children.
  if (open && item.level === 'intervention' && (item.committedCents ?? 0) <= 0) {
    const dueBy = inBudgetBy?.date ?? item.startDate;
    // Without a start date there is no "in time" to miss; the item is flagged no_dates instead.
    if (dueBy !== null && dueBy <= today) flags.push('no_money');
    else if (dueBy !== null && dueBy <= addDays(today, moneyHorizonDays)) flags.push('money_due');
  }
  return { itemId: item.id, inPlanBy, inBudgetBy, flags };
}

/** Every occurrence of the rules in [from, to], by date then cycle name. */
export function occurrencesBetween(rules: CycleRuleFacts[], from: string, to: string): DeadlineOccurrence[] {
  const out = rules.flatMap((rule) => expandDeadline(rule, from, to).map((d) => occurrence(rule, d)));
  return out.sort((a, b) =>
    a.date === b.date
      ? a.cycleName.localeCompare(b.cycleName) || a.title.localeCompare(b.title)
      : a.date < b.date
        ? -1
        : 1,
  );
}

/** The window the timeline shows: the plan's period widened to every dated item. */
export function timelineWindow(
  period: { start: string; end: string },
  items: Array<Pick<TimelineItemFacts, 'startDate' | 'endDate'>>,
): { from: string; to: string } {
  let from = period.start;
  let to = period.end;
  for (const item of items) {
    for (const d of [item.startDate, item.endDate]) {
      if (d === null) continue;
      if (d < from) from = d;
      if (d > to) to = d;
    }
  }
  return { from, to };
}
