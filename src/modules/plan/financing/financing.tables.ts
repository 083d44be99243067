import type { ColumnType, Generated, Kysely, Selectable } from 'kysely';
import { readDb, type WriteTx, withTables } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import type { CoreTables } from '../../../core/db/tables.ts';
import type { PlanTables } from '../plan.tables.ts';

// Row type of the budget lines (migrations/0012_plan_financing.sql). bigint comes back as a
// number from the server driver and may come back as a bigint from PGlite: the repository maps
// every amount through Number().

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Cents = ColumnType<number, number, number>;

export type BudgetSourceKindColumn =
  | 'programme_budget'
  | 'department'
  | 'partner'
  | 'national_programme'
  | 'fund';

export type PlanBudgetLinesTable = {
  id: Generated<string>;
  municipality_id: string;
  item_id: string;
  source_kind: BudgetSourceKindColumn;
  source_organisation_id: string | null;
  source_name: Generated<string>;
  description: Generated<string>;
  budget_year: number;
  committed_cents: Cents;
  spent_cents: ColumnType<number, number | undefined, number>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type FinancingTables = PlanTables & { plan_budget_lines: PlanBudgetLinesTable };
export type BudgetLineRow = Selectable<PlanBudgetLinesTable>;
export type FinancingDb = Kysely<CoreTables & FinancingTables>;
export type FinancingTx = WriteTx<CoreTables & FinancingTables>;

export function financingDb(db: Db): FinancingDb {
  return readDb<FinancingTables>(db);
}

export function financingTx(tx: WriteTx): FinancingTx {
  return withTables<FinancingTables>(tx);
}
