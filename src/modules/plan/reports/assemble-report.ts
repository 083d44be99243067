import { coFinancingTargetPercent, sharePercent } from '../financing/co-financing.ts';
import type { ItemFinances } from '../financing/item-finances.ts';
import type { Indicator, ItemStatus, Plan, PlanTreeNode } from '../plan.ts';
import { itemStatuses } from '../plan.ts';
import { flattenTree } from '../plan-tree.ts';
import type { EffectCoverage } from '../programme/effect-coverage.ts';
import type { Review, ReviewAssessment } from '../reviews/review.ts';
import type {
  PlanReport,
  ProgrammePlanRow,
  ProgrammeReport,
  ReportFinances,
  ReportIndicator,
  ReportItem,
  ReportMoney,
  ReportPlanHeader,
  Voice,
} from './report.ts';

// Putting a report together from what the other parts hand out (the plan tree with its roll-up,
// review moments, budget lines, effect coverage, voices). Pure, so the figures can be tested
// without a database; build-report.ts loads the data.

const zeroMoney: ReportMoney = { committedCents: 0, spentCents: 0, otherSourcesCents: 0 };

function depthOf(level: ReportItem['level']): number {
  return level === 'goal' ? 0 : level === 'action_line' ? 1 : 2;
}

/** How far an indicator has come from its baseline towards its target, in the wanted direction. */
export function indicatorStanding(
  indicator: Indicator,
): Pick<ReportIndicator, 'latest' | 'towardsTarget' | 'reached'> {
  const last = indicator.values.at(-1);
  const latest = last ? { value: last.value, measuredOn: last.measuredOn, source: last.source } : null;
  const { baseline, target } = indicator;
  if (!latest || target === null) return { latest, towardsTarget: null, reached: false };
  const sign = indicator.direction === 'increase' ? 1 : -1;
  const reached = sign * (latest.value - target) >= 0;
  if (baseline === null || baseline === target)
    return { latest, towardsTarget: reached ? 100 : null, reached };
  const share = (latest.value - baseline) / (target - baseline);
  return { latest, towardsTarget: Math.round(Math.min(1, Math.max(0, share)) * 100), reached };
}

function money(f: ItemFinances | undefined): ReportMoney | null {
  if (!f || (f.committedCents === 0 && f.spentCents === 0)) return null;
  return {
    committedCents: f.committedCents,
    spentCents: f.spentCents,
    otherSourcesCents: f.otherSourcesCents,
  };
}

function totals(parts: ReadonlyArray<ReportMoney | null>): ReportFinances {
  const sum = { ...zeroMoney };
  for (const m of parts) {
    if (!m) continue;
    sum.committedCents += m.committedCents;
    sum.spentCents += m.spentCents;
    sum.otherSourcesCents += m.otherSourcesCents;
  }
  return {
    ...sum,
    otherSharePercent: sharePercent(sum.otherSourcesCents, sum.committedCents),
    targetPercent: coFinancingTargetPercent,
  };
}

function reportItems(
  tree: ReadonlyArray<PlanTreeNode>,
  finances: ReadonlyMap<string, ItemFinances>,
  verdicts: ReadonlyMap<string, ReviewAssessment>,
): ReportItem[] {
  return flattenTree(tree).map((n) => {
    const v = verdicts.get(n.item.id);
    return {
      id: n.item.id,
      parentId: n.item.parentId,
      level: n.item.level,
      depth: depthOf(n.item.level),
      title: n.item.title,
      owner: n.item.ownerOrganisation?.name ?? null,
      status: n.item.status,
      startDate: n.item.startDate,
      endDate: n.item.endDate,
      progress: n.rolledUpProgress,
      verdict: v ? { verdict: v.verdict, note: v.note } : null,
      finance: money(finances.get(n.item.id)),
    };
  });
}

function reportIndicators(tree: ReadonlyArray<PlanTreeNode>): ReportIndicator[] {
  return flattenTree(tree).flatMap((n) =>
    n.item.indicators.map((i) => ({
      itemTitle: n.item.title,
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      baseline: i.baseline,
      target: i.target,
      targetOn: i.targetOn,
      ...indicatorStanding(i),
    })),
  );
}

