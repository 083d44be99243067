import type { ColumnType, Generated, Kysely } from 'kysely';
import { readDb, type WriteTx, withTables } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import type { CoreTables } from '../../../core/db/tables.ts';
import type { PlanTables } from '../plan.tables.ts';

// Row types of migrations/0009_plan_reviews.sql. Query them with reviewsDb(db) / reviewsTx(tx).

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type JsonColumn<T> = ColumnType<T, string, string>;

export type Verdict = 'on_track' | 'needs_attention' | 'to_adjust';
export type ReviewState = 'scheduled' | 'held';

export type PlanVersionsTable = {
  id: Generated<string>;
  municipality_id: string;
  plan_id: string;
  number: number;
  label: Generated<string>;
  snapshot: JsonColumn<unknown>;
  created_by: string | null;
  created_by_label: string;
  created_at: Timestamp;
  review_id: string | null;
};

export type PlanReviewsTable = {
  id: Generated<string>;
  municipality_id: string;
  plan_id: string;
  title: string;
  scheduled_on: string;
  remind_days_before: Generated<number>;
  reminder_sent_at: NullableTimestamp;
  state: ColumnType<ReviewState, ReviewState | undefined, ReviewState>;
  summary: Generated<string>;
  held_at: NullableTimestamp;
  held_by: string | null;
  held_by_label: string | null;
  version_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type PlanReviewAssessmentsTable = {
  id: Generated<string>;
  municipality_id: string;
  review_id: string;
  item_id: string | null;
  item_title: string;
  verdict: Verdict;
  note: Generated<string>;
  assessed_by: string | null;
  assessed_at: Timestamp;
};

export type ReviewTables = PlanTables & {
  plan_versions: PlanVersionsTable;
  plan_reviews: PlanReviewsTable;
  plan_review_assessments: PlanReviewAssessmentsTable;
};

export type ReviewsDb = Kysely<CoreTables & ReviewTables>;
export type ReviewsTx = WriteTx<CoreTables & ReviewTables>;

export function reviewsDb(db: Db): ReviewsDb {
  return readDb<ReviewTables>(db);
}

export function reviewsTx(tx: WriteTx): ReviewsTx {
  return withTables<ReviewTables>(tx);
}
