import type { ItemLevel, ItemStatus, PlanKind, PlanState } from '../plan.ts';
import type { Verdict } from '../reviews/review.ts';

// The progress report (voortgangsrapportage) as the services hand it out: one plain data shape
// for a plan and one for the programme, from which the page, the PDF, the Word document and the
// CSV/XLSX tables are all made (report-tables.ts, report-charts.ts), so they never disagree.

/** A short quote of someone involved, added by an item's owner (migration 0014). */
export interface Voice {
  id: string;
  planId: string;
  item: { id: string; title: string } | null;
  quote: string;
  /** How the speaker wants to be named ("Bewoner van de Vlierstraat", "Karin de Boer, Woonstichting"). */
  attribution: string;
  addedBy: string | null;
  addedById: string | null;
  createdAt: string;
}

export interface ReportItem {
  id: string;
  parentId: string | null;
  level: ItemLevel;
  /** 0 for goals, 1 for action lines, 2 for interventions. */
  depth: number;
  title: string;
  owner: string | null;
  status: ItemStatus;
  startDate: string | null;
  endDate: string | null;
  /** Rolled up, 0–100; null when there is nothing to go on. */
  progress: number | null;
  /** The verdict at the last review moment held, when the item was assessed there. */
  verdict: { verdict: Verdict; note: string } | null;
  /** Money of the item itself (budget lines), null when it has none. */
  finance: ReportMoney | null;
}

export interface ReportMoney {
  committedCents: number;
  spentCents: number;
  otherSourcesCents: number;
}

export interface ReportIndicator {
  itemTitle: string;
  name: string;
  unit: string;
  direction: 'increase' | 'decrease';
  baseline: number | null;
  target: number | null;
  targetOn: string | null;
  latest: { value: number; measuredOn: string; source: string } | null;
  /** Share of the way from baseline to target, 0–100 (null without baseline, target or value). */
  towardsTarget: number | null;
  /** True when the latest value is at or past the target in the wanted direction. */
  reached: boolean;
}

export interface ReportReview {
  title: string;
  scheduledOn: string;
  heldAt: string | null;
  summary: string;
  counts: Record<Verdict, number>;
}

export interface ReportEffect {
  code: string;
  name: string;
  /** Projects that serve this effect substantially. */
  projects: number;
}

export interface ReportFinances extends ReportMoney {
  /** otherSourcesCents of committedCents, one decimal; null when nothing is committed. */
  otherSharePercent: number | null;
  targetPercent: number;
}

/** Parts of the report whose data comes from another part of the module that may be absent. */
export interface ReportPlanHeader {
  id: string;
  kind: PlanKind;
  title: string;
  summary: string;
  vision: string;
  area: { code: string; name: string };
  periodStart: string;
  periodEnd: string;
  state: PlanState;
}

export interface PlanReport {
  kind: 'plan';
  generatedAt: string;
  plan: ReportPlanHeader;
  progress: number | null;
  items: ReportItem[];
  indicators: ReportIndicator[];
  reviews: ReportReview[];
  effects: ReportEffect[];
  finances: ReportFinances;
  voices: Voice[];
}

export interface ProgrammePlanRow {
  id: string;
  title: string;
  area: { code: string; name: string };
  state: PlanState;
  periodStart: string;
  periodEnd: string;
  progress: number | null;
  goals: number;
  interventions: number;
  /** Interventions per status. */
  byStatus: Record<ItemStatus, number>;
  /** Verdict counts of the plan's last review moment held; null when none was held. */
  lastReview: { title: string; heldAt: string; counts: Record<Verdict, number> } | null;
  finance: ReportMoney;
}

export interface ProgrammeReport {
  kind: 'programme';
  generatedAt: string;
  municipality: string;
  plans: ProgrammePlanRow[];
  /** Goals and action lines of every plan, for the status table. */
  items: Array<ReportItem & { planTitle: string }>;
  indicators: Array<ReportIndicator & { planTitle: string }>;
  effects: ReportEffect[];
  finances: ReportFinances;
  voices: Array<Voice & { planTitle: string }>;
}

export type Report = PlanReport | ProgrammeReport;