function header(plan: Plan): ReportPlanHeader {
  return {
    id: plan.id,
    kind: plan.kind,
    title: plan.title,
    summary: plan.summary,
    vision: plan.vision,
    area: { code: plan.area.code, name: plan.area.name },
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    state: plan.state,
  };
}

function effects(coverage: EffectCoverage | null) {
  return (coverage?.effects ?? []).map((e) => ({
    code: e.code,
    name: e.name,
    projects: e.substantialProjects,
  }));
}

export interface PlanReportParts {
  plan: Plan;
  tree: ReadonlyArray<PlanTreeNode>;
  progress: number | null;
  finances: ReadonlyMap<string, ItemFinances>;
  reviews: ReadonlyArray<Review>;
  /** The verdicts of the last review moment held. */
  lastAssessments: ReadonlyArray<ReviewAssessment>;
  coverage: EffectCoverage | null;
  voices: Voice[];
  now: Date;
}

export function assemblePlanReport(p: PlanReportParts): PlanReport {
  const verdicts = new Map(
    p.lastAssessments.filter((a) => a.itemId !== null).map((a) => [a.itemId as string, a]),
  );
  const items = reportItems(p.tree, p.finances, verdicts);
  return {
    kind: 'plan',
    generatedAt: p.now.toISOString(),
    plan: header(p.plan),
    progress: p.progress,
    items,
    indicators: reportIndicators(p.tree),
    reviews: p.reviews
      .filter((r) => r.state === 'held')
      .map((r) => ({
        title: r.title,
        scheduledOn: r.scheduledOn,
        heldAt: r.heldAt,
        summary: r.summary,
        counts: r.counts,
      })),
    effects: effects(p.coverage),
    finances: totals(items.filter((i) => i.level === 'goal').map((i) => i.finance)),
    voices: p.voices,
  };
}

export interface ProgrammePlanParts {
  plan: Plan;
  tree: ReadonlyArray<PlanTreeNode>;
  progress: number | null;
  /** The last review moment held, if any. */
  lastReview: Review | null;
}

export interface ProgrammeReportParts {
  municipality: string;
  plans: ReadonlyArray<ProgrammePlanParts>;
  finances: ReadonlyMap<string, ItemFinances>;
  coverage: EffectCoverage | null;
  voices: Voice[];
  now: Date;
}

export function assembleProgrammeReport(p: ProgrammeReportParts): ProgrammeReport {
  const titles = new Map(p.plans.map((x) => [x.plan.id, x.plan.title]));
  const rows: ProgrammePlanRow[] = p.plans.map(({ plan, tree, progress, lastReview }) => {
    const all = flattenTree(tree).map((n) => n.item);
    const interventions = all.filter((i) => i.level === 'intervention');
    const byStatus = Object.fromEntries(itemStatuses.map((s) => [s, 0])) as Record<ItemStatus, number>;
    for (const i of interventions) byStatus[i.status] += 1;
    const planMoney = totals(tree.map((g) => money(p.finances.get(g.item.id))));
    return {
      id: plan.id,
      title: plan.title,
      area: { code: plan.area.code, name: plan.area.name },
      state: plan.state,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      progress,
      goals: tree.length,
      interventions: interventions.length,
      byStatus,
      lastReview:
        lastReview?.heldAt != null
          ? { title: lastReview.title, heldAt: lastReview.heldAt, counts: lastReview.counts }
          : null,
      finance: {
        committedCents: planMoney.committedCents,
        spentCents: planMoney.spentCents,
        otherSourcesCents: planMoney.otherSourcesCents,
      },
    };
  });
  const items = p.plans.flatMap(({ plan, tree }) =>
    reportItems(tree, p.finances, new Map())
      .filter((i) => i.level !== 'intervention')
      .map((i) => ({ ...i, planTitle: plan.title })),
  );
  const indicators = p.plans.flatMap(({ plan, tree }) =>
    reportIndicators(tree).map((i) => ({ ...i, planTitle: plan.title })),
  );
  return {
    kind: 'programme',
    generatedAt: p.now.toISOString(),
    municipality: p.municipality,
    plans: rows,
    items,
    indicators,
    effects: effects(p.coverage),
    finances: totals(rows.map((r) => r.finance)),
    voices: p.voices.map((v) => ({ ...v, planTitle: titles.get(v.planId) ?? '' })),
  };
}
