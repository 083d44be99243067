import type { ColumnType, Generated, Kysely, Selectable } from 'kysely';
import { readDb, type WriteTx, withTables } from '../../core/audit/write.ts';
import type { Db } from '../../core/db/database.ts';
import type { CoreTables } from '../../core/db/tables.ts';

// Row types of the plan tables (migrations/0008_plan.sql) as Kysely sees them. Query them with
// planDb(db) / planTx(tx). Services never hand rows out: they map them to the types in plan.ts.
// Dates are 'YYYY-MM-DD' text and numeric is a number (src/core/db/database.ts sets the parsers).
// Parts of the module with their own tables (reviews, cycles, programme, financing, wijktoets)
// add them in their own *.tables.ts and intersect with PlanTables.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export type PlansTable = {
  id: Generated<string>;
  municipality_id: string;
  area_id: string;
  kind: 'area_plan' | 'programme';
  title: string;
  summary: Generated<string>;
  vision: Generated<string>;
  period_start: string;
  period_end: string;
  state: ColumnType<PlanState, PlanState | undefined, PlanState>;
  adopted_at: NullableTimestamp;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type PlanMembersTable = {
  id: Generated<string>;
  municipality_id: string;
  plan_id: string;
  organisation_id: string | null;
  person_id: string | null;
  role: 'owner' | 'co_author' | 'reader';
  created_at: Timestamp;
};

export type PlanItemsTable = {
  id: Generated<string>;
  municipality_id: string;
  plan_id: string;
  parent_id: string | null;
  level: 'goal' | 'action_line' | 'intervention';
  position: Generated<number>;
  title: string;
  description: Generated<string>;
  owner_organisation_id: string | null;
  contact_person_id: string | null;
  start_date: string | null;
  end_date: string | null;
  status: ColumnType<ItemStatus, ItemStatus | undefined, ItemStatus>;
  themes: TextArray;
  weight: number | null;
  progress: number | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type PlanItemAreasTable = {
  municipality_id: string;
  item_id: string;
  area_id: string;
};

export type PlanItemLinksTable = {
  municipality_id: string;
  item_id: string;
  module: 'social_map' | 'initiatives';
  ref_id: string;
};

export type PlanMilestonesTable = {
  id: Generated<string>;
  municipality_id: string;
  item_id: string;
  title: string;
  due_date: string | null;
  done_on: string | null;
  position: Generated<number>;
  created_at: Timestamp;
};

export type PlanIndicatorsTable = {
  id: Generated<string>;
  municipality_id: string;
  item_id: string;
  name: string;
  unit: Generated<string>;
  direction: ColumnType<'increase' | 'decrease', 'increase' | 'decrease' | undefined>;
  baseline: number | null;
  baseline_on: string | null;
  target: number | null;
  target_on: string | null;
  source_kind: ColumnType<'manual' | 'cbs', 'manual' | 'cbs' | undefined>;
  cbs_key: string | null;
  cbs_area_id: string | null;
  position: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type PlanIndicatorValuesTable = {
  id: Generated<string>;
  municipality_id: string;
  indicator_id: string;
  measured_on: string;
  value: number;
  source: string;
  note: Generated<string>;
  recorded_by: string | null;
  created_at: Timestamp;
};

export type PlanState = 'draft' | 'adopted' | 'under_review' | 'closed';
export type ItemStatus = 'idea' | 'planned' | 'running' | 'done' | 'stopped';

export type PlanTables = {
  plans: PlansTable;
  plan_members: PlanMembersTable;
  plan_items: PlanItemsTable;
  plan_item_areas: PlanItemAreasTable;
  plan_item_links: PlanItemLinksTable;
  plan_milestones: PlanMilestonesTable;
  plan_indicators: PlanIndicatorsTable;
  plan_indicator_values: PlanIndicatorValuesTable;
};

export type PlanRow = Selectable<PlansTable>;
export type PlanItemRow = Selectable<PlanItemsTable>;
export type PlanMemberRow = Selectable<PlanMembersTable>;

/** A query builder that sees the core and the plan tables. */
export type PlanDb = Kysely<CoreTables & PlanTables>;
export type PlanTx = WriteTx<CoreTables & PlanTables>;

export function planDb(db: Db): PlanDb {
  return readDb<PlanTables>(db);
}

export function planTx(tx: WriteTx): PlanTx {
  return withTables<PlanTables>(tx);
}
