import type { ColumnType, Generated, Kysely } from 'kysely';
import { readDb, type WriteTx, withTables } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import type { CoreTables } from '../../../core/db/tables.ts';
import type { PlanTables } from '../plan.tables.ts';

// Row types of migrations/0010_planning_cycles.sql and 0013_neighbourhood_checks.sql.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type DeadlinePurpose = 'plan' | 'budget' | 'accounts';
export type CheckVerdict = 'supports' | 'supports_with_conditions' | 'concerns' | 'no_impact';

export type PlanningCyclesTable = {
  id: Generated<string>;
  municipality_id: string;
  organisation_id: string | null;
  name: string;
  description: Generated<string>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type PlanningCycleDeadlinesTable = {
  id: Generated<string>;
  municipality_id: string;
  cycle_id: string;
  title: string;
  description: Generated<string>;
  purpose: DeadlinePurpose;
  every_months: Generated<number>;
  month: number;
  day: number;
  starts_on: string | null;
  ends_on: string | null;
  position: Generated<number>;
  created_at: Timestamp;
};

export type NeighbourhoodChecksTable = {
  id: Generated<string>;
  municipality_id: string;
  title: string;
  proposal: string;
  question: Generated<string>;
  requesting_organisation_id: string | null;
  requested_by: string | null;
  plan_id: string | null;
  answer_by: string;
  closed_at: NullableTimestamp;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type NeighbourhoodCheckAreasTable = {
  municipality_id: string;
  check_id: string;
  area_id: string;
  verdict: CheckVerdict | null;
  answer: Generated<string>;
  answered_by: string | null;
  answered_at: NullableTimestamp;
};

export type CycleTables = {
  planning_cycles: PlanningCyclesTable;
  planning_cycle_deadlines: PlanningCycleDeadlinesTable;
  neighbourhood_checks: NeighbourhoodChecksTable;
  neighbourhood_check_areas: NeighbourhoodCheckAreasTable;
};

export type CycleDb = Kysely<CoreTables & PlanTables & CycleTables>;
export type CycleTx = WriteTx<CoreTables & PlanTables & CycleTables>;

export function cycleDb(db: Db): CycleDb {
  return readDb<PlanTables & CycleTables>(db);
}

export function cycleTx(tx: WriteTx): CycleTx {
  return withTables<PlanTables & CycleTables>(tx);
}
