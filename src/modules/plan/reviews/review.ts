import type { ItemLevel, ItemStatus, PlanKind, PlanState } from '../plan.ts';
import type { ReviewState, Verdict } from './reviews.tables.ts';

// Review moments (peilmomenten) and plan versions as the services hand them out.

export type { ReviewState, Verdict };
export const verdicts = ['on_track', 'needs_attention', 'to_adjust'] as const satisfies readonly Verdict[];
export const reviewStates = ['scheduled', 'held'] as const satisfies readonly ReviewState[];

export interface ReviewAssessment {
  /** Null when the item has since been deleted; itemTitle keeps what it was called. */
  itemId: string | null;
  itemTitle: string;
  verdict: Verdict;
  note: string;
  assessedAt: string;
}

export interface ReviewCounts {
  on_track: number;
  needs_attention: number;
  to_adjust: number;
}

export interface Review {
  id: string;
  planId: string;
  title: string;
  scheduledOn: string;
  remindDaysBefore: number;
  /** The day the owners are reminded: scheduledOn minus remindDaysBefore. */
  remindOn: string;
  reminderSentAt: string | null;
  state: ReviewState;
  summary: string;
  heldAt: string | null;
  heldBy: string | null;
  /** The version saved when the review was held. */
  versionId: string | null;
  versionNumber: number | null;
  counts: ReviewCounts;
  version: number;
}

export interface ReviewDetail extends Review {
  assessments: ReviewAssessment[];
}

/** The plan frozen at one moment; written into plan_versions.snapshot (schema 1). */
export interface PlanSnapshot {
  schema: 1;
  plan: {
    id: string;
    kind: PlanKind;
    title: string;
    state: PlanState;
    periodStart: string;
    periodEnd: string;
    /** The plan's optimistic-concurrency version at the time. */
    version: number;
    progress: number | null;
  };
  /** In tree order (depth first, by position). */
  items: SnapshotItem[];
}

export interface SnapshotItem {
  id: string;
  parentId: string | null;
  level: ItemLevel;
  title: string;
  owner: { id: string; name: string } | null;
  contact: { id: string; name: string } | null;
  startDate: string | null;
  endDate: string | null;
  status: ItemStatus;
  /** The rolled-up progress (0–100) as the plan showed it; null when nothing to go on. */
  progress: number | null;
  /** The verdict of the review this version was saved at, when there was one. */
  verdict: { verdict: Verdict; note: string } | null;
}

export interface PlanVersion {
  id: string;
  planId: string;
  number: number;
  label: string;
  reviewId: string | null;
  createdBy: string;
  createdAt: string;
  itemCount: number;
}

export interface PlanVersionDetail extends PlanVersion {
  snapshot: PlanSnapshot;
}
