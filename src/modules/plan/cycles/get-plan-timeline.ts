import type { ServiceContext } from '../../../core/audit/write.ts';
import { financesOfItems } from '../financing/item-finances.ts';
import { getPlanView } from '../get-plan.ts';
import type { Plan, PlanItem, PlanPermissions, PlanTreeNode } from '../plan.ts';
import type { CycleOrganisation } from './cycle.ts';
import { organisationKinds } from './cycles.repository.ts';
import { listCycles } from './list-cycles.ts';
import {
  type CycleRuleFacts,
  type DeadlineOccurrence,
  type ItemTimeline,
  itemTimeline,
  occurrencesBetween,
  type TimelineFlag,
  timelineFlags,
  timelineWindow,
} from './timeline.ts';

// The plan's timeline: its items by owner over time, the deadlines of those owners' planning
// cycles (and the municipality's own) overlaid, and the items that have no owner or no money in
// time. Whoever may read the plan may read its timeline (NotFoundError otherwise).

export interface TimelineEntry {
  item: Pick<PlanItem, 'id' | 'level' | 'title' | 'status' | 'startDate' | 'endDate' | 'parentId'>;
  /** Committed money in cents (all sources, with what is below the item). */
  committedCents: number;
  timeline: ItemTimeline;
}

export interface TimelineLane {
  /** null: the lane of items without an owner. */
  owner: CycleOrganisation | null;
  entries: TimelineEntry[];
}

export interface TimelineDeadline extends DeadlineOccurrence {
  organisation: CycleOrganisation | null;
}

export interface PlanTimeline {
  plan: Plan;
  permissions: PlanPermissions;
  today: string;
  window: { from: string; to: string };
  lanes: TimelineLane[];
  deadlines: TimelineDeadline[];
  flagCounts: Record<TimelineFlag, number>;
}

function flatten(nodes: PlanTreeNode[]): PlanItem[] {
  return nodes.flatMap((n) => [n.item, ...flatten(n.children)]);
}

export async function getPlanTimeline(
  ctx: ServiceContext,
  planId: string,
  options: { today?: string } = {},
): Promise<PlanTimeline> {
  const view = await getPlanView(ctx, planId);
  const municipalityId = ctx.actor.municipalityId;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const items = flatten(view.tree);
  const ownerIds = [...new Set(items.flatMap((i) => (i.ownerOrganisation ? [i.ownerOrganisation.id] : [])))];
  const [kinds, finances, cycles] = await Promise.all([
    organisationKinds(ctx.db, municipalityId, ownerIds),
    financesOfItems(
      ctx.db,
      municipalityId,
      items.map((i) => i.id),
    ),
    listCycles(ctx.db, ctx.actor, { organisationIds: ownerIds, withMunicipal: true, limit: 1000 }),
  ]);
  const organisations = new Map<string, CycleOrganisation>();
  for (const c of cycles.items) if (c.organisation) organisations.set(c.organisation.id, c.organisation);
  const rules: CycleRuleFacts[] = cycles.items.flatMap((c) =>
    c.deadlines.map((d) => ({
      ...d,
      deadlineId: d.id,
      cycleId: c.id,
      cycleName: c.name,
      organisationId: c.organisation?.id ?? null,
    })),
  );

  const window = timelineWindow({ start: view.plan.periodStart, end: view.plan.periodEnd }, items);
  const lanes = new Map<string, TimelineLane>();
  const flagCounts = Object.fromEntries(timelineFlags.map((f) => [f, 0])) as Record<TimelineFlag, number>;
  for (const item of items) {
    const owner = item.ownerOrganisation;
    const kind = owner ? (kinds.get(owner.id) ?? 'partner') : null;
    const committedCents = finances.get(item.id)?.committedCents ?? 0;
    const timeline = itemTimeline(
      {
        id: item.id,
        level: item.level,
        status: item.status,
        ownerOrganisationId: owner?.id ?? null,
        ownerIsDepartment: kind === 'department',
        startDate: item.startDate,
        endDate: item.endDate,
        committedCents,
      },
      rules,
      today,
    );
    for (const f of timeline.flags) flagCounts[f] += 1;
    const key = owner?.id ?? '';
    const lane = lanes.get(key) ?? {
      owner: owner ? { id: owner.id, name: owner.name, kind: kind ?? 'partner' } : null,
      entries: [],
    };
    lane.entries.push({
      item: {
        id: item.id,
        level: item.level,
        title: item.title,
        status: item.status,
        startDate: item.startDate,
        endDate: item.endDate,
        parentId: item.parentId,
      },
      committedCents,
      timeline,
    });
    lanes.set(key, lane);
  }
  const ordered = [...lanes.values()].sort((a, b) => {
    if (a.owner === null) return 1;
    if (b.owner === null) return -1;
    return a.owner.name.localeCompare(b.owner.name, 'nl');
  });
  return {
    plan: view.plan,
    permissions: view.permissions,
    today,
    window,
    lanes: ordered,
    deadlines: occurrencesBetween(rules, window.from, window.to).map((o) => ({
      ...o,
      organisation: o.organisationId ? (organisations.get(o.organisationId) ?? null) : null,
    })),
    flagCounts,
  };
}
